package dev.forkful.cli;

/**
 * The training run of scripts/aot-cache: the paths a player takes, one after the other in one JVM, so
 * that the game's AOT cache holds the classes of each (a JDK 25 cache comes from one run): a level
 * played headless as {@code forkful run LEVEL --json} does, {@code forkful --version}, {@code forkful
 * levels}, then the game to its first frame (the training types q).
 */
public final class AotTraining {
    private AotTraining() {
    }

    /**
     * {@code args}: the level to run and a plan for it, given as a player gives one: a run's kitchens then
     * start from its raw arguments ({@link RunCommand#prestart}), and the lambdas on that path are linked
     * in the cache, not spun at every start.
     */
    public static void main(String[] args) {
        for (String[] path : new String[][] {{"run", args[0], "--plan", args[1], "--json"}, {"--version"}, {"levels"}}) {
            int ran = Main.run(path);
            if (ran != ExitCodes.OK) {
                System.exit(ran);
            }
        }
        System.exit(Main.play());
    }
}
