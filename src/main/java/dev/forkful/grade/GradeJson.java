package dev.forkful.grade;

import com.google.gson.stream.JsonWriter;
import dev.forkful.level.Level;
import dev.forkful.level.LevelProblem;
import dev.forkful.score.RunFacts;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Optional;

/**
 * A gradebook as one JSON object, for feedback: each student's cells with the full run results,
 * the very objects {@code run --json} prints (with their explanations), and every problem.
 */
public final class GradeJson {
    private GradeJson() {
    }

    /**
     * @param seed    the seed every run was played with; empty when each level's own
     * @param version the game's version, as {@code run --json} says it
     */
    public static void write(Gradebook book, int repeat, Optional<Long> seed, String version, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.beginObject().name("repeat").value(repeat).name("students").beginArray();
        for (Gradebook.Sheet sheet : book.sheets()) {
            json.beginObject().name("student").value(sheet.student()).name("file").value(sheet.file())
                    .name("total_stars").value(sheet.totalStars()).name("levels").beginArray();
            for (Level level : book.levels()) {
                json.beginObject().name("level").value(level.id());
                switch (sheet.cells().get(level.id())) {
                    case Gradebook.Graded g -> {
                        json.name("status").value("graded").name("plan").value(g.plan()).name("stars").value(g.played().stars());
                        StringWriter result = new StringWriter();
                        g.played().json(RunFacts.here(seed.orElse(level.kitchen().seed()), version), result);
                        json.name("result").jsonValue(result.toString());
                    }
                    case Gradebook.Missing m -> json.name("status").value("missing");
                    case Gradebook.Refused r -> json.name("status").value("refused").name("problem").value(r.why().toString());
                }
                json.endObject();
            }
            json.endArray().endObject();
        }
        json.endArray().name("problems").beginArray();
        for (LevelProblem p : book.problems()) {
            json.value(p.toString());
        }
        json.endArray().endObject();
        json.flush();
    }
}
