package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class ChildrenTest {
    @TempDir
    Path temp;

    /** A kitchen crashing as the game ends leaves its fatal-error log; nobody will read it, so the last exit removes it. */
    @Test
    void theLastExitKillsWhatIsLeftAndSweepsItsCrashLog() throws Exception {
        Process child = new ProcessBuilder("sleep", "60").start();
        Path log = Files.writeString(temp.resolve("forkful-hs_err_" + child.pid() + ".log"), "# SIGSEGV (0xb)\n");
        Children.register(child, log);

        Children.killAll();

        assertThat(child.isAlive()).isFalse();
        assertThat(log).doesNotExist();
    }
}
