package dev.forkful.cli;

import dev.forkful.level.Level;
import dev.forkful.save.AtomicFile;
import dev.forkful.timeline.ChromeTrace;
import dev.forkful.timeline.Timeline;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where {@code run --trace FILE} writes each run's Chrome trace: FILE itself for one run; with {@code --repeat N},
 * one file per run, its number before the extension ({@code t-1.json} … {@code t-N.json}), each written as
 * soon as its run is over and atomically.
 */
record TraceFiles(Path file, Level level) {
    /** The file of run {@code run} (from 1) of {@code repeat}. */
    Path of(int run, int repeat) {
        if (repeat == 1) {
            return file;
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling(dot > 0 ? name.substring(0, dot) + "-" + run + name.substring(dot) : name + "-" + run);
    }

    /** Why the files of {@code repeat} runs cannot be written, in the bad-input style; empty when they can. */
    String problem(int repeat) {
        Path folder = file.toAbsolutePath().getParent();
        String written = "--trace " + file + ": ";
        if (folder == null || file.getFileName() == null) {
            return written + "a file is needed; write e.g. --trace trace.json";
        }
        if (!Files.exists(folder)) {
            return written + "no folder " + folder + "; make it first, or write the trace elsewhere";
        }
        if (!Files.isDirectory(folder)) {
            return written + folder + " is a file, not a folder";
        }
        if (!Files.isWritable(folder)) {
            return written + "this user may not write in " + folder;
        }
        for (int run = 1; run <= repeat; run++) {
            if (Files.isDirectory(of(run, repeat))) {
                return written + of(run, repeat) + " is a folder; name a file in it, e.g. --trace "
                        + of(run, repeat).resolve("trace.json");
            }
        }
        return "";
    }

    /** Writes run {@code run}'s trace; this process is the supervisor of the kitchens. */
    void write(int run, int repeat, Timeline timeline) throws IOException {
        AtomicFile.replace(of(run, repeat), ".trace", out -> ChromeTrace.write(timeline, level, ProcessHandle.current().pid(), out));
    }

    /** What went wrong writing, in words: the system's reason without the exception's name. */
    static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException gone -> "its folder is gone";
            case AccessDeniedException denied -> "permission denied";
            case FileSystemException f when f.getReason() != null -> f.getReason();
            default -> String.valueOf(e.getMessage());
        };
    }

    /** The line {@code run} prints after its summary: where the trace went and how to open it. */
    String told(int repeat) {
        return repeat == 1 ? "Trace: " + file + " (open it at https://ui.perfetto.dev or chrome://tracing)"
                : "Traces: " + of(1, repeat) + " … " + of(repeat, repeat) + ", one per run (open them at https://ui.perfetto.dev"
                        + " or chrome://tracing)";
    }
}
