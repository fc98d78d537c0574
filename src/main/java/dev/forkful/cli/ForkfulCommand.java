package dev.forkful.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: with no subcommand it plays the game, like {@code forkful play}. */
@Command(
        name = "forkful",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "A kitchen game about processes, threads and coroutines, played with real ones.",
        subcommands = {
            PlayCommand.class,
            ShellCommand.class,
            RunCommand.class,
            CodeCommand.class,
            CheckCommand.class,
            LevelsCommand.class,
            AnswersCommand.class,
            GradeCommand.class,
            BenchCommand.class,
            DoctorCommand.class,
            WorkerCommand.class,
            CommandLine.HelpCommand.class,
            AutoComplete.GenerateCompletion.class,
        })
public final class ForkfulCommand implements Callable<Integer> {

    @CommandLine.Mixin
    PlayOptions playOptions = new PlayOptions();

    @Override
    public Integer call() {
        return PlayCommand.play(null, new CampaignChoice(), playOptions);
    }

    /** The configured command line, shared by {@link Main} and tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ForkfulCommand());
        cl.setExecutionExceptionHandler(new FriendlyErrors());
        // the contract: bad input exits 1, never picocli's default 2
        setInvalidInputCode(cl);
        return cl;
    }

    private static void setInvalidInputCode(CommandLine cl) {
        cl.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.BAD_INPUT);
        cl.getSubcommands().values().forEach(ForkfulCommand::setInvalidInputCode);
    }
}
