package dev.forkful.flow;

import dev.forkful.level.CampaignChapters;
import dev.forkful.level.Level;
import dev.forkful.save.LevelProgress;
import dev.forkful.save.Progress;
import java.util.List;
import java.util.Optional;

/**
 * The whole game at one moment. Immutable: {@link Flow#update} makes the next one.
 *
 * @param campaign the levels in chapters, in play order
 * @param notice   one message for the player (a locked level, a damaged save), cleared by the next key
 * @param effects  what the update that made this state asks the {@link GameLoop} to do
 * @param runs     how many runs were started, so that events of an abandoned run can be told apart
 * @param quit     the game is over
 */
public record GameState(Screen screen, CampaignChapters campaign, Progress progress, int columns, int rows,
        Optional<String> notice, List<Effect> effects, int runs, boolean quit) {

    public GameState {
        effects = List.copyOf(effects);
    }

    /** The level map with the first level not yet starred highlighted. */
    public static GameState start(CampaignChapters campaign, Progress progress, Optional<String> notice) {
        List<Level> levels = campaign.levels();
        int first = 0;
        while (first < levels.size() - 1 && progress.of(levels.get(first).id()).stars() > 0
                && progress.isUnlocked(ids(levels), levels.get(first + 1).id())) {
            first++;
        }
        return new GameState(new Screen.LevelMap(first), campaign, progress, 80, 24, notice, List.of(), 0, false);
    }

    public static List<String> ids(List<Level> levels) {
        return levels.stream().map(Level::id).toList();
    }

    /** The campaign's levels in play order. */
    public List<Level> levels() {
        return campaign.levels();
    }

    public boolean unlocked(Level level) {
        return progress.isUnlocked(ids(levels()), level.id());
    }

    /** The player's record on {@code level}: a campaign level's by its id, a loose file's by its path. */
    public LevelProgress record(Level level) {
        return levels().contains(level) ? progress.of(level.id()) : progress.ofFile(level.source());
    }

    /** The progress with {@code level}'s record replaced, kept where {@link #record} finds it. */
    public Progress withRecord(Level level, LevelProgress record) {
        return levels().contains(level) ? progress.with(level.id(), record) : progress.withFile(level.source(), record);
    }

    GameState screen(Screen next) {
        return new GameState(next, campaign, progress, columns, rows, notice, effects, runs, quit);
    }

    GameState progress(Progress next) {
        return new GameState(screen, campaign, next, columns, rows, notice, effects, runs, quit);
    }

    GameState size(int cols, int rowCount) {
        return new GameState(screen, campaign, progress, cols, rowCount, notice, effects, runs, quit);
    }

    GameState notice(String message) {
        return new GameState(screen, campaign, progress, columns, rows, Optional.ofNullable(message), effects, runs, quit);
    }

    GameState effects(List<Effect> next) {
        return new GameState(screen, campaign, progress, columns, rows, notice, next, runs, quit);
    }

    GameState nextRun() {
        return new GameState(screen, campaign, progress, columns, rows, notice, effects, runs + 1, quit);
    }

    GameState quitting() {
        return new GameState(screen, campaign, progress, columns, rows, notice, effects, runs, true);
    }
}
