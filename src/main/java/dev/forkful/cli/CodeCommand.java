package dev.forkful.cli;

import dev.forkful.code.Lang;
import dev.forkful.code.Order;
import dev.forkful.code.Programs;
import dev.forkful.engine.Plan;
import dev.forkful.engine.PlanException;
import dev.forkful.engine.PlanParser;
import dev.forkful.level.Campaign;
import dev.forkful.level.Level;
import dev.forkful.level.LevelException;
import dev.forkful.level.Suggest;
import dev.forkful.level.Visible;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forkful code LEVEL --plan ... [--lang python|java]}: prints the plan as a real program of the same workload. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Print the plan as a complete program in Python or Java: the same orders, steps and fridge,"
                + " cooked by real processes, threads and coroutines; it prints its wall time, throughput and lost updates.")
final class CodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LEVEL", description = "A level file or a campaign level id.")
    String level;

    @Option(names = "--plan", paramLabel = "T=M[:N[:nolock]]",
            description = "Model for a task, as run takes it: process, thread, coroutine or virtual; N workers; nolock."
                    + " Several tasks: repeat it or join them with commas.")
    List<String> plan = List.of();

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "python", completionCandidates = LangNames.class,
            description = "python (standard library only) or java (java Program.java on JDK 25). Default: ${DEFAULT-VALUE}.")
    String lang;

    @Option(names = "--faults", description = "Put in the level's faults, on the orders its seed strikes (none without it).")
    boolean faults;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for the faults (default: the level's).")
    Long seed;

    /** The names {@code --lang} takes, for help and shell completion. */
    static final class LangNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return names().iterator();
        }

        static List<String> names() {
            return Arrays.stream(Lang.values()).map(Lang::id).toList();
        }
    }

    @Override
    public Integer call() {
        Optional<Lang> chosen = Arrays.stream(Lang.values()).filter(l -> l.id().equals(lang)).findFirst();
        if (chosen.isEmpty()) {
            return badInput("--lang " + lang + ": write python or java" + Suggest.didYouMean(lang, LangNames.names()));
        }
        if (seed != null && seed < 0) {
            return badInput("--seed " + seed + ": a seed is 0 or more, as a level's [kitchen] seed is");
        }
        List<String> entries = plan.stream().flatMap(written -> Arrays.stream(written.split(",", -1))).toList();
        if (entries.stream().anyMatch(String::isBlank)) {
            return badInput("--plan: an empty entry; write TASK=MODEL[:N[:nolock]] for each task, e.g. soup=thread:4");
        }
        Level lvl;
        Plan parsed;
        try {
            lvl = Campaign.resolve(level);
            parsed = PlanParser.parse(lvl, entries);
        } catch (LevelException | PlanException e) {
            return badInput(e.getMessage());
        }
        Order order = new Order(lvl, parsed, level, faults, seed != null ? seed : lvl.kitchen().seed());
        PrintWriter out = spec.commandLine().getOut();
        out.print(Programs.write(order, chosen.get()));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * What the results screen shows for its plan (its key c): the program as {@code code} prints it without
     * faults, the level named as {@code code} takes it back (its file where there is one, else its id).
     */
    static String program(Level level, Plan plan, String lang) {
        Lang chosen = Arrays.stream(Lang.values()).filter(l -> l.id().equals(lang)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no language " + lang));
        String named = java.nio.file.Files.isRegularFile(level.source()) ? level.source().toString() : level.id();
        return Programs.write(new Order(level, plan, named, false, level.kitchen().seed()), chosen);
    }

    private int badInput(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(Visible.text(message));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
