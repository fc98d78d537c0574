package dev.forkful.grade;

import dev.forkful.engine.Plan;
import dev.forkful.engine.PlanException;
import dev.forkful.engine.PlanParser;
import dev.forkful.level.AnswersFile;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.Level;
import dev.forkful.level.LevelProblem;
import dev.forkful.level.Visible;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays every plan of every answers file against a campaign, one run at a time: runs side by side
 * would share the cores and change each other's timings, and so the stars. Progress and problems
 * go to {@code log} as they come; a problem marks its cell and grading goes on.
 */
public final class Grader {
    private final CampaignChapters campaign;
    private final int repeat;
    private final Optional<Long> seed;
    private final PrintWriter log;

    /**
     * @param seed the seed of every run; empty for each level's own
     * @param log  where progress and problems are written (stderr)
     */
    public Grader(CampaignChapters campaign, int repeat, Optional<Long> seed, PrintWriter log) {
        this.campaign = campaign;
        this.repeat = repeat;
        this.seed = seed;
        this.log = log;
    }

    public Gradebook grade(List<Path> files) throws InterruptedException {
        List<Gradebook.Sheet> sheets = new ArrayList<>();
        List<LevelProblem> problems = new ArrayList<>();
        for (Path file : files) {
            AnswersFile answers = AnswersFile.read(file, campaign, HandIn.campaignName(campaign));
            answers.problems().forEach(p -> report(p, problems));
            sheets.add(sheet(answers, problems));
        }
        return new Gradebook(campaign.levels(), sheets, problems);
    }

    private Gradebook.Sheet sheet(AnswersFile answers, List<LevelProblem> problems) throws InterruptedException {
        Map<String, Gradebook.Cell> cells = new LinkedHashMap<>();
        for (Level level : campaign.levels()) {
            cells.put(level.id(), answers.readable() ? new Gradebook.Missing()
                    : new Gradebook.Refused(answers.problems().getFirst()));
        }
        int done = 0;
        for (AnswersFile.Handed handed : answers.plans()) {
            done++;
            Plan plan;
            try {
                plan = PlanParser.parse(handed.level(), PlanText.entries(handed.plan()));
            } catch (PlanException e) {
                List<LevelProblem> why = e.getMessage().lines()
                        .map(m -> new LevelProblem(answers.file(), handed.line(), "level " + handed.level().id() + ": " + m)).toList();
                why.forEach(p -> report(p, problems));
                cells.put(handed.level().id(), new Gradebook.Refused(why.getFirst()));
                continue;
            }
            log.printf("grading %s: %s (%d of %d), %s%n", Visible.line(answers.student()), handed.level().id(), done,
                    answers.plans().size(), plan);
            log.flush();
            Played played = Played.play(handed.level(), plan, seed.orElse(handed.level().kitchen().seed()), repeat);
            cells.put(handed.level().id(), new Gradebook.Graded(plan.toString(), played));
        }
        return new Gradebook.Sheet(answers.student(), answers.file(), cells);
    }

    private void report(LevelProblem problem, List<LevelProblem> problems) {
        problems.add(problem);
        log.println(problem);
        log.flush();
    }
}
