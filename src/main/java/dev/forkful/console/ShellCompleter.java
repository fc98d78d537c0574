package dev.forkful.console;

import dev.forkful.flow.Flow;
import dev.forkful.flow.GameState;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Task;
import dev.forkful.level.Visible;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

/**
 * Tab completion: commands, then level ids after {@code play} (each described by its number and
 * title, since {@code play 3} works too), task ids and models after {@code plan}.
 */
final class ShellCompleter implements Completer {
    private final Supplier<GameState> state;

    ShellCompleter(Supplier<GameState> state) {
        this.state = state;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        // a model may go on with ":N[:nolock]", so no space is added after it
        boolean more = line.wordIndex() == 2 && line.words().getFirst().equals("plan");
        boolean levels = line.wordIndex() == 1 && line.words().getFirst().equals("play");
        GameState s = state.get();
        words(line.words(), line.wordIndex()).forEach(w -> candidates.add(new Candidate(w, w, null,
                levels ? description(s, w) : null, null, null, !more)));
    }

    /** A level id's number and title, shown beside it in the list of candidates. */
    private static String description(GameState s, String id) {
        return s.campaign().byNumberOrId(id).map(l -> s.campaign().number(l) + " " + Visible.line(l.title())).orElse(null);
    }

    /** The words that fit at {@code index} after the words before it. */
    List<String> words(List<String> words, int index) {
        if (index == 0) {
            return Shell.COMMANDS;
        }
        GameState s = state.get();
        return switch (words.getFirst()) {
            case "play" -> index == 1 ? s.levels().stream().map(Level::id).toList() : List.of();
            case "plan" -> switch (index) {
                case 1 -> Flow.currentLevel(s).map(l -> l.tasks().stream().map(Task::id).toList()).orElse(List.of());
                case 2 -> Flow.currentLevel(s).flatMap(l -> l.task(words.get(1))).map(Task::models)
                        .orElse(List.of(Model.values())).stream().map(Model::id).toList();
                default -> List.of();
            };
            default -> List.of();
        };
    }
}
