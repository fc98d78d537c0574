package dev.forkful.level;

import static dev.forkful.level.Soundness.oneWorkerEach;
import static dev.forkful.level.Soundness.only;
import static dev.forkful.level.Soundness.par;
import static dev.forkful.level.Soundness.ratio;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The complete example of levels/README.md is a valid level and a sound one, as the text promises. */
class LevelsReadmeTest {

    private static Level example() throws IOException, LevelException {
        String readme = Files.readString(Path.of("levels/README.md"));
        Matcher block = Pattern.compile("```toml\\n(format = 1\\n.*?)```", Pattern.DOTALL).matcher(readme);

        assertThat(block.find()).as("a ```toml block starting with format = 1").isTrue();
        return LevelLoader.parse("README example", block.group(1));
    }

    @Test
    void theCompleteExampleIsValid() throws IOException, LevelException {
        Level level = example();

        assertThat(level.tasks()).extracting(Task::id).containsExactly("soup", "bread");
        assertThat(level.task("soup").orElseThrow().steps()).hasSize(5);
    }

    @Test
    void theCompleteExampleIsWonByTheObviousPlanAndNotByOneThreadChef() throws IOException, LevelException {
        Level level = example();
        Task soup = level.task("soup").orElseThrow();
        Task bread = level.task("bread").orElseThrow();

        assertThat(ratio(level, List.of(only(soup, Model.COROUTINE, 1), only(bread, Model.THREAD, 4))))
                .isLessThanOrEqualTo(par(level, "three") / 1.5);
        assertThat(ratio(level, List.of(only(soup, Model.THREAD, 1), only(bread, Model.THREAD, 4))))
                .isGreaterThan(par(level, "two"));
        assertThat(oneWorkerEach(level))
                .isLessThanOrEqualTo(level.kitchen().timeLimit().dividedBy(4))
                .isLessThanOrEqualTo(Duration.ofSeconds(5));
    }
}
