package dev.forkful.it;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * The java archive (the jar, its libraries and a launcher): it needs a Java 25, which the player names
 * with {@code JAVA_HOME}; here the JDK 25 these tests run on, and no java on {@code PATH}.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class JavaArchiveIT extends ReleaseArchive {
    private static final Path JDK = Path.of(System.getProperty("java.home"));

    JavaArchiveIT() {
        super("java-archive", "forkful/java-archive", Map.of("JAVA_HOME", JDK.toString()));
    }

    @Override
    Path java() {
        return JDK.resolve("bin/java");
    }
}
