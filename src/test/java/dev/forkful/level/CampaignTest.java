package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignTest {
    @Test
    void theCampaignIsSixteenLevelsInSixTitledChaptersStartingWithTheThreeStarterLevels() {
        CampaignChapters campaign = Campaign.builtIn();
        List<Level> levels = campaign.levels();

        assertThat(levels).hasSize(16);
        assertThat(campaign.chapters()).hasSize(6).allSatisfy(chapter -> assertThat(chapter.title()).isPresent());
        assertThat(levels).extracting(Level::id).startsWith("chopping-board", "soup-kitchen", "mixed-grill");
        assertThat(levels).extracting(campaign::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16);
        assertThat(levels).extracting(Level::id).doesNotHaveDuplicates();
        assertThat(levels).allSatisfy(level -> {
            assertThat(level.brief()).isNotBlank();
            assertThat(level.lesson()).isNotBlank();
            assertThat(level.hints()).hasSize(3);
            assertThat(level.stars().rules()).hasSize(3);
        });
    }

    @Test
    void resolvesAnIdAPathOrExplainsTheTypo() throws LevelException {
        assertThat(Campaign.resolve("soup-kitchen").title()).isEqualTo("The Soup Kitchen");

        Path file = TestFiles.resource("dev/forkful/levels/01-chopping-board.toml");
        assertThat(Campaign.resolve(file.toString()).id()).isEqualTo("chopping-board");

        LevelException typo = catchThrowableOfType(LevelException.class, () -> Campaign.resolve("soup-kitchn"));
        assertThat(typo.getMessage()).startsWith("soup-kitchn: no campaign level has this id; did you mean \"soup-kitchen\"?");

        LevelException missing = catchThrowableOfType(LevelException.class, () -> Campaign.resolve("nowhere/level.toml"));
        assertThat(missing.getMessage()).isEqualTo("nowhere/level.toml: no such file");
    }
}
