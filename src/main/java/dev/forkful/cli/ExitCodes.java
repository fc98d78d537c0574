package dev.forkful.cli;

/** The exit codes of the command-line contract (DESIGN.md section 4). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int BAD_INPUT = 1;
    public static final int BELOW_STARS = 3;
    /** {@code doctor} found something the player should fix. */
    public static final int PROBLEMS_FOUND = 4;

    private ExitCodes() {
    }
}
