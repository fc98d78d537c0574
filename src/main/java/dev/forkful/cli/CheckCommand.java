package dev.forkful.cli;

import dev.forkful.level.Campaign;
import dev.forkful.level.AuthorNotes;
import dev.forkful.level.Durations;
import dev.forkful.level.IdealTime;
import dev.forkful.level.Level;
import dev.forkful.level.LevelException;
import dev.forkful.level.LevelLoader;
import dev.forkful.level.LevelProblem;
import dev.forkful.level.Unreadable;
import dev.forkful.level.Visible;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forkful check PATH...}: validates level files; folders are searched recursively for *.toml.
 * Every line it prints shows a file name's or a level's control characters ({@link Visible}).
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate level files (folders recurse).")
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Level files or folders of them.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allValid = true;
        Map<String, Path> ids = new HashMap<>();
        for (Path path : paths) {
            List<String> problems = new ArrayList<>();
            List<Path> files = filesIn(path, problems);
            problems.forEach(line -> err.println(Visible.line(line)));
            allValid &= problems.isEmpty() && !files.isEmpty();
            for (Path file : files) {
                allValid &= check(file, ids, out, err);
            }
        }
        out.flush();
        err.flush();
        return allValid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    /** @param ids the id of each level checked so far, and its file: one id in two files is a problem */
    private static boolean check(Path file, Map<String, Path> ids, PrintWriter out, PrintWriter err) {
        try {
            Level level = LevelLoader.load(file);
            List<String> problems = new ArrayList<>(AuthorNotes.fridgeShortfalls(level));
            Path first = ids.putIfAbsent(level.id(), file);
            if (first != null) {
                problems.add("id \"" + level.id() + "\" is also the id of " + first + "; each level needs its own");
            }
            problems.forEach(p -> err.println(Visible.line(file + ": " + p)));
            int tasks = level.tasks().size();
            if (problems.isEmpty()) {
                out.println(Visible.line(file + ": ok (" + tasks + (tasks == 1 ? " task)" : " tasks)")));
            }
            out.println(Visible.line("  " + AuthorNotes.idealTimes(level)));
            noTimeToSpare(level).ifPresent(warning -> err.println(Visible.line(file + ": warning: " + warning)));
            return problems.isEmpty();
        } catch (LevelException e) {
            for (LevelProblem problem : e.problems()) {
                err.println(Visible.line(problem.toString()));
            }
            return false;
        }
    }

    /**
     * The level reader refuses an ideal time past the limit on the 2-core reference machine; one
     * that fills the whole limit on this machine passes it, but only a perfect plan could serve
     * every order: the ideal leaves out the kitchens' own costs (a pipe, a wake-up, a late timer).
     */
    private static Optional<String> noTimeToSpare(Level level) {
        int cores = Runtime.getRuntime().availableProcessors();
        Duration ideal = IdealTime.of(level, cores);
        Duration limit = level.kitchen().timeLimit();
        if (ideal.compareTo(limit) < 0) {
            return Optional.empty();
        }
        return Optional.of("the ideal time on " + cores + (cores == 1 ? " core" : " cores") + " is "
                + Durations.format(ideal) + ", the whole time limit (" + Durations.format(limit)
                + "): no real plan serves every order in time; raise time_limit or lighten the tasks");
    }

    /**
     * The level files that {@code path} names: itself, or the *.toml files under it. What cannot be
     * read is said in {@code problems} with its reason, and the rest of the folder is still searched;
     * a folder without level files is a problem too.
     */
    private static List<Path> filesIn(Path path, List<String> problems) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            String why = Unreadable.why(e);
            problems.add(path + ": " + (why.equals("no such file") ? "no such file or folder" : why));
            return List.of();
        }
        if (!attributes.isDirectory()) {
            return List.of(path);
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(path, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
                    // a link to a level file counts, as the file it names
                    if (Campaign.isLevelFile(file.getFileName().toString()) && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(file + ": cannot read it: " + Unreadable.why(e));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        problems.add(dir + ": cannot read all of this folder: " + Unreadable.why(e));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(path + ": cannot read this folder: " + Unreadable.why(e));
        }
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(path + ": no .toml files in this folder");
        }
        files.sort(null);
        return files;
    }
}
