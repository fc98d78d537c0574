package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No kitchen outlives the game: the real game is killed mid-level (SIGKILL, SIGTERM, an exception)
 * and every child it had, found by pid before the kill, must be gone a few seconds later.
 */
@Timeout(120)
class OrphansIT {
    private static final int HOUSES = 3;

    private static List<String> longRun() {
        return Game.command("run", Game.level("long").toString(), "--plan", "dish=process:" + HOUSES);
    }

    /** Waits until the game has all its kitchens running, and returns them. */
    private static List<ProcessHandle> kitchensOf(Process game) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<ProcessHandle> kids = List.of();
        while (System.nanoTime() < deadline && game.isAlive()) {
            kids = game.descendants().toList();
            if (kids.size() >= HOUSES) {
                return kids;
            }
            Thread.sleep(50); // polling the process table; nothing to synchronize with
        }
        throw new AssertionError("the game did not start " + HOUSES + " kitchens; it has " + kids);
    }

    private static void assertAllGone(List<ProcessHandle> kids) {
        for (ProcessHandle kid : kids) {
            assertThat(kid.onExit()).as("kitchen %d", kid.pid()).succeedsWithin(Duration.ofSeconds(5));
        }
    }

    private static Process start(List<String> command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void sigkillOfTheGameEndsEveryKitchen() throws Exception {
        Process game = start(longRun());
        List<ProcessHandle> kids = kitchensOf(game);
        game.destroyForcibly(); // SIGKILL: no hook runs; the kitchens see their stdin close
        assertThat(game.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertAllGone(kids);
    }

    @Test
    void sigtermOfTheGameEndsEveryKitchen() throws Exception {
        Process game = start(longRun());
        List<ProcessHandle> kids = kitchensOf(game);
        game.destroy(); // SIGTERM: the shutdown hook kills them
        assertThat(game.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertAllGone(kids);
    }

    @Test
    void anExceptionInTheGameEndsEveryKitchen() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Game.java(), "--enable-native-access=ALL-UNNAMED", "-cp",
                Game.jar() + File.pathSeparator + "target/test-classes", CrashingGame.class.getName(),
                Game.level("long").toString(), Integer.toString(HOUSES)));
        Process game = start(cmd);
        List<ProcessHandle> kids = kitchensOf(game);
        assertThat(game.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(game.exitValue()).isEqualTo(1);
        assertAllGone(kids);
    }
}
