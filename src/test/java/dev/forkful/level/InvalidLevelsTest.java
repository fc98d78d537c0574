package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in levels-invalid/ is rejected with exactly the lines of its .expected file. */
class InvalidLevelsTest {

    static Stream<Path> brokenLevels() {
        return TestFiles.filesUnder(TestFiles.resource("levels-invalid"), ".toml").stream();
    }

    @Test
    void thereAreEnoughBrokenLevels() {
        assertThat(brokenLevels()).hasSizeGreaterThanOrEqualTo(25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenLevels")
    @Timeout(20)
    void isRejectedWithTheExpectedLines(Path file) throws IOException {
        String name = file.getFileName().toString();
        List<String> expected = Files.readAllLines(file.resolveSibling(name.replaceAll("\\.toml$", ".expected")));

        LevelException e = catchThrowableOfType(LevelException.class, () -> LevelLoader.load(file));

        assertThat(e).as("%s must be rejected", name).isNotNull();
        List<String> actual = e.problems().stream()
                .map(p -> new LevelProblem(name, p.line(), p.message()).toString())
                .toList();
        assertThat(actual).isNotEmpty().containsExactlyElementsOf(expected);
    }
}
