package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignFolderTest {
    @TempDir
    Path dir;

    private Path level(String file, String id) throws IOException {
        return Files.writeString(dir.resolve(file), """
                format = 1
                id = "%s"
                title = "Title of %s"
                chapter = 1
                [[task]]
                id = "soup"
                orders = 2
                steps = [ { do = "chop", cpu = "1ms" } ]
                """.formatted(id, id));
    }

    private void threeLevels() throws IOException {
        level("a.toml", "chopping-board");
        level("b.toml", "soup-kitchen");
        level("c.toml", "mixed-grill");
    }

    private List<String> problems(String campaignToml) throws IOException {
        Files.writeString(dir.resolve("campaign.toml"), campaignToml);
        return catchThrowableOfType(LevelException.class, () -> CampaignFolder.load(dir)).problems().stream()
                .map(LevelProblem::toString).toList();
    }

    @Test
    void theCampaignFileGivesTheChaptersAndThePlayOrderAndItsTitleKeysTheProgress() throws Exception {
        threeLevels();
        Files.writeString(dir.resolve("campaign.toml"), """
                title = "The forkful kitchen"
                [[chapter]]
                title = "One chef"
                levels = ["soup-kitchen", "chopping-board"]
                [[chapter]]
                title = "Many chefs, one kitchen"
                levels = ["mixed-grill"]
                """);
        CampaignChapters campaign = CampaignFolder.load(dir);

        assertThat(campaign.title()).hasValue("The forkful kitchen");
        assertThat(campaign.key()).hasValue("The forkful kitchen");
        assertThat(campaign.chapters()).extracting(c -> c.title().orElseThrow()).containsExactly("One chef", "Many chefs, one kitchen");
        assertThat(campaign.levels()).extracting(Level::id).containsExactly("soup-kitchen", "chopping-board", "mixed-grill");
        assertThat(campaign.chapterNumber(campaign.levels().get(2))).isEqualTo(2);
        assertThat(CampaignFolder.chapterMismatches(campaign)).singleElement().asString()
                .endsWith("c.toml: warning: chapter = 1, but campaign.toml lists \"mixed-grill\" in chapter 2;"
                        + " the campaign file decides the order, so change chapter to 2 or remove it");
    }

    @Test
    void withoutACampaignFileTheFolderIsOneUntitledChapterInFileNameOrderKeyedByItsName() throws Exception {
        level("02-second.toml", "second");
        level("01-first.toml", "first");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/ignored.toml"), "not a level: a subfolder is a campaign of its own");

        CampaignChapters campaign = CampaignFolder.load(dir);

        assertThat(campaign.title()).isEmpty();
        assertThat(campaign.key()).hasValue(dir.getFileName().toString());
        assertThat(campaign.chapters()).singleElement().satisfies(c -> assertThat(c.title()).isEmpty());
        assertThat(campaign.levels()).extracting(Level::id).containsExactly("first", "second");
    }

    @Test
    void aLevelIsOpenedByItsNumberItsIdOrItsPathAndAnUnknownOneIsExplained() throws Exception {
        threeLevels();
        CampaignChapters campaign = CampaignFolder.load(dir);

        assertThat(campaign.find("2").id()).isEqualTo("soup-kitchen");
        assertThat(campaign.find("mixed-grill").id()).isEqualTo("mixed-grill");
        assertThat(campaign.find(dir.resolve("a.toml").toString()).id()).isEqualTo("chopping-board");
        assertThat(catchThrowableOfType(LevelException.class, () -> campaign.find("4")).getMessage())
                .isEqualTo("4: no level has this number: the campaign's levels are numbered 1 to 3 (forkful levels lists them)");
        assertThat(catchThrowableOfType(LevelException.class, () -> campaign.find("mixed-gril")).getMessage())
                .startsWith("mixed-gril: no campaign level has this id; did you mean \"mixed-grill\"?");
        assertThat(campaign.byNumberOrId("0")).isEmpty();
    }

    @Test
    void everyIdMustNameALevelHereOnceAndEveryLevelMustBeListed() throws Exception {
        threeLevels();
        Path file = dir.resolve("campaign.toml");
        assertThat(problems("""
                title = "Mine"
                [[chapter]]
                title = "One"
                levels = ["chopping-board",
                          "soup-kitchn",
                          "b.toml"]
                [[chapter]]
                title = "Two"
                levels = ["chopping-board", "mixed-grill"]
                [[chapter]]
                title = "Three"
                levels = [3]
                """)).containsExactly(
                file + ":5: no level in this folder has the id \"soup-kitchn\"; did you mean \"soup-kitchen\"?",
                file + ":6: \"b.toml\" is a file name: write the level's id, \"soup-kitchen\"",
                file + ":9: \"chopping-board\" is listed twice (first in chapter 1 (\"One\")); each level is played once",
                file + ":12: each level is named by its id in quotes, not the number 3");
        assertThat(problems("""
                [[chapter]]
                title = "One"
                levels = ["chopping-board", "soup-kitchen"]
                """)).containsExactly(file + ": c.toml (id \"mixed-grill\") is in this folder but in no chapter:"
                + " add \"mixed-grill\" to a chapter's levels");
    }

    @Test
    void theFilesShapeIsCheckedWithDidYouMean() throws Exception {
        threeLevels();
        Path file = dir.resolve("campaign.toml");
        assertThat(problems("""
                titel = "Mine"
                [chapter]
                title = "One"
                """)).containsExactly(file + ":1: unknown key \"titel\" in the campaign file; did you mean \"title\"?",
                file + ":2: write [[chapter]] with two brackets on each side: a campaign holds a list of chapters");
        assertThat(problems("title = \"Mine\"\n")).singleElement().asString().startsWith(file + ":1: no [[chapter]]");
        assertThat(problems("""
                [[chapter]]
                levles = []
                [[chapter]]
                title = ""
                levels = []
                """)).containsExactly(
                file + ":1: [[chapter]] number 1 has no title = \"...\" (the name the map shows, e.g. title = \"One chef\")",
                file + ":2: unknown key \"levles\" in [[chapter]] number 1; did you mean \"levels\"?",
                file + ":4: title cannot be empty",
                file + ":5: levels is empty: a chapter holds at least one level");
        assertThat(problems("[[chapter]\n")).singleElement().asString().startsWith(file + ":1: ");
    }

    @Test
    void aFolderThatIsNotACampaignIsSaidInOneLine() throws Exception {
        assertThat(catchThrowableOfType(LevelException.class, () -> CampaignFolder.load(dir)).getMessage())
                .isEqualTo(dir + ": no level files (*.toml) in this folder");
        assertThat(catchThrowableOfType(LevelException.class, () -> CampaignFolder.load(dir.resolve("none"))).getMessage())
                .isEqualTo(dir.resolve("none") + ": no such folder");
        level("a.toml", "same");
        level("b.toml", "same");
        assertThat(catchThrowableOfType(LevelException.class, () -> CampaignFolder.load(dir)).getMessage())
                .isEqualTo(dir.resolve("b.toml") + ": id \"same\" is also the id of a.toml; each level of a campaign needs its own");
    }

    /** The files are read on two threads; what comes out is in file-name order all the same, problems included. */
    @Test
    void manyFilesKeepTheirOrderAndTheirProblemsInFileOrder() throws Exception {
        for (int i = 0; i < 20; i++) {
            level("%02d.toml".formatted(i), "level-" + i);
        }
        assertThat(CampaignFolder.load(dir).levels()).extracting(Level::id)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).mapToObj(i -> "level-" + i).toList());
        Files.writeString(dir.resolve("03.toml"), "format = 1\n");
        Files.writeString(dir.resolve("17.toml"), "format = 1\n");
        level("18.toml", "level-2");
        List<String> problems = catchThrowableOfType(LevelException.class, () -> CampaignFolder.load(dir)).problems().stream()
                .map(LevelProblem::file).toList();
        assertThat(problems).first().isEqualTo(dir.resolve("03.toml").toString());
        assertThat(problems).last().isEqualTo(dir.resolve("18.toml").toString());
        assertThat(problems).containsSubsequence(dir.resolve("03.toml").toString(), dir.resolve("17.toml").toString(),
                dir.resolve("18.toml").toString());
    }

    @Test
    void theSixteenLevelFixtureIsSixChaptersAndTheBuiltInCampaignHasItsFile() throws Exception {
        CampaignChapters sixteen = CampaignFolder.load(Path.of("src/test/resources/campaign-16"));
        assertThat(sixteen.levels()).hasSize(16);
        assertThat(sixteen.chapters()).hasSize(6);
        assertThat(Campaign.builtIn().key()).isEmpty();
        assertThat(Campaign.builtIn().title()).isPresent();
        assertThat(CampaignFolder.chapterMismatches(Campaign.builtIn())).isEmpty();
        assertThat(CampaignChapters.untitled(Optional.empty(), List.of()).levels()).isEmpty();
    }

    @Test
    void theCampaignFileOfLevelsReadmeIsValidForTheStarterLevels() throws Exception {
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("```toml\\n(title = .*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(Files.readString(Path.of("levels/README.md")));
        assertThat(block.find()).as("a ```toml block starting with title =").isTrue();
        for (String file : List.of("01-chopping-board.toml", "02-soup-kitchen.toml", "03-mixed-grill.toml")) {
            Files.copy(Path.of("levels", file), dir.resolve(file));
        }
        Files.writeString(dir.resolve("campaign.toml"), block.group(1));

        CampaignChapters campaign = CampaignFolder.load(dir);

        assertThat(campaign.chapters()).hasSize(2);
        assertThat(campaign.levels()).extracting(Level::id).containsExactly("chopping-board", "soup-kitchen", "mixed-grill");
    }
}
