package dev.forkful.cli;

import dev.forkful.engine.Plan;
import dev.forkful.engine.PlanException;
import dev.forkful.engine.PlanParser;
import dev.forkful.engine.Prestart;
import dev.forkful.grade.Played;
import dev.forkful.grade.PlanText;
import dev.forkful.level.Campaign;
import dev.forkful.level.Level;
import dev.forkful.level.LevelException;
import dev.forkful.level.Visible;
import dev.forkful.score.RunFacts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forkful run LEVEL --plan ...}: plays one level headless (N times with --repeat) and prints the score; {@code --trace} writes each run's timeline for Perfetto ({@link TraceFiles}). */
@Command(name = RunCommand.NAME, mixinStandardHelpOptions = true, description = "Play one level headless and print the score.")
final class RunCommand implements Callable<Integer> {
    static final String NAME = "run";
    static final String PLAN = "--plan";
    /** A level's star rules are one, two and three. */
    private static final int MAX_STARS = 3;
    /** Enough runs for a spread; more is a benchmark, not a grade. */
    private static final int MAX_REPEAT = 100;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LEVEL", description = "A level file or a campaign level id.")
    String level;

    /** As written: picocli's own split would drop empty entries, so {@code --plan ,} would mean the defaults. */
    @Option(names = RunCommand.PLAN, paramLabel = "T=M[:N[:nolock]]",
            description = "Model for a task: process, thread, coroutine or virtual; N workers; nolock drops the fridge lock."
                    + " Several tasks: repeat it or join them with commas.")
    List<String> plan = List.of();

    /**
     * Starts the kitchens that {@code forkful run ... --plan P} names as soon as the game's {@code main} has
     * its arguments, so that their JVMs start while picocli builds its model and the level is read
     * ({@link Prestart}; one order's run, medians of 15 alternated at load 4.3: 566 -> 530 ms). A guess from the raw arguments:
     * whatever picocli later makes of them, the run takes only a kitchen started with exactly its command,
     * and {@link Main#run} kills those it left.
     */
    static void prestart(String... args) {
        Prestart.forPlan(plannedIn(args));
    }

    /** The plan entries of {@code run}'s raw arguments ({@code --plan P} and {@code --plan=P}); none for another command. */
    static List<String> plannedIn(String... args) {
        List<String> entries = new ArrayList<>();
        if (args.length == 0 || !args[0].equals(NAME)) {
            return entries;
        }
        for (int i = 1; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals(PLAN) && i + 1 < args.length) {
                entries.addAll(PlanText.entries(args[++i]));
            } else if (args[i].startsWith(PLAN + "=")) {
                entries.addAll(PlanText.entries(args[i].substring(PLAN.length() + 1)));
            }
        }
        return entries;
    }

    /** The plan's entries, split at commas and spaces, empty ones kept (and refused). */
    private List<String> planEntries() {
        return plan.stream().flatMap(written -> PlanText.entries(written).stream()).toList();
    }

    @Option(names = "--json", description = "Print one JSON object instead of the summary.")
    boolean json;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for every chance decision (default: the level's).")
    Long seed;

    @Option(names = "--require-stars", paramLabel = "K", description = "Exit 3 when fewer stars are earned (0 to 3).")
    int requireStars;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Play N runs in a row (1 to 100): medians and spreads, stars from the medians, outcome counts.")
    int repeat;

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Also write the run as Chrome Trace Event JSON to FILE, for Perfetto (https://ui.perfetto.dev) to show:"
                    + " a process per kitchen under its real pid, a track per chef, a slice per step, what went wrong, and"
                    + " served, memory and cores over time. With --repeat N, one file per run, numbered before the extension"
                    + " (t.json gives t-1.json, t-2.json, ...).")
    Path trace;

    /** The options that picocli's types cannot check, in the bad-input style; empty when fine. */
    private String badOption() {
        if (requireStars < 0 || requireStars > MAX_STARS) {
            return "--require-stars " + requireStars + ": a level has at most " + MAX_STARS + " stars; write 0 to " + MAX_STARS;
        }
        if (seed != null && seed < 0) {
            return "--seed " + seed + ": a seed is 0 or more, as a level's [kitchen] seed is";
        }
        for (String written : plan) {
            if (PlanText.entries(written).stream().anyMatch(String::isBlank)) {
                return "--plan \"" + written + "\": an empty entry; write TASK=MODEL[:N[:nolock]] for each task,"
                        + " e.g. soup=thread:4, or leave --plan out for the level's defaults";
            }
        }
        if (repeat < 1 || repeat > MAX_REPEAT) {
            return "--repeat " + repeat + ": write 1 to " + MAX_REPEAT + " runs";
        }
        return "";
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        String bad = badOption();
        if (!bad.isEmpty()) {
            return badInput(bad);
        }
        Level lvl;
        Plan chosen;
        try {
            lvl = Campaign.resolve(level);
            chosen = PlanParser.parse(lvl, planEntries());
        } catch (LevelException | PlanException e) {
            return badInput(e.getMessage());
        }
        TraceFiles traces = trace == null ? null : new TraceFiles(trace, lvl);
        String unwritable = traces == null ? "" : traces.problem(repeat);
        if (!unwritable.isEmpty()) {
            return badInput("forkful: " + unwritable);
        }
        RunFacts facts = RunFacts.here(seed != null ? seed : lvl.kitchen().seed(), VersionProvider.version());
        Played played;
        if (traces == null) {
            played = Played.play(lvl, chosen, facts.seed(), repeat);
        } else {
            try {
                played = Played.play(lvl, chosen, facts.seed(), repeat, traces::write);
            } catch (IOException e) {
                return badInput("forkful: --trace " + trace + ": could not write it: " + TraceFiles.reason(e));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            played.json(facts, out);
            out.println();
        } else {
            out.print(played.text());
            if (traces != null) {
                out.println(traces.told(repeat));
            }
        }
        out.flush();
        return played.stars() < requireStars ? ExitCodes.BELOW_STARS : ExitCodes.OK;
    }

    private int badInput(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(Visible.text(message));
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
