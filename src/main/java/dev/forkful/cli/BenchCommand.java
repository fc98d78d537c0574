package dev.forkful.cli;

import dev.forkful.bench.Bench;
import dev.forkful.bench.BenchJson;
import dev.forkful.bench.BenchReport;
import dev.forkful.bench.BenchText;
import dev.forkful.bench.Probe;
import dev.forkful.level.Model;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code forkful bench}: measures this machine's real cost of each model. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure what each model costs on this machine.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    /** Internal: run as a probe child holding N idle units of a model (bench starts these itself). */
    @Option(names = "--probe", hidden = true, arity = "2", paramLabel = "MODEL N")
    List<String> probe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (probe != null) {
            return runProbe();
        }
        BenchReport report = Bench.measure();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            BenchJson.write(report, out);
            out.println();
        } else {
            out.print(BenchText.render(report));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int runProbe() throws IOException, InterruptedException {
        Model model = Model.byId(probe.get(0)).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "--probe: unknown model '" + probe.get(0) + "'"));
        int units;
        try {
            units = Integer.parseInt(probe.get(1));
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "--probe: '" + probe.get(1) + "' is not a count of units");
        }
        if (units < 0 || units > Probe.maxUnits(model)) {
            throw new ParameterException(spec.commandLine(), "--probe: " + units + " units of " + model.id()
                    + "; a " + model.id() + " probe holds 0 to " + Probe.maxUnits(model));
        }
        return Probe.run(model, units);
    }
}
