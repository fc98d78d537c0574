package dev.forkful.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * What else the machine was doing during a run: how many threads of other programs wanted a core,
 * sampled from Linux's own count of runnable threads ({@code procs_running} in {@code /proc/stat})
 * less the game's and its kitchens' runnable threads ({@code R} in {@code /proc/PID/task/TID/stat}).
 * Linux shares the cores among runnable threads, so this is what decides the share of the cores a
 * plan could have had. Where {@code /proc} is missing nothing is sampled and nothing is claimed.
 */
final class MachineLoad {
    /** Task files read per sample at most: a kitchen of 10,000 threads is sampled in turns. */
    static final int TASKS_PER_SAMPLE = 400;

    private final Path proc;
    private final LongSupplier gamePid;
    private double othersSum;
    private int samples;
    private int rotation;

    MachineLoad(Path proc, LongSupplier gamePid) {
        this.proc = proc;
        this.gamePid = gamePid;
    }

    static MachineLoad onThisMachine() {
        return new MachineLoad(Path.of("/proc"), () -> ProcessHandle.current().pid());
    }

    /** Takes one sample with the kitchens' pids now; a sample that cannot be read is skipped. */
    void sample(List<Long> kitchenPids) {
        try {
            long machine = procsRunning();
            double ours = runnable(gamePid.getAsLong(), kitchenPids);
            othersSum += Math.max(0, machine - ours);
            samples++;
        } catch (IOException | RuntimeException e) {
            // no /proc here, or a process ended mid-read: this sample says nothing
        }
    }

    int samples() {
        return samples;
    }

    /** Other programs' runnable threads, on average over the samples; -1 when none was taken. */
    double othersRunnable() {
        return samples == 0 ? -1 : othersSum / samples;
    }

    private long procsRunning() throws IOException {
        for (String line : Files.readAllLines(proc.resolve("stat"))) {
            if (line.startsWith("procs_running ")) {
                return Long.parseLong(line.substring("procs_running ".length()).strip());
            }
        }
        throw new IOException("no procs_running in " + proc.resolve("stat"));
    }

    /** Our runnable threads: counted where there are few, estimated from a rotating part where there are many. */
    private double runnable(long game, List<Long> kitchens) throws IOException {
        List<Long> pids = new ArrayList<>(kitchens.size() + 1);
        pids.add(game);
        pids.addAll(kitchens);
        int perProcess = Math.max(8, TASKS_PER_SAMPLE / pids.size());
        double ours = 0;
        for (long pid : pids) {
            ours += runnableIn(pid, perProcess);
        }
        rotation++;
        return ours;
    }

    private double runnableIn(long pid, int budget) {
        List<Path> tasks = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(proc.resolve(Long.toString(pid)).resolve("task"))) {
            dir.forEach(tasks::add);
        } catch (IOException e) {
            return 0; // the kitchen is gone
        }
        if (tasks.isEmpty()) {
            return 0;
        }
        int read = Math.min(budget, tasks.size());
        int start = (int) ((long) rotation * read % tasks.size());
        int running = 0;
        for (int i = 0; i < read; i++) {
            if (isRunnable(tasks.get((start + i) % tasks.size()).resolve("stat"))) {
                running++;
            }
        }
        return running * (double) tasks.size() / read;
    }

    /** The state is the first field after the command name, which is in parentheses and may hold spaces. */
    private static boolean isRunnable(Path stat) {
        try {
            String s = Files.readString(stat);
            int close = s.lastIndexOf(')');
            return close > 0 && close + 2 < s.length() && s.charAt(close + 2) == 'R';
        } catch (IOException e) {
            return false; // the thread ended
        }
    }
}
