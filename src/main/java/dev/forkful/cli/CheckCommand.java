package dev.forkful.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code forkful check PATH...}: validates level files; folders are searched recursively. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate level files (folders recurse).")
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Level files or folders of them.")
    List<Path> paths;

    @Override
    public Integer call() {
        System.err.println("forkful: 'check' is not built yet.");
        return ExitCodes.BAD_INPUT;
    }
}
