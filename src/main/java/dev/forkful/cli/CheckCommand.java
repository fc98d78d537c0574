package dev.forkful.cli;

import dev.forkful.level.Level;
import dev.forkful.level.LevelException;
import dev.forkful.level.LevelLoader;
import dev.forkful.level.LevelProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        for (Path path : paths) {
            List<Path> files = filesIn(path, err);
            allValid &= !files.isEmpty();
            for (Path file : files) {
                allValid &= check(file, out, err);
            }
        }
        out.flush();
        err.flush();
        return allValid ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static boolean check(Path file, PrintWriter out, PrintWriter err) {
        try {
            Level level = LevelLoader.load(file);
            int tasks = level.tasks().size();
            out.println(file + ": ok (" + tasks + (tasks == 1 ? " task)" : " tasks)"));
            return true;
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
