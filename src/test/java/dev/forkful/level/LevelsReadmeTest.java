package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The complete example of levels/README.md is a valid level, as the text promises. */
class LevelsReadmeTest {
    @Test
    void theCompleteExampleIsValid() throws IOException, LevelException {
        String readme = Files.readString(Path.of("levels/README.md"));
        Matcher block = Pattern.compile("```toml\\n(format = 1\\n.*?)```", Pattern.DOTALL).matcher(readme);

        assertThat(block.find()).as("a ```toml block starting with format = 1").isTrue();
        Level level = LevelLoader.parse("README example", block.group(1));

        assertThat(level.tasks()).extracting(Task::id).containsExactly("soup", "bread");
        assertThat(level.task("soup").orElseThrow().steps()).hasSize(5);
    }
}
