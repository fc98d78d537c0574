package dev.forkful.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forkful run LEVEL --plan ...}: plays one level headless and prints the score. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Play one level headless and print the score.")
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "LEVEL", description = "A level file or a campaign level id.")
    String level;

    @Option(names = "--plan", paramLabel = "T=M[:N[:nolock]]", split = ",",
            description = "Model for a task: process, thread, coroutine or virtual; N workers; nolock drops the fridge lock.")
    List<String> plan = List.of();

    @Option(names = "--json", description = "Print one JSON object instead of the summary.")
    boolean json;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for every chance decision (default: the level's).")
    Long seed;

    @Option(names = "--require-stars", paramLabel = "K", description = "Exit 3 when fewer stars are earned.")
    int requireStars;

    @Override
    public Integer call() {
        System.err.println("forkful: 'run' is not built yet (issue: The kitchens).");
        return ExitCodes.BAD_INPUT;
    }
}
