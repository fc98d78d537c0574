package dev.forkful.cli;

import dev.forkful.save.DataDir;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

/**
 * What {@code forkful doctor} finds on this machine, and what a player should do about each problem:
 * gathering the facts ({@link #here}) is apart from judging them ({@link #findings}), so the judging
 * is tested on any facts.
 *
 * @param term      the {@code TERM} variable, or null
 * @param fullScreen whether the game can draw full screen here (else it plays in line mode)
 * @param columns   the terminal's size, 0 when there is no terminal
 * @param colours   colours the terminal's terminfo entry offers (-1 unknown)
 * @param noColor   whether {@code NO_COLOR} asks for none
 * @param encoding  the encoding of the game's output
 * @param dataWritable whether the data folder (or its nearest existing parent) can be written
 */
record Checkup(int cores, String term, boolean fullScreen, int columns, int rows, int colours, boolean noColor,
        Charset encoding, Path dataDir, boolean dataWritable, KitchenProbe.Result kitchen) {

    static final int MIN_COLUMNS = 80;
    static final int MIN_ROWS = 24;

    /** One line of the report: what was found, and what to do (null when nothing needs doing). */
    record Finding(String topic, String found, String advice) {
    }

    /** The facts of this machine, this terminal and this game; starts (and ends) one kitchen child. */
    static Checkup here() {
        Map<String, String> env = System.getenv();
        int columns = 0;
        int rows = 0;
        int colours = -1;
        boolean fullScreen = PlayCommand.capableTerminal();
        if (fullScreen) {
            try (Terminal t = TerminalBuilder.builder().name("forkful-doctor").system(true).provider("exec").dumb(true).build()) {
                Size size = t.getSize();
                columns = size.getColumns();
                rows = size.getRows();
                Integer max = t.getNumericCapability(InfoCmp.Capability.max_colors);
                colours = max == null ? -1 : max;
            } catch (IOException | RuntimeException e) {
                // size and colours stay unknown: the report says so
            }
        }
        String noColor = env.get("NO_COLOR");
        Path data = DataDir.resolve();
        return new Checkup(Runtime.getRuntime().availableProcessors(), env.get("TERM"), fullScreen, columns, rows, colours,
                noColor != null && !noColor.isEmpty(), outputEncoding(), data, writable(data), KitchenProbe.run());
    }

    private static Charset outputEncoding() {
        try {
            return Charset.forName(System.getProperty("stdout.encoding", Charset.defaultCharset().name()));
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    /** The folder itself when it is there, else the nearest parent that is: the game creates the rest. */
    private static boolean writable(Path dir) {
        for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) && Files.isWritable(p);
            }
        }
        return false;
    }

    List<Finding> findings() {
        List<Finding> f = new ArrayList<>();
        f.add(new Finding("java", VersionProvider.runtime(), null));
        f.add(new Finding("cores", cores + (cores == 1 ? " core" : " cores"), cores >= 2 ? null
                : "one core: processes and threads take turns instead of cooking side by side, so the parallel levels"
                        + " cannot show their speed-up here; play on a machine (or VM) with 2 or more cores"));
        f.add(terminal());
        f.add(new Finding("encoding", encoding.name(), StandardCharsets.UTF_8.equals(encoding) ? null
                : "not UTF-8: set a UTF-8 locale (export LANG=C.UTF-8) or play with --ascii"));
        f.add(colour());
        f.add(new Finding("data folder", dataDir + (dataWritable ? " (writable)" : " (not writable)"), dataWritable ? null
                : "your stars cannot be saved: make that folder writable, or set XDG_DATA_HOME to a folder you can write"));
        f.addAll(kitchenFindings());
        return f;
    }

    private Finding terminal() {
        if (!fullScreen) {
            return new Finding("terminal", "none (TERM=" + term + ", or not a terminal): the game plays in line mode",
                    "for the full screen run forkful in a terminal window (TERM set, e.g. xterm-256color), not through a pipe");
        }
        String found = term + ", " + (columns > 0 ? columns + "×" + rows : "size unknown");
        boolean small = columns > 0 && (columns < MIN_COLUMNS || rows < MIN_ROWS);
        return new Finding("terminal", found, small
                ? "the window is smaller than " + MIN_COLUMNS + "×" + MIN_ROWS + ": make it larger before you play" : null);
    }

    private Finding colour() {
        if (noColor) {
            return new Finding("colour", "off (NO_COLOR is set)", null);
        }
        if (!fullScreen || colours < 0) {
            return new Finding("colour", "unknown (no terminal)", null);
        }
        return new Finding("colour", colours + " colours", colours >= 8 ? null
                : "this terminal shows no colours: play with --no-color, or use a TERM with colours (xterm-256color)");
    }

    private List<Finding> kitchenFindings() {
        if (!kitchen.started()) {
            return List.of(new Finding("kitchens", "none could start: " + kitchen.failure(),
                    "the game cannot cook: check that this runtime can start processes (ulimit -u, free memory)"
                            + " and run forkful doctor again; FORKFUL_DEBUG=1 shows a kitchen's own errors"));
        }
        return List.of(
                new Finding("kitchens", "pid " + kitchen.pid() + " started and answered in " + kitchen.startMillis()
                        + " ms (" + kitchen.command() + ")", null),
                new Finding("calibration", kitchen.workPerMs() + " units of work per ms of one core, measured in that kitchen",
                        null));
    }
}
