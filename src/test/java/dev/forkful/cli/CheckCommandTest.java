package dev.forkful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CheckCommandTest {
    private static final String VALID = """
            format = 1
            id = "tiny"
            title = "Tiny"
            [[task]]
            id = "soup"
            orders = 2
            steps = [ { do = "chop", cpu = "1ms" } ]
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(String... paths) {
        CommandLine cl = ForkfulCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] args = new String[paths.length + 1];
        args[0] = "check";
        System.arraycopy(paths, 0, args, 1, paths.length);
        return cl.execute(args);
    }

    @Test
    void aValidFileIsOkAndExitsZero() throws IOException {
        Path file = Files.writeString(dir.resolve("tiny.toml"), VALID);

        assertThat(check(file.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).isEqualTo(file + ": ok (1 task)\n  ideal time on 2 cores: 0.001s (soup 0.001s)\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anInvalidFilePrintsEachProblemAndExitsOne() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.toml"), VALID.replace("orders = 2", "ordres = 2")
                .replace("cpu = \"1ms\"", "cpu = 1"));

        assertThat(check(file.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo(
                file + ":6: unknown key \"ordres\" in task \"soup\"; did you mean \"orders\"?\n"
                + file + ":7: cpu must be a duration in quotes with a unit, not the number 1; did you mean cpu = \"1ms\"?\n");
    }

    @Test
    void foldersAreSearchedRecursivelyForTomlFiles() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("a/one.toml"), VALID);
        Files.writeString(dir.resolve("a/b/two.toml"), VALID.replace("format = 1", "format = 2"));
        Files.writeString(dir.resolve("a/notes.txt"), "not a level");

        assertThat(check(dir.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString()).isEqualTo(dir.resolve("a/one.toml") + ": ok (1 task)\n  ideal time on 2 cores: 0.001s (soup 0.001s)\n");
        assertThat(err.toString()).isEqualTo(dir.resolve("a/b/two.toml")
                + ":1: format = 2 is not a format this forkful reads; write format = 1\n");
    }

    @Test
    void aMissingPathOrAFolderWithoutLevelsFails() throws IOException {
        Path file = Files.writeString(dir.resolve("tiny.toml"), VALID);
        Path empty = Files.createDirectory(dir.resolve("empty"));

        assertThat(check(file.toString(), dir.resolve("nope").toString(), empty.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString()).isEqualTo(file + ": ok (1 task)\n  ideal time on 2 cores: 0.001s (soup 0.001s)\n");
        assertThat(err.toString()).isEqualTo(dir.resolve("nope") + ": no such file or folder\n"
                + empty + ": no .toml files in this folder\n");
    }

    @Test
    void withoutAPathItSaysWhatIsMissing() {
        assertThat(check()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains("Missing required parameter: 'PATH'");
    }

    @Test
    void aNameTooLongSaysSoNotNoSuchFile() {
        String longName = dir.resolve("x".repeat(300) + ".toml").toString();

        assertThat(check(longName)).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo(longName + ": file name too long\n");
    }

    @Test
    void aFolderNamedAsALevelFileSaysItIsAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("folder.toml"));

        assertThat(cl("run", folder.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo(folder + ": a folder, not a level file\n");
    }

    private int cl(String... args) {
        CommandLine cl = ForkfulCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Each take pauses 100 us inside the fridge's lock: 100,000 takes fill 10 s, and 100,001 do not fit. */
    private static String takes(long orders) {
        return """
                format = 1
                id = "salty"
                title = "Salty"
                [kitchen]
                time_limit = "10s"
                [fridge]
                salt = %d
                [[task]]
                id = "soup"
                orders = %d
                models = ["thread", "virtual", "coroutine"]
                max_workers = 8
                steps = [ { do = "salt", fridge = "salt", take = 1 } ]
                """.formatted(orders, orders);
    }

    @Test
    void theFridgesLockCountsInTheIdealTime() throws IOException {
        Path full = Files.writeString(dir.resolve("full.toml"), takes(100_000));
        Path over = Files.writeString(dir.resolve("over.toml"), takes(100_001));

        assertThat(check(full.toString())).isEqualTo(ExitCodes.OK);
        assertThat(err.toString()).startsWith(full + ": warning: the ideal time on ")
                .contains("is 10s, the whole time limit (10s): no real plan serves every order in time");
        assertThat(check(over.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).contains(over + ":5: time_limit = \"10s\" is too short: even the best plan on 2 cores"
                + " needs at least 10.001s");
    }

    @Test
    void flagsOneIdInTwoFilesAndAFridgeThatRunsOutUnlessTheStarsAllowIt() throws IOException {
        Path first = Files.writeString(dir.resolve("first.toml"), VALID);
        Path again = Files.writeString(dir.resolve("again.toml"), VALID);
        String salty = VALID.replace("id = \"tiny\"", "id = \"salty\"")
                .replace("[[task]]", "[fridge]\nsalt = 3\n[[task]]")
                .replace("{ do = \"chop\", cpu = \"1ms\" }", "{ do = \"salt\", fridge = \"salt\", take = 2 }");
        Path runsOut = Files.writeString(dir.resolve("runs-out.toml"), salty);
        Path meansTo = Files.writeString(dir.resolve("means-to.toml"), salty.replace("id = \"salty\"", "id = \"meant\"")
                + "[stars]\none = { served = 0.5 }\n");

        assertThat(check(first.toString(), again.toString(), runsOut.toString(), meansTo.toString()))
                .isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo(again + ": id \"tiny\" is also the id of " + first + "; each level needs its own\n"
                + runsOut + ": task \"soup\" takes 4 salt (2 orders × 2) but the [fridge] holds 3: dishes will be lost"
                + " whatever the plan, and the stars ask every order served; raise the stock, or let the top star allow"
                + " lost dishes (served below 1)\n");
        assertThat(out.toString()).contains(meansTo + ": ok (1 task)");
    }

    @Test
    void aFoldersCampaignFileIsCheckedAgainstItsLevels() throws IOException {
        Files.writeString(dir.resolve("tiny.toml"), VALID);
        Path campaign = Files.writeString(dir.resolve("campaign.toml"), "title = \"Mine\"\n[[chapter]]\ntitle = \"One\"\nlevels = [\"tiny\"]\n");

        assertThat(check(dir.toString())).isEqualTo(ExitCodes.OK);
        assertThat(out.toString()).contains(campaign + ": ok (1 chapter, 1 level)");
        assertThat(err.toString()).isEmpty();

        Files.writeString(campaign, "[[chapter]]\ntitle = \"One\"\nlevels = [\"tiyn\"]\n");
        assertThat(check(dir.toString())).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(err.toString()).isEqualTo(campaign + ":3: no level in this folder has the id \"tiyn\"; did you mean \"tiny\"?\n");
    }
}
