package dev.forkful.grade;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.Plan;
import dev.forkful.engine.PlanParser;
import dev.forkful.level.AnswersFile;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.Level;
import dev.forkful.level.LevelLoader;
import dev.forkful.level.LevelProblem;
import dev.forkful.save.LevelProgress;
import dev.forkful.save.Progress;
import dev.forkful.score.Score;
import dev.forkful.score.Scorer;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradebookTest {
    private static final long MS = 1_000_000;
    private static final String LEVEL = """
            format = 1
            id = "%s"
            title = "T"
            [[task]]
            id = "soup"
            orders = 4
            models = ["thread", "coroutine"]
            steps = [ { do = "chop", cpu = "10ms" } ]
            [stars]
            one = { served = 0.5 }
            two = { served = 1.0 }
            """;

    private final Level peeler = LevelLoader.parse("a.toml", LEVEL.formatted("peeler"));
    private final Level kettles = LevelLoader.parse("b.toml", LEVEL.formatted("kettles"));

    @TempDir
    Path dir;

    GradebookTest() throws Exception {
    }

    /** A run of {@code level} with {@code plan} that served {@code served} of its 4 orders at {@code wallMs}. */
    private static Score run(Level level, Plan plan, int served, long wallMs) {
        Scorer scorer = new Scorer(level, plan, 2);
        for (int i = 0; i < 4; i++) {
            scorer.on(new EngineEvent.OrdersArrived(0, "soup", i, 1));
            if (i < served) {
                scorer.on(EngineEvent.OrdersServed.one(wallMs * MS, "soup", 0, 0, i, wallMs * MS));
            }
        }
        scorer.on(new EngineEvent.Finished(wallMs * MS + 1));
        return scorer.score();
    }

    private Gradebook book() throws Exception {
        Plan threads = PlanParser.parse(peeler, List.of("soup=thread:2"));
        Plan loop = PlanParser.parse(kettles, List.of("soup=coroutine"));
        Map<String, Gradebook.Cell> ada = new LinkedHashMap<>();
        ada.put("peeler", new Gradebook.Graded(threads.toString(), new Played(peeler, List.of(run(peeler, threads, 4, 50)))));
        ada.put("kettles", new Gradebook.Graded(loop.toString(), new Played(kettles,
                List.of(run(kettles, loop, 2, 90), run(kettles, loop, 4, 70), run(kettles, loop, 4, 80)))));
        LevelProblem bad = new LevelProblem("bob, \"b\".toml", 4, "level kettles: no model \"fork\"");
        Map<String, Gradebook.Cell> bob = new LinkedHashMap<>();
        bob.put("peeler", new Gradebook.Missing());
        bob.put("kettles", new Gradebook.Refused(bad));
        return new Gradebook(List.of(peeler, kettles), List.of(new Gradebook.Sheet("ada", "ada.toml", ada),
                new Gradebook.Sheet("bob", "bob, \"b\".toml", bob)), List.of(bad));
    }

    @Test
    void theTableHasAStudentByLevelRowWithItsFiguresAndEachStudentsTotal() throws Exception {
        assertThat(GradeTable.text(book())).isEqualTo("""
                student  level    stars  served  wall    crashes  freezes  lost updates
                ada      peeler   2      4/4     0.05 s  0        0        0
                ada      kettles  2      4/4     0.08 s  0        0        0
                ada      total    4/6
                bob      peeler   -      not handed in
                bob      kettles  !      not graded: see bob, "b".toml:4
                bob      total    0/6
                """);
    }

    @Test
    void theCsvHasOneQuotedRowPerStudentAndLevel() throws Exception {
        List<String> lines = GradeTable.csv(book()).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("student,file,level,status,plan,stars,served,orders,wall_ms,crashes,freezes,lost_updates,problem");
        assertThat(lines.get(1)).isEqualTo("ada,ada.toml,peeler,graded,soup=thread:2,2,4,4,50,0,0,0,");
        assertThat(lines.get(3)).isEqualTo("bob,\"bob, \"\"b\"\".toml\",peeler,missing,,0,,,,,,,");
        assertThat(lines.get(4)).startsWith("bob,\"bob, \"\"b\"\".toml\",kettles,refused,,0,").endsWith("no model \"\"fork\"\"\"");
    }

    @Test
    void theJsonCarriesEachCellsFullRunResultAndTheProblems() throws Exception {
        StringWriter out = new StringWriter();
        GradeJson.write(book(), 1, Optional.empty(), "test", out);
        JsonObject root = JsonParser.parseString(out.toString()).getAsJsonObject();
        JsonArray students = root.getAsJsonArray("students");
        JsonObject adaPeeler = students.get(0).getAsJsonObject().getAsJsonArray("levels").get(0).getAsJsonObject();
        assertThat(adaPeeler.get("status").getAsString()).isEqualTo("graded");
        assertThat(adaPeeler.getAsJsonObject("result").get("plan").getAsString()).isEqualTo("soup=thread:2");
        assertThat(adaPeeler.getAsJsonObject("result").has("explain")).isTrue();
        JsonObject adaKettles = students.get(0).getAsJsonObject().getAsJsonArray("levels").get(1).getAsJsonObject();
        assertThat(adaKettles.getAsJsonObject("result").get("repeat").getAsInt()).as("three runs: run --repeat's object").isEqualTo(3);
        assertThat(students.get(0).getAsJsonObject().get("total_stars").getAsInt()).isEqualTo(4);
        assertThat(students.get(1).getAsJsonObject().getAsJsonArray("levels").get(1).getAsJsonObject().get("problem").getAsString())
                .isEqualTo("bob, \"b\".toml:4: level kettles: no model \"fork\"");
        assertThat(root.getAsJsonArray("problems")).hasSize(1);
    }

    @Test
    void aHandInReadsBackAsTheSamePlansAndQuotesWhatTomlNeeds() throws Exception {
        CampaignChapters campaign = CampaignChapters.untitled(Optional.of("work\"shop"), List.of(peeler, kettles));
        Progress progress = Progress.EMPTY.with("kettles",
                LevelProgress.NONE.withRun(2, 70, true, 1, "soup=coroutine").withRun(1, 50, false, 1, "soup=thread:2"));
        String toml = HandIn.toml("ada \\ \"the\"\tcount", campaign, progress);
        assertThat(toml).contains("student = \"ada \\\\ \\\"the\\\"\\u0009count\"").contains("kettles = \"soup=coroutine\"")
                .doesNotContain("peeler =");
        assertThat(HandIn.missing(campaign, progress)).isEqualTo(1);
        AnswersFile read = AnswersFile.read(Files.writeString(dir.resolve("ada.toml"), toml), campaign, HandIn.campaignName(campaign));
        assertThat(read.problems()).isEmpty();
        assertThat(read.student()).isEqualTo("ada \\ \"the\"\tcount");
        assertThat(read.plans()).extracting(AnswersFile.Handed::plan).containsExactly("soup=coroutine");
    }

    @Test
    void aPlanIsSplitAtCommasAndSpacesAndEmptyEntriesAreKept() {
        assertThat(PlanText.entries("soup=coroutine bread=thread:2")).containsExactly("soup=coroutine", "bread=thread:2");
        assertThat(PlanText.entries("soup=coroutine,  bread=thread:2")).containsExactly("soup=coroutine", "bread=thread:2");
        assertThat(PlanText.entries("a=thread,,b=thread")).containsExactly("a=thread", "", "b=thread");
        assertThat(PlanText.entries("")).containsExactly("");
    }
}
