package dev.forkful.cli;

import dev.forkful.grade.GradeJson;
import dev.forkful.grade.GradeTable;
import dev.forkful.grade.Gradebook;
import dev.forkful.grade.Grader;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.CampaignFolder;
import dev.forkful.level.LevelException;
import dev.forkful.level.Visible;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code forkful grade ANSWERS... --levels DIR}: plays every handed-in plan, serially, into a gradebook. */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Play every plan of every answers file (from forkful answers) and print a table of student x level.",
            "Plans are played one at a time: graded side by side, runs would share the cores and change each other's"
                    + " timings, and so the stars. Progress and problems go to stderr; a broken file or plan is reported"
                    + " as file:line and its cell marked, the rest still graded. Exit 0 when everything was graded, 1 otherwise."})
final class GradeCommand implements Callable<Integer> {
    /** Enough runs for a spread, as {@code run --repeat} allows. */
    private static final int MAX_REPEAT = 100;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ANSWERS", description = "Answers files, one per student.")
    List<Path> answers;

    @Option(names = "--levels", paramLabel = "DIR", required = true, description = "The campaign folder the answers are for.")
    Path folder;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Play each plan N times (1 to 100): stars from the medians, figures of the median run.")
    int repeat;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for every chance decision (default: each level's).")
    Long seed;

    @ArgGroup(exclusive = true)
    Output output = new Output();

    static final class Output {
        @Option(names = "--json", description = "Print one JSON object: every cell's full run result (as run --json), for feedback.")
        boolean json;

        @Option(names = "--csv", paramLabel = "FILE", description = "Also write FILE: one row per student x level.")
        Path csv;
    }

    @Override
    public Integer call() throws InterruptedException, IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (repeat < 1 || repeat > MAX_REPEAT || seed != null && seed < 0) {
            err.println(repeat < 1 || repeat > MAX_REPEAT ? "--repeat " + repeat + ": write 1 to " + MAX_REPEAT + " runs"
                    : "--seed " + seed + ": a seed is 0 or more, as a level's [kitchen] seed is");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        CampaignChapters campaign;
        try {
            campaign = CampaignFolder.load(folder);
        } catch (LevelException e) {
            err.println(Visible.text(e.getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        Gradebook book = new Grader(campaign, repeat, Optional.ofNullable(seed), err).grade(answers);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json) {
            GradeJson.write(book, repeat, Optional.ofNullable(seed), VersionProvider.version(), out);
            out.println();
        } else {
            out.print(GradeTable.text(book));
        }
        out.flush();
        if (output.csv != null) {
            try {
                Files.writeString(output.csv, GradeTable.csv(book), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println(output.csv + ": cannot write it (" + e.getMessage() + ")");
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
        }
        return book.complete() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }
}
