package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bad-input side of {@code forkful run}: one clear line and exit 1, before any kitchen starts. */
class RunCommandTest {
    private final Cli cli = new Cli();
    private final StringWriter err = cli.err;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void theKitchensToStartEarlyAreReadFromRunsRawArguments() {
        assertThat(RunCommand.plannedIn("run", "lvl.toml", "--plan", "soup=thread:4,bread=process:2", "--json", "--plan=stew=coroutine"))
                .containsExactly("soup=thread:4", "bread=process:2", "stew=coroutine");
        assertThat(RunCommand.plannedIn("run", "lvl.toml", "--", "--plan", "soup=thread")).as("after --, a level's name").isEmpty();
        assertThat(RunCommand.plannedIn("run", "lvl.toml", "--plan")).as("a --plan without its value").isEmpty();
        assertThat(RunCommand.plannedIn("check", "--plan", "soup=thread")).as("another command").isEmpty();
        assertThat(RunCommand.plannedIn()).isEmpty();
    }

    @Test
    void anUnknownLevelIsBadInput() {
        assertThat(run("run", "no-such-level", "--plan", "salad=thread:2")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no-such-level").doesNotContain("Exception");
    }

    @Test
    void anUnknownModelIsBadInputWithASuggestion() {
        assertThat(run("run", "chopping-board", "--plan", "salad=threads:2")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no model \"threads\"").contains("did you mean \"thread\"");
    }

    @Test
    void tooManyWorkersIsBadInput() {
        assertThat(run("run", "chopping-board", "--plan", "salad=process:99")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("at most");
    }

    @Test
    void aStarCountAboveThreeOrBelowZeroIsBadInput() {
        assertThat(run("run", "chopping-board", "--require-stars", "4")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--require-stars 4: a level has at most 3 stars");
        assertThat(run("run", "chopping-board", "--require-stars", "-1")).isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void aRepeatOutsideOneToAHundredIsBadInput() {
        assertThat(run("run", "chopping-board", "--repeat", "0")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--repeat 0: write 1 to 100 runs");
    }

    @Test
    void aNegativeSeedIsBadInput() {
        assertThat(run("run", "chopping-board", "--seed", "-5")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("--seed -5: a seed is 0 or more");
    }

    @Test
    void aMistypedLevelIdOrMissingFileIsBadInputWithASuggestion() {
        assertThat(run("run", "choping-board")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("choping-board:").contains("did you mean \"chopping-board\"?")
                .doesNotContain("Exception");
        assertThat(run("run", "levels/01-choping-board.toml")).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("no such file; did you mean \"levels/01-chopping-board.toml\"?");
    }

    @Test
    void anEmptyPlanEntryIsBadInputAsAnEmptyPlanIs() {
        for (String written : new String[] {",", "", "salad=thread:2,", ",,salad=thread:2"}) {
            assertThat(run("run", "chopping-board", "--plan", written)).as("--plan '%s'", written).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(err.toString()).contains("--plan \"" + written + "\": an empty entry");
        }
    }

    @Test
    void aTraceInAMissingFolderIsBadInputBeforeAnyKitchenStarts(@TempDir Path dir) {
        Path file = dir.resolve("no/such/t.json");
        assertThat(run("run", "chopping-board", "--trace", file.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).startsWith("forkful: --trace " + file + ": no folder " + file.getParent())
                .doesNotContain("Exception");
    }

    @Test
    void aTraceInsideAFileOrOntoAFolderIsBadInput(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        assertThat(run("run", "chopping-board", "--trace", notAFolder.resolve("t.json").toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(notAFolder + " is a file, not a folder");

        assertThat(run("run", "chopping-board", "--trace", dir.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(dir + " is a folder; name a file in it, e.g. --trace " + dir.resolve("trace.json"));
    }

    @Test
    void withRepeatEachRunsTraceFileIsCheckedToo(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve("t-2.json"));
        assertThat(run("run", "chopping-board", "--repeat", "2", "--trace", dir.resolve("t.json").toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(dir.resolve("t-2.json") + " is a folder");
    }
}
