package dev.forkful.cli;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The whole command tree, the root and every subcommand: what help, completion, the man pages and the
 * tests see. Picocli builds a command's model (reflection over its annotations, proxies of them) as
 * soon as it is registered: on a JVM that has just started, the whole tree took 1.0 to 1.3 s against
 * 0.41 to 0.49 s for the root and {@code run} alone (no AOT cache, load 9 on 2 cores); so
 * {@link #commandLineFor} registers only what a command line names.
 */
@Command(subcommands = {
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
public final class ForkfulCommand extends RootCommand {

    /**
     * The subcommands that stand alone, by name: {@code help} and {@code generate-completion} read their siblings.
     * A holder, so that a line that names no subcommand does not load every subcommand's class to read the names.
     */
    private static final class Alone {
        static final Map<String, Class<?>> BY_NAME = Arrays.stream(ForkfulCommand.class.getAnnotation(Command.class).subcommands())
                .filter(c -> c != CommandLine.HelpCommand.class && c != AutoComplete.GenerateCompletion.class)
                .collect(Collectors.toMap(c -> c.getAnnotation(Command.class).name(), Function.identity()));
    }

    /** The configured command line, whole, for tests and for what needs every command. */
    public static CommandLine commandLine() {
        return configured(new CommandLine(new ForkfulCommand()));
    }

    /**
     * The command line that {@code args} need: the root alone when they are empty (the game) or ask for
     * the version, the root and the subcommand they start with when it stands alone, else the whole tree
     * (the root's help, its options, a typo and its "did you mean").
     */
    public static CommandLine commandLineFor(String... args) {
        if (args.length == 0 || VersionProvider.asked(args)) {
            return configured(new CommandLine(new RootCommand()));
        }
        Class<?> sub = Alone.BY_NAME.get(args[0]);
        if (sub == null) {
            return commandLine();
        }
        CommandLine cl = new CommandLine(new RootCommand());
        cl.addSubcommand(sub);
        return configured(cl);
    }

    private static CommandLine configured(CommandLine cl) {
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
