package dev.forkful.cli;

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
     * The subcommand named {@code name} when it stands alone ({@code help} and {@code generate-completion}
     * read their siblings), else null. Each class's annotation is read in turn until the name is found,
     * so that {@code run} loads the classes listed before it, not all thirteen (5 ms of a run's start).
     */
    private static Class<?> standingAlone(String name) {
        for (Class<?> c : ForkfulCommand.class.getAnnotation(Command.class).subcommands()) {
            if (c != CommandLine.HelpCommand.class && c != AutoComplete.GenerateCompletion.class
                    && c.getAnnotation(Command.class).name().equals(name)) {
                return c;
            }
        }
        return null;
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
        Class<?> sub = standingAlone(args[0]);
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
