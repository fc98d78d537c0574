package dev.forkful.cli;

import dev.forkful.engine.Engine;
import dev.forkful.engine.Plan;
import dev.forkful.engine.PlanException;
import dev.forkful.engine.PlanParser;
import dev.forkful.engine.RunningLevel;
import dev.forkful.level.Campaign;
import dev.forkful.level.Level;
import dev.forkful.level.LevelException;
import dev.forkful.score.Score;
import dev.forkful.score.ScoreJson;
import dev.forkful.score.ScoreText;
import dev.forkful.score.Scorer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forkful run LEVEL --plan ...}: plays one level headless and prints the score. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Play one level headless and print the score.")
final class RunCommand implements Callable<Integer> {
    /** A level's star rules are one, two and three. */
    private static final int MAX_STARS = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LEVEL", description = "A level file or a campaign level id.")
    String level;

    @Option(names = "--plan", paramLabel = "T=M[:N[:nolock]]", split = ",",
            description = "Model for a task: process, thread, coroutine or virtual; N workers; nolock drops the fridge lock.")
    List<String> plan = List.of();

    @Option(names = "--json", description = "Print one JSON object instead of the summary.")
    boolean json;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for every chance decision (default: the level's).")
    Long seed;

    @Option(names = "--require-stars", paramLabel = "K", description = "Exit 3 when fewer stars are earned (0 to 3).")
    int requireStars;

    /** The options that picocli's types cannot check, in the bad-input style; empty when fine. */
    private String badOption() {
        if (requireStars < 0 || requireStars > MAX_STARS) {
            return "--require-stars " + requireStars + ": a level has at most " + MAX_STARS + " stars; write 0 to " + MAX_STARS;
        }
        if (seed != null && seed < 0) {
            return "--seed " + seed + ": a seed is 0 or more, as a level's [kitchen] seed is";
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
            chosen = PlanParser.parse(lvl, plan);
        } catch (LevelException | PlanException e) {
            return badInput(e.getMessage());
        }
        Scorer scorer = new Scorer(lvl, chosen, Runtime.getRuntime().availableProcessors());
        try (RunningLevel run = Engine.start(lvl, chosen, seed != null ? seed : lvl.kitchen().seed(), scorer::on)) {
            run.awaitEnd();
        }
        Score score = scorer.score();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ScoreJson.write(score, out);
            out.println();
        } else {
            out.print(ScoreText.render(score, lvl));
        }
        out.flush();
        return score.stars() < requireStars ? ExitCodes.BELOW_STARS : ExitCodes.OK;
    }

    private int badInput(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
