package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The workshop folder is a sound campaign of eight exercises whose ids the built-in campaign does not use. */
class WorkshopLevelsTest {
    @Test
    void theWorkshopIsEightExercisesWithIdsOfTheirOwnAndAGoalInEachBrief() throws Exception {
        CampaignChapters workshop = CampaignFolder.load(Path.of("levels/workshop"));
        assertThat(workshop.title()).contains("Concurrency workshop");
        assertThat(workshop.levels()).hasSize(8);
        assertThat(CampaignFolder.chapterMismatches(workshop)).isEmpty();
        List<String> builtIn = Campaign.builtIn().levels().stream().map(Level::id).toList();
        assertThat(workshop.levels()).extracting(Level::id).doesNotContainAnyElementsOf(builtIn);
        assertThat(workshop.levels()).allSatisfy(l -> assertThat(l.brief()).containsPattern("Goal: earn (one|two|three|both) stars?"));
    }
}
