package dev.forkful.cli;

import dev.forkful.level.AuthorNotes;
import dev.forkful.level.Level;
import dev.forkful.level.LevelException;
import dev.forkful.level.LevelLoader;
import dev.forkful.level.LevelProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forkful check PATH...}: validates level files; folders are searched recursively for *.toml. */
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
            List<Path> files = filesIn(path, err);
            allValid &= !files.isEmpty();
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
            problems.forEach(p -> err.println(file + ": " + p));
            int tasks = level.tasks().size();
            if (problems.isEmpty()) {
                out.println(file + ": ok (" + tasks + (tasks == 1 ? " task)" : " tasks)"));
            }
            out.println("  " + AuthorNotes.idealTimes(level));
            return problems.isEmpty();
        } catch (LevelException e) {
            for (LevelProblem problem : e.problems()) {
                err.println(problem);
            }
            return false;
        }
    }

    /** The level files that {@code path} names: itself, or the *.toml files under it; none (said on {@code err}) is a failure. */
    private static List<Path> filesIn(Path path, PrintWriter err) {
        if (!Files.exists(path)) {
            err.println(path + ": no such file or folder");
            return List.of();
        }
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".toml"))
                    .sorted().toList();
            if (files.isEmpty()) {
                err.println(path + ": no .toml files in this folder");
            }
            return files;
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(path + ": cannot read this folder: " + e.getMessage());
            return List.of();
        }
    }
}
