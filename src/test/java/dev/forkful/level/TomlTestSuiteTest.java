package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public TOML suite's invalid documents (toml-test, MIT; see toml-test/LICENSE): each is refused with
 * a clear message and no other exception. TOML4J reads TOML 0.4 and accepts about a hundred of them; the
 * outline pass must still refuse each as TOML, before the level schema is even consulted.
 */
class TomlTestSuiteTest {

    static Stream<Path> invalidDocuments() {
        return TestFiles.filesUnder(TestFiles.resource("toml-test/tests/invalid"), ".toml", ".multi").stream();
    }

    @Test
    void theWholeSuiteIsHere() {
        assertThat(invalidDocuments()).hasSize(515);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidDocuments")
    @Timeout(20)
    void isRefusedAsTomlWithAClearMessage(Path file) {
        Throwable thrown = catchThrowable(() -> LevelLoader.load(file));

        assertThat(thrown).isInstanceOf(LevelException.class);
        LevelException e = (LevelException) thrown;
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.message()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
            // refused for its TOML, not only for lacking the level's keys
            assertThat(p.message()).doesNotStartWith("missing format");
        });
    }
}
