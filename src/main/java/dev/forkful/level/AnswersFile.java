package dev.forkful.level;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A student's hand-in, read with the level files' TOML machinery so that every problem has its line:
 * {@code student = "ada"}, {@code campaign = "..."} and a {@code [plans]} table of level id to plan,
 * the plan as {@code run --plan} takes it. The plans themselves are checked by whoever plays them.
 *
 * @param file     the file as given, for messages
 * @param student  who handed it in; the file's name when it does not say
 * @param readable whether the file was TOML at all: when not, nothing of it can be graded
 * @param plans    one entry per known level id, in the file's order
 * @param problems what is wrong, by line; a file that could not be read has no plans and at least one
 */
public record AnswersFile(String file, String student, boolean readable, List<Handed> plans, List<LevelProblem> problems) {
    private static final Set<String> TOP_KEYS = LevelText.keys("student", "campaign", "plans");

    public AnswersFile {
        plans = List.copyOf(plans);
        problems = List.copyOf(problems);
    }

    /** One level's plan, and the line it is on. */
    public record Handed(Level level, String plan, int line) {}

    /** The answers in {@code path}, for the levels of {@code campaign}, named {@code campaignName} in hand-ins. */
    public static AnswersFile read(Path path, CampaignChapters campaign, String campaignName) {
        String shown = path.toString();
        String fallback = Optional.ofNullable(path.getFileName()).map(Path::toString).orElse(shown).replaceFirst("\\.toml$", "");
        List<LevelProblem> problems = new ArrayList<>();
        List<Handed> plans = new ArrayList<>();
        String student = fallback;
        boolean readable = false;
        try {
            String text = LevelLoader.text(shown, LevelLoader.bytesOf(path));
            String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
            TomlOutline outline = TomlOutline.scan(body);
            Optional<Map<String, Object>> document = LevelLoader.document(shown, body, outline, problems);
            if (document.isPresent()) {
                TomlTable top = new TomlTable(new TomlTable.Sink(shown, outline, problems), "", "the answers file", document.get());
                student = read(top, campaign, campaignName, plans).orElse(fallback);
                readable = true;
            }
        } catch (LevelException e) {
            problems.addAll(e.problems());
        }
        problems.sort(Comparator.comparingInt(LevelProblem::line));
        return new AnswersFile(shown, student, readable, plans, problems);
    }

    /** The student's name, after reading the plans into {@code plans}. */
    private static Optional<String> read(TomlTable top, CampaignChapters campaign, String campaignName, List<Handed> plans) {
        top.rejectUnknownKeys(TOP_KEYS);
        Optional<String> student = top.require("student", "= \"...\" (who hands it in, e.g. student = \"ada\")")
                ? LevelText.nonBlank(top, "student", "\"ada\"") : Optional.empty();
        top.string("campaign", "\"" + campaignName + "\"").filter(c -> !c.equals(campaignName)).ifPresent(c ->
                top.problem("campaign", "these plans are for the campaign \"" + c + "\", graded here as \"" + campaignName
                        + "\": check --levels"));
        if (top.require("plans", "table: write [plans], then one line per level, e.g. peeler = \"potatoes=thread:2\"")) {
            top.table("plans", "[plans]", "[plans] with peeler = \"potatoes=thread:2\"").ifPresent(t -> {
                List<String> ids = campaign.levels().stream().map(Level::id).toList();
                for (String id : t.keys()) {
                    Optional<Level> level = campaign.levels().stream().filter(l -> l.id().equals(id)).findFirst();
                    if (level.isEmpty()) {
                        t.problem(id, "no level \"" + id + "\" in " + campaignName + Suggest.didYouMean(id, ids)
                                + (Suggest.closest(id, ids).isEmpty() ? " (levels: " + String.join(", ", ids) + ")" : ""));
                        continue;
                    }
                    t.string(id, "\"potatoes=thread:2\"").ifPresent(plan -> plans.add(new Handed(level.get(), plan, t.lineOf(id))));
                }
            });
        }
        return student;
    }
}
