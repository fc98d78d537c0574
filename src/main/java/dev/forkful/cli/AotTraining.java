package dev.forkful.cli;

/**
 * The training run of scripts/aot-cache: the paths a player takes, one after the other in one JVM, so
 * that the game's AOT cache holds the classes of each (a JDK 25 cache comes from one run): a level
 * played headless as {@code forkful run LEVEL --json} does, then the game to its first frame (the
 * training types q). {@code --version} loads nothing of its own beyond those.
 */
public final class AotTraining {
    private AotTraining() {
    }

    /** {@code args}: the level to run. */
    public static void main(String[] args) {
        int ran = Main.run("run", args[0], "--json");
        if (ran != ExitCodes.OK) {
            System.exit(ran);
        }
        System.exit(Main.play());
    }
}
