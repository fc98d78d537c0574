package dev.forkful.cli;

/** The exit codes of the command-line contract (DESIGN.md section 4). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int BELOW_STARS = 3;
    /** Stopped with Ctrl-C: 128 + SIGINT, as a shell reports a program that Ctrl-C ended. */
    public static final int CTRL_C = 130;
    /** {@code doctor} found something the player should fix. */
    public static final int PROBLEMS_FOUND = 4;

    private ExitCodes() {
    }
}
