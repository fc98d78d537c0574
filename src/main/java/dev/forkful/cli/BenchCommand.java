package dev.forkful.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code forkful bench}: measures this machine's real cost of each model. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure what each model costs on this machine.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        System.err.println("forkful: 'bench' is not built yet.");
        return ExitCodes.OK;
    }
}
