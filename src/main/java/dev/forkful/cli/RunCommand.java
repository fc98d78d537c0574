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

    @Option(names = "--require-stars", paramLabel = "K", description = "Exit 3 when fewer stars are earned.")
    int requireStars;

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        Level lvl;
        Plan chosen;
        try {
            lvl = Campaign.resolve(level);
            chosen = PlanParser.parse(lvl, plan);
        } catch (LevelException | PlanException e) {
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        Score score;
        try (RunningLevel run = Engine.start(lvl, chosen, seed != null ? seed : lvl.kitchen().seed(), e -> { })) {
            score = run.awaitScore();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ScoreJson.write(score, out);
            out.println();
        } else {
            out.print(ScoreText.render(score));
        }
        out.flush();
        return score.stars() < requireStars ? ExitCodes.BELOW_STARS : ExitCodes.OK;
    }
}
