package dev.forkful.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The real game in a real terminal (tmux): the Enter path, quitting, the terminal restored, no process left. */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class FullScreenIT {
    static final Duration START = Duration.ofSeconds(30);
    static final Duration COOK = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void enterAgainAndAgainPlaysTheFirstLevelToItsResults() throws Exception {
        try (Tmux t = new Tmux(dir).start(Tmux.game(""), 80, 24, "")) {
            enterToTheFirstResultsAndOut(t, START, COOK);
        }
    }

    /**
     * From the campaign, Enter on every screen cooks the first level with the default plan; its results,
     * then q twice back out: the game ends with 0, the terminal as it was and no process left.
     */
    static void enterToTheFirstResultsAndOut(Tmux t, Duration start, Duration cook) throws Exception {
        t.waitFor("the campaign", start);
        t.keys("Enter");
        t.waitFor("plan the kitchen", start);
        t.keys("Enter");
        t.waitFor("Enter cook", start);
        t.keys("Enter");
        // a capture may catch a frame half written: wait for its first and last rows
        String results = t.waitFor("the results", s -> s.contains("stars with") && s.contains("replay with another plan"), cook);
        assertThat(results).contains("What happened");
        t.keys("t"); // the run as it happened: a row per chef, the plots below
        String timeline = t.waitFor("the timeline", s -> s.contains("timeline") && s.contains("zoom"), start);
        assertThat(timeline).contains("salad ", "served max", "cores max");
        t.keys("q");
        t.waitFor("the campaign", start);
        t.keys("q");
        assertThat(t.exitStatus()).isZero();
        assertThat(t.stty("after")).isEqualTo(t.stty("before"));
        assertThat(t.processesWithMarker()).isEmpty();
    }

    @Test
    void ctrlCInTheKitchenQuitsAndKillsTheWorkers() throws Exception {
        try (Tmux t = new Tmux(dir).start(Tmux.game("play chopping-board"), 100, 30, "")) {
            startCooking(t);
            t.keys("C-c");
            assertThat(t.exitStatus()).as("128 + SIGINT, as a shell reports Ctrl-C").isEqualTo(130);
            assertThat(t.waitFor("GAME-OVER", START)).contains("forkful: stopped (Ctrl-C); the kitchens were shut down.");
            assertThat(t.stty("after")).isEqualTo(t.stty("before"));
            assertThat(t.processesWithMarker()).isEmpty();
        }
    }

    /** The player closes the window while the kitchens cook: the game gets SIGHUP, and no worker outlives it. */
    @Test
    void closingTheWindowInTheKitchenLeavesNoWorkerBehind() throws Exception {
        try (Tmux t = new Tmux(dir).start(Tmux.game("play chopping-board"), 100, 30, "")) {
            startCooking(t);
            assertThat(t.processesWithMarker()).as("the game and its kitchens").hasSizeGreaterThan(1);
            t.close();
            long deadline = System.nanoTime() + START.toNanos();
            List<Long> left = t.processesWithMarker();
            while (!left.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
                left = t.processesWithMarker();
            }
            assertThat(left).as("processes left after the window closed").isEmpty();
        }
    }

    /** From the plan of the first level to its kitchens at work, with two thread chefs. */
    private static void startCooking(Tmux t) throws Exception {
        t.waitFor("plan the kitchen", START);
        t.keys("Enter", "Right", "+", "Enter");
        t.waitFor("the kitchen to start", s -> s.contains("event log") && s.contains("pid"), COOK);
    }

    @Test
    void sigtermRestoresTheTerminal() throws Exception {
        try (Tmux t = new Tmux(dir).start(Tmux.game(""), 80, 24, "")) {
            t.waitFor("the campaign", START);
            for (long pid : t.processesWithMarker()) {
                Tmux.run("kill", "-TERM", String.valueOf(pid));
            }
            assertThat(t.exitStatus()).isEqualTo(143);
            assertThat(t.stty("after")).isEqualTo(t.stty("before"));
            assertThat(t.processesWithMarker()).isEmpty();
        }
    }

    @Test
    void aSmallWindowAsksToBeLargerAndAResizeRedraws() throws Exception {
        try (Tmux t = new Tmux(dir).start(Tmux.game("--ascii"), 60, 20, "NO_COLOR=1")) {
            t.waitFor("Make the window larger", START);
            t.tmux("resize-window", "-t", t.name, "-x", "90", "-y", "26");
            String map = t.waitFor("the campaign", s -> s.contains("the campaign") && s.contains("quit"), START);
            assertThat(map).contains("> ").doesNotContain("▶");
            t.keys("q");
            assertThat(t.exitStatus()).isZero();
        }
    }

    /** LC_ALL=POSIX is not a UTF-8 locale: plain ASCII, no box drawing, though --ascii was not given. */
    @Test
    void aLocaleThatIsNotUtf8GetsAscii() throws Exception {
        try (Tmux t = new Tmux(dir).start(Tmux.game(""), 80, 24, "LC_ALL=POSIX")) {
            // a capture may catch a frame half written: wait for its last row too
            String map = t.waitFor("the campaign", s -> s.contains("the campaign") && s.contains("quit"), START);
            assertThat(map).contains("> ").contains("---").doesNotContain("▶").doesNotContain("─").doesNotContain("·");
            t.keys("q");
            assertThat(t.exitStatus()).isZero();
        }
    }

    /** The bytes on the wire (recorded by script(1)): each character whole, no NUL after a two-byte one like "·". */
    @Test
    void theBytesWrittenHoldNoNul() throws Exception {
        Path typescript = dir.resolve("typescript");
        try (Tmux t = new Tmux(dir).start("script -q -c '" + Tmux.game("") + "' " + typescript, 80, 24, "")) {
            t.waitFor("the campaign", START);
            t.keys("q");
            assertThat(t.exitStatus()).isZero();
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(typescript);
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("forkful · the campaign");
        for (int i = 0; i < bytes.length; i++) {
            assertThat(bytes[i]).as("byte %d of the session", i).isNotZero();
        }
    }
}
