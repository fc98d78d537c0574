package dev.forkful.level;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a {@code campaign.toml} to chapters by hand, every problem at its line: a title, then
 * {@code [[chapter]]} tables, each with a title and the ids of its levels in play order. Every id
 * must name a level of the folder, and every level of the folder must be listed once.
 */
final class CampaignReader {
    static final String FILE_NAME = "campaign.toml";
    private static final Set<String> TOP_KEYS = LevelText.keys("title", "chapter");
    private static final Set<String> CHAPTER_KEYS = LevelText.keys("title", "levels");

    private final TomlTable.Sink sink;
    /** The folder's levels by id, in file-name order, and the file each came from. */
    private final Map<String, Level> levels;
    private final Map<String, String> fileNames;
    /** Where each id was listed first: its chapter number and that chapter's title. */
    private final Map<String, String> listed = new HashMap<>();

    private CampaignReader(TomlTable.Sink sink, Map<String, Level> levels, Map<String, String> fileNames) {
        this.sink = sink;
        this.levels = levels;
        this.fileNames = fileNames;
    }

    /** The campaign's title and chapters, or empty when problems were added to the sink. */
    static Optional<Read> read(Map<String, Object> document, TomlTable.Sink sink, Map<String, Level> levels,
            Map<String, String> fileNames) {
        int before = sink.problems().size();
        Read read = new CampaignReader(sink, levels, fileNames).campaign(new TomlTable(sink, "", "the campaign file", document));
        return sink.problems().size() == before ? Optional.of(read) : Optional.empty();
    }

    /** What the file says: its title, if any, and the chapters. */
    record Read(Optional<String> title, List<CampaignChapters.Chapter> chapters) {}

    private Read campaign(TomlTable top) {
        top.rejectUnknownKeys(TOP_KEYS);
        Optional<String> title = LevelText.nonBlank(top, "title", "\"The forkful kitchen\"");
        List<CampaignChapters.Chapter> chapters = new ArrayList<>();
        if (top.raw("chapter") instanceof Map<?, ?>) {
            top.problem("chapter", "write [[chapter]] with two brackets on each side: a campaign holds a list of chapters");
        } else if (!top.has("chapter")) {
            if (!top.misspelt("chapter")) {
                sink.add("", "no [[chapter]]: a campaign file lists its levels in chapters, e.g. [[chapter]] with"
                        + " title = \"One chef\" and levels = [\"chopping-board\"] (see levels/README.md)");
            }
        } else {
            top.array("chapter", "[[chapter]]").ifPresent(list -> {
                for (int i = 0; i < list.size(); i++) {
                    String path = "chapter[" + i + "]";
                    if (list.get(i) instanceof Map<?, ?> map) {
                        chapter(new TomlTable(sink, path, "[[chapter]] number " + (i + 1), TomlTable.cast(map)), i + 1)
                                .ifPresent(chapters::add);
                    } else {
                        sink.add(path, "each chapter must be a [[chapter]] table");
                    }
                }
            });
        }
        if (sink.problems().isEmpty()) {
            levels.forEach((id, level) -> {
                if (!listed.containsKey(id)) {
                    sink.problems().add(new LevelProblem(sink.file(), 0, fileNames.get(id) + " (id \"" + id
                            + "\") is in this folder but in no chapter: add \"" + id + "\" to a chapter's levels"));
                }
            });
        }
        return new Read(title, chapters);
    }

    private Optional<CampaignChapters.Chapter> chapter(TomlTable t, int number) {
        t.rejectUnknownKeys(CHAPTER_KEYS);
        Optional<String> title = t.require("title", "= \"...\" (the name the map shows, e.g. title = \"One chef\")")
                ? LevelText.nonBlank(t, "title", "\"One chef\"") : Optional.empty();
        if (!t.require("levels", "= [\"level-id\", ...] (its levels' ids, in play order)")) {
            return Optional.empty();
        }
        Optional<List<?>> ids = t.array("levels", "[\"chopping-board\", \"soup-kitchen\"]");
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        if (ids.get().isEmpty()) {
            t.problem("levels", "levels is empty: a chapter holds at least one level");
            return Optional.empty();
        }
        List<Level> chosen = new ArrayList<>();
        String where = "chapter " + number + title.map(s -> " (\"" + s + "\")").orElse("");
        for (int i = 0; i < ids.get().size(); i++) {
            String key = "levels[" + i + "]";
            if (!(ids.get().get(i) instanceof String id)) {
                t.problem(key, "each level is named by its id in quotes, not " + TomlTable.describe(ids.get().get(i)));
                continue;
            }
            Level level = levels.get(id);
            if (level == null) {
                t.problem(key, unknown(id));
                continue;
            }
            String first = listed.putIfAbsent(id, where);
            if (first != null) {
                t.problem(key, "\"" + id + "\" is listed twice (first in " + first + "); each level is played once");
                continue;
            }
            chosen.add(level);
        }
        return title.map(s -> new CampaignChapters.Chapter(Optional.of(s), chosen));
    }

    /** Why an id names no level here, with the likely one. */
    private String unknown(String id) {
        Map<String, String> idsByFile = new LinkedHashMap<>();
        fileNames.forEach((levelId, file) -> idsByFile.put(file, levelId));
        if (idsByFile.containsKey(id)) {
            return "\"" + id + "\" is a file name: write the level's id, \"" + idsByFile.get(id) + "\"";
        }
        return "no level in this folder has the id \"" + id + "\"" + Suggest.didYouMean(id, levels.keySet())
                + (Suggest.closest(id, levels.keySet()).isEmpty() ? " (ids here: " + String.join(", ", levels.keySet()) + ")" : "");
    }
}
