package dev.forkful.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The root command without its subcommands ({@link ForkfulCommand} adds them): with no subcommand it
 * plays the game, like {@code forkful play}. Apart so that a command line that names no subcommand
 * or one of them builds only what it uses (see {@link ForkfulCommand#commandLineFor}).
 */
@Command(
        name = "forkful",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A kitchen game about processes, threads and coroutines, played with real ones.")
class RootCommand implements Callable<Integer> {

    @CommandLine.Mixin
    PlayOptions playOptions = new PlayOptions();

    @Override
    public Integer call() {
        return PlayCommand.play(null, new CampaignChoice(), playOptions);
    }
}
