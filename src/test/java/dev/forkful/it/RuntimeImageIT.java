package dev.forkful.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The jlink image: the game and its kitchens run on the image's own trimmed runtime, with no JDK on
 * {@code PATH} and no {@code JAVA_HOME}.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class RuntimeImageIT extends ReleaseArchive {
    RuntimeImageIT() {
        super("jlink", "forkful-runtime/jlink", Map.of());
    }

    @Override
    void assumeItRunsHere() {
        super.assumeItRunsHere();
        // jreleaser.yml links a linux-x86_64 image only (release.yml runs the tests on other platforms too)
        assumeTrue(System.getProperty("os.name").equals("Linux") && System.getProperty("os.arch").equals("amd64"),
                "the jlink image is linux-x86_64");
    }

    @Override
    Path java() {
        return home.resolve("bin/java");
    }
}
