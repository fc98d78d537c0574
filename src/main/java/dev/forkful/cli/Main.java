package dev.forkful.cli;

/** Entry point: builds the picocli command line that the arguments need and exits with its code. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (VersionProvider.asked(args)) {
            // without picocli: its classes (Java 5 class files, which JDK 25's AOT cache cannot hold) and
            // its model cost more than the rest of the JVM's start; `forkful -V --help` still goes through it
            System.out.println(String.join(System.lineSeparator(), new VersionProvider().getVersion()));
            System.exit(ExitCodes.OK);
        }
        System.exit(run(args));
    }

    /** Runs the command line without exiting, for tests and the worker re-entry. */
    public static int run(String... args) {
        return ForkfulCommand.commandLineFor(args).execute(args);
    }
}
