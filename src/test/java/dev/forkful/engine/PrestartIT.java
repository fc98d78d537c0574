package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} starts the kitchens its --plan names before it reads the level ({@link Prestart}): on every
 * way out, a bad level, a bad plan, a run that needed other flags than the guess, no kitchen outlives
 * the game. The game's kitchens are watched in the process table while it runs, so each case shows that
 * one was started early.
 */
@Timeout(120)
class PrestartIT {
    @TempDir
    Path dir;

    @Test
    void aBadLevelFileKillsTheKitchenStartedForIt() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.toml"), "format = 1\nid = \n");
        Watched w = watch(Game.command("run", bad.toString(), "--plan", "dish=coroutine"));
        assertThat(w.exit).isEqualTo(1);
        w.assertKitchensSeenAndGone();
    }

    @Test
    void aBadPlanKillsTheKitchenStartedForIt() throws Exception {
        Watched w = watch(Game.command("run", Game.level("wait").toString(), "--plan", "soup=coroutine"));
        assertThat(w.exit).isEqualTo(1);
        w.assertKitchensSeenAndGone();
    }

    @Test
    void aCoroutineKitchenThatComputesIsStartedAnewAndTheGuessDies() throws Exception {
        Watched w = watch(Game.command("run", Game.level("cpu").toString(), "--plan", "dish=coroutine", "--json"));
        assertThat(w.exit).isZero();
        assertThat(w.seen).as("the C1-only guess and the C2 kitchen the run started").hasSizeGreaterThanOrEqualTo(2);
        w.assertKitchensSeenAndGone();
    }

    private record Watched(int exit, Set<ProcessHandle> seen) {
        void assertKitchensSeenAndGone() {
            assertThat(seen).as("a kitchen started early").isNotEmpty();
            for (ProcessHandle kitchen : seen) {
                assertThat(kitchen.onExit()).as("kitchen %d", kitchen.pid()).succeedsWithin(Duration.ofSeconds(5));
            }
        }
    }

    /** Runs the game to its end, noting every child it had on the way. */
    private static Watched watch(List<String> command) throws IOException, InterruptedException {
        Process game = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Set<ProcessHandle> seen = new HashSet<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        // polling the process table to see what the game started; nothing to synchronize with
        while (!game.waitFor(2, TimeUnit.MILLISECONDS)) {
            game.children().forEach(seen::add);
            if (System.nanoTime() > deadline) {
                game.descendants().forEach(ProcessHandle::destroyForcibly);
                game.destroyForcibly();
                throw new AssertionError("the game did not end within 90 s: " + command);
            }
        }
        return new Watched(game.exitValue(), seen);
    }
}
