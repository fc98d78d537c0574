package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswersFileTest {
    private static final String LEVEL = """
            format = 1
            id = "%s"
            title = "T"
            [[task]]
            id = "soup"
            orders = 2
            steps = [ { do = "chop", cpu = "1ms" } ]
            """;

    @TempDir
    Path dir;

    private final CampaignChapters campaign;

    AnswersFileTest() throws LevelException {
        campaign = CampaignChapters.untitled(Optional.of("workshop"),
                List.of(LevelLoader.parse("a.toml", LEVEL.formatted("peeler")), LevelLoader.parse("b.toml", LEVEL.formatted("kettles"))));
    }

    private AnswersFile read(String text) throws IOException {
        return AnswersFile.read(Files.writeString(dir.resolve("ada.toml"), text), campaign, "workshop");
    }

    private static List<String> problems(AnswersFile a) {
        return a.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    }

    @Test
    void aSoundFileGivesEachPlanWithItsLine() throws IOException {
        AnswersFile a = read("""
                student = "ada"
                campaign = "workshop"

                [plans]
                peeler = "soup=thread:2"
                kettles = "soup=coroutine"
                """);
        assertThat(a.problems()).isEmpty();
        assertThat(a.readable()).isTrue();
        assertThat(a.student()).isEqualTo("ada");
        assertThat(a.plans()).extracting(h -> h.level().id() + "@" + h.line() + " " + h.plan())
                .containsExactly("peeler@5 soup=thread:2", "kettles@6 soup=coroutine");
    }

    @Test
    void anUnknownLevelIsReportedAtItsLineWithTheLikelyOneAndTheOthersKept() throws IOException {
        AnswersFile a = read("""
                student = "ada"
                [plans]
                peeler = "soup=thread:2"
                kettle = "soup=coroutine"
                """);
        assertThat(problems(a)).containsExactly("4: no level \"kettle\" in workshop; did you mean \"kettles\"?");
        assertThat(a.plans()).extracting(h -> h.level().id()).containsExactly("peeler");
        assertThat(a.problems().getFirst().toString()).startsWith(dir.resolve("ada.toml") + ":4: ");
    }

    @Test
    void aPlanThatIsNotTextIsReportedAtItsLine() throws IOException {
        assertThat(problems(read("student = \"ada\"\n[plans]\npeeler = 2\n"))).singleElement().asString()
                .startsWith("3: peeler must be text in quotes, not");
    }

    @Test
    void aSyntaxErrorMakesTheFileUnreadableAtItsLine() throws IOException {
        AnswersFile a = read("student = \"ada\"\n[plans]\npeeler = \"soup=thread:2\n");
        assertThat(a.readable()).isFalse();
        assertThat(a.plans()).isEmpty();
        assertThat(a.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).isEqualTo(3));
    }

    @Test
    void aMissingStudentIsReportedAndTheFileNameStandsIn() throws IOException {
        AnswersFile a = read("[plans]\npeeler = \"soup=thread:2\"\n");
        assertThat(a.student()).isEqualTo("ada");
        assertThat(problems(a)).singleElement().asString().contains("has no student");
        assertThat(a.plans()).hasSize(1);
    }

    @Test
    void anotherCampaignAndAMisspeltKeyAreEachReportedByLine() throws IOException {
        assertThat(problems(read("""
                student = "ada"
                campaign = "The forkful kitchen"
                plan = 1
                """))).containsExactly(
                "2: these plans are for the campaign \"The forkful kitchen\", graded here as \"workshop\": check --levels",
                "3: unknown key \"plan\" in the answers file; did you mean \"plans\"?");
    }

    @Test
    void noPlansTableIsReported() throws IOException {
        assertThat(problems(read("student = \"ada\"\n"))).containsExactly(
                "1: the answers file has no plans table: write [plans], then one line per level, e.g. peeler = \"potatoes=thread:2\"");
    }

    @Test
    void aFileThatIsNotThereIsUnreadable() {
        AnswersFile a = AnswersFile.read(dir.resolve("nobody.toml"), campaign, "workshop");
        assertThat(a.readable()).isFalse();
        assertThat(a.student()).isEqualTo("nobody");
        assertThat(a.problems()).singleElement().satisfies(p -> assertThat(p.line()).isZero());
    }
}
