package dev.forkful.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code forkful shell}: the line-mode game (JLine 3). */
@Command(name = "shell", mixinStandardHelpOptions = true, description = "Play in line mode: commands, history, tab completion.")
final class ShellCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("forkful: the line mode is not built yet (issue: Play it).");
        return ExitCodes.OK;
    }
}
