package dev.forkful.grade;

import dev.forkful.level.Level;
import dev.forkful.level.Plain;
import dev.forkful.level.Visible;
import dev.forkful.score.Score;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A gradebook as text: a table of student × level with the figures a grade rests on, and each
 * student's total; or as CSV, one row per student × level, for a spreadsheet.
 */
public final class GradeTable {
    private static final List<String> HEADS = List.of("student", "level", "stars", "served", "wall", "crashes", "freezes",
            "lost updates");
    private static final List<String> CSV_HEADS = List.of("student", "file", "level", "status", "plan", "stars", "served",
            "orders", "wall_ms", "crashes", "freezes", "lost_updates", "problem");

    private GradeTable() {
    }

    public static String text(Gradebook book) {
        int stars = 3 * book.levels().size();
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADS);
        for (Gradebook.Sheet sheet : book.sheets()) {
            String student = Visible.line(sheet.student());
            for (Level level : book.levels()) {
                List<String> row = new ArrayList<>(List.of(student, level.id()));
                switch (sheet.cells().get(level.id())) {
                    case Gradebook.Graded g -> {
                        Score.Figures f = g.played().shown().total();
                        row.addAll(List.of(String.valueOf(g.played().stars()), f.served() + "/" + f.orders(),
                                Plain.format("%.2f s", f.wallMs() / 1000.0), String.valueOf(f.crashes().size()),
                                String.valueOf(f.freezes().size()), String.valueOf(f.races())));
                    }
                    case Gradebook.Missing m -> row.addAll(List.of("-", "not handed in"));
                    case Gradebook.Refused r -> row.addAll(List.of("!", "not graded: see " + where(r)));
                }
                rows.add(row);
            }
            rows.add(List.of(student, "total", sheet.totalStars() + "/" + stars));
        }
        return layout(rows);
    }

    private static String where(Gradebook.Refused r) {
        return r.why().line() > 0 ? r.why().file() + ":" + r.why().line() : r.why().file();
    }

    /** Columns padded to their widest cell; a row's last cell may run past its column. */
    private static String layout(List<List<String>> rows) {
        int[] width = new int[HEADS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size() - 1; i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i < row.size() - 1 ? Plain.format("%-" + width[i] + "s  ", row.get(i)) : row.get(i));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    public static String csv(Gradebook book) {
        StringBuilder out = new StringBuilder(String.join(",", CSV_HEADS)).append('\n');
        for (Gradebook.Sheet sheet : book.sheets()) {
            for (Level level : book.levels()) {
                List<String> row = new ArrayList<>(List.of(sheet.student(), sheet.file(), level.id()));
                switch (sheet.cells().get(level.id())) {
                    case Gradebook.Graded g -> {
                        Score.Figures f = g.played().shown().total();
                        row.addAll(List.of("graded", g.plan(), String.valueOf(g.played().stars()), String.valueOf(f.served()),
                                String.valueOf(f.orders()), String.valueOf(f.wallMs()), String.valueOf(f.crashes().size()),
                                String.valueOf(f.freezes().size()), String.valueOf(f.races()), ""));
                    }
                    case Gradebook.Missing m -> row.addAll(List.of("missing", "", "0", "", "", "", "", "", "", ""));
                    case Gradebook.Refused r -> row.addAll(List.of("refused", "", "0", "", "", "", "", "", "", r.why().toString()));
                }
                out.append(row.stream().map(GradeTable::field).collect(Collectors.joining(","))).append('\n');
            }
        }
        return out.toString();
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break, its quotes doubled. */
    static String field(String s) {
        return s.matches("[^,\"\\r\\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
