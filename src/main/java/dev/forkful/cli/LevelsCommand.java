package dev.forkful.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code forkful levels}: the campaign with the player's stars. */
@Command(name = "levels", mixinStandardHelpOptions = true, description = "List the campaign with your stars.")
final class LevelsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("forkful: 'levels' is not built yet.");
        return ExitCodes.OK;
    }
}
