package dev.forkful.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code forkful play [LEVEL]}: the full-screen game, or line mode where the terminal cannot do it. */
@Command(name = "play", mixinStandardHelpOptions = true, description = "Play the game full screen (the default).")
final class PlayCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "LEVEL", description = "A level id or a level file to open directly.")
    String level;

    @Mixin
    PlayOptions options = new PlayOptions();

    @Override
    public Integer call() {
        return play(level, options);
    }

    static int play(String level, PlayOptions options) {
        System.err.println("forkful: the full-screen game is not built yet (issue: Play it). Try 'forkful check levels'.");
        return ExitCodes.OK;
    }
}
