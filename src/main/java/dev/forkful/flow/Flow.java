package dev.forkful.flow;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.EngineEvent;
import dev.forkful.engine.Plan;
import dev.forkful.engine.PlanParser;
import dev.forkful.level.LevelLimits;
import dev.forkful.level.Level;
import dev.forkful.level.Model;
import dev.forkful.level.Task;
import dev.forkful.save.LevelProgress;
import dev.forkful.save.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The game's rules of movement: {@link #update} takes a state and an event and returns the next
 * state, with the effects it asks for. Pure: no terminal, no engine, no clock.
 *
 * <p>Enter always takes the default: map → briefing → plan → kitchen → results → map. q or Esc goes
 * back (and quits from the map); Ctrl-C quits from anywhere.
 */
public final class Flow {
    /** Said on stderr once the terminal is restored after Ctrl-C, so the game does not end without a word. */
    public static final String STOPPED_BY_CTRL_C = "forkful: stopped (Ctrl-C); the kitchens were shut down.";

    private Flow() {
    }

    public static GameState update(GameState state, FlowEvent event) {
        GameState s = state.effects(List.of());
        return switch (event) {
            case FlowEvent.Resized r -> s.size(r.columns(), r.rows());
            case FlowEvent.ScrollTo t -> scrollTo(s, Math.max(0, t.offset()));
            case FlowEvent.Quit q -> quit(s);
            case FlowEvent.Pressed p when p.key().kind() == Key.Kind.CTRL_C -> quit(s);
            case FlowEvent.Pressed p -> onKey(s.notice(null), p.key());
            case FlowEvent.FromEngine e -> onEngine(s, e.run(), e.event());
            case FlowEvent.Scored r -> onScored(s, r);
            case FlowEvent.Failed f -> onFailed(s, f);
            case FlowEvent.ProgramWritten p -> ResultsKeys.written(s, p);
            case FlowEvent.Open o -> open(s.notice(null), o.levelId());
            case FlowEvent.Assign a -> assign(s.notice(null), a.task(), a.assignment());
            case FlowEvent.Run r -> run(s.notice(null));
            case FlowEvent.Hint h -> hint(s.notice(null));
        };
    }

    /** The level whose screen is shown, if any. */
    public static Optional<Level> currentLevel(GameState s) {
        return switch (s.screen()) {
            case Screen.LevelMap m -> Optional.empty();
            case Screen.Briefing b -> Optional.of(b.level());
            case Screen.Planning p -> Optional.of(p.level());
            case Screen.Cooking c -> Optional.of(c.level());
            case Screen.Results r -> Optional.of(r.level());
        };
    }

    /** The hints of the current level revealed so far. */
    public static List<String> hintsShown(GameState s) {
        return currentLevel(s).map(l -> l.hints().subList(0, Math.min(l.hints().size(),
                s.record(l).hintsSeen()))).orElse(List.of());
    }

    private static GameState quit(GameState s) {
        List<Effect> effects = s.screen() instanceof Screen.Cooking ? List.of(new Effect.StopKitchen()) : List.of();
        return s.effects(effects).quitting();
    }

    private static GameState onKey(GameState s, Key key) {
        if (s.columns() < MIN_COLUMNS || s.rows() < MIN_ROWS) {
            return key.isBack() ? quit(s) : s;
        }
        if (key.is('h') && !(s.screen() instanceof Screen.LevelMap)) {
            return hint(s);
        }
        return switch (s.screen()) {
            case Screen.LevelMap m -> mapKey(s, m, key);
            case Screen.Briefing b -> key.kind() == Key.Kind.ENTER ? plan(s, b.level(), PlanParser.defaults(b.level()), Optional.empty())
                    : key.isBack() ? toMap(s, b.level()) : s;
            case Screen.Planning p -> planKey(s, p, key);
            case Screen.Cooking c -> key.isBack()
                    ? s.screen(new Screen.Planning(c.level(), c.plan(), 0, c.previous())).effects(List.of(new Effect.StopKitchen()))
                            .notice("the kitchens were stopped")
                    : s;
            case Screen.Results r -> ResultsKeys.on(s, r, key)
                    .orElseGet(() -> key.kind() == Key.Kind.ENTER ? toMap(s, nextLevel(s, r.level()))
                    : key.is('r') ? plan(s, r.level(), r.result().plan(), Optional.of(r.result()))
                    : key.isBack() ? toMap(s, r.level()) : s);
        };
    }

    /** The smallest terminal the screens fit in; smaller, only quitting is possible. */
    public static final int MIN_COLUMNS = 80;
    public static final int MIN_ROWS = 24;


    private static GameState mapKey(GameState s, Screen.LevelMap m, Key key) {
        int n = s.levels().size();
        return switch (key.kind()) {
            case UP -> s.screen(new Screen.LevelMap(Math.max(0, m.selected() - 1)));
            case DOWN -> s.screen(new Screen.LevelMap(Math.min(n - 1, m.selected() + 1)));
            case ENTER -> n == 0 ? s : open(s, s.levels().get(m.selected()).id());
            case ESCAPE -> quit(s);
            default -> key.is('q') ? quit(s) : s;
        };
    }

    private static GameState planKey(GameState s, Screen.Planning p, Key key) {
        List<Task> tasks = p.level().tasks();
        int row = p.row();
        Task task = tasks.get(row);
        Assignment a = p.plan().assignments().get(task.id());
        return switch (key.kind()) {
            case ENTER -> run(s);
            case UP -> s.screen(new Screen.Planning(p.level(), p.plan(), Math.max(0, row - 1), p.previous()));
            case DOWN -> s.screen(new Screen.Planning(p.level(), p.plan(), Math.min(tasks.size() - 1, row + 1), p.previous()));
            case LEFT, RIGHT -> {
                List<Model> models = task.models();
                int at = models.indexOf(a.model()) + (key.kind() == Key.Kind.RIGHT ? 1 : -1);
                Model next = models.get(Math.floorMod(at, models.size()));
                yield assign(s, task.id(), new Assignment(next, a.workers(), a.lock()));
            }
            case ESCAPE -> s.screen(new Screen.Briefing(p.level()));
            default -> key.is('q') ? s.screen(new Screen.Briefing(p.level()))
                    : (key.ch() == '+' || key.ch() == '=' || key.ch() == '-') && !a.model().takesWorkerCount()
                            ? s.notice("a " + a.model().id() + " kitchen takes no count: "
                                    + (a.model() == Model.COROUTINE ? "one event loop, one coroutine per order" : "one virtual thread per order"))
                    : key.ch() == '+' || key.ch() == '=' ? assign(s, task.id(), new Assignment(a.model(), a.workers() + 1, a.lock()))
                    : key.ch() == '-' ? assign(s, task.id(), new Assignment(a.model(), a.workers() - 1, a.lock()))
                    : key.is('l') && !hasFridgeLock(a.model(), task) ? s.notice(noLockReason(a.model(), task))
                    : key.is('l') ? assign(s, task.id(), new Assignment(a.model(), a.workers(), !a.lock()))
                    : s;
        };
    }

    /** Where there is no lock to drop ({@link Task#hasFridgeLock}) a plan keeps it, so the plan's text and the run agree. */
    static boolean hasFridgeLock(Model model, Task task) {
        return task.hasFridgeLock(model);
    }

    private static String noLockReason(Model model, Task task) {
        return model == Model.THREAD || model == Model.VIRTUAL ? task.id() + " never opens the fridge: there is no lock to drop"
                : "a " + model.id() + " kitchen has no fridge lock: " + (model == Model.PROCESS
                        ? "each house asks the pantry over a pipe, one request and reply at a time"
                        : "the one loop runs nothing else between a fridge read and its write");
    }

    private static GameState toMap(GameState s, Level level) {
        int at = s.levels().indexOf(level);
        return s.screen(new Screen.LevelMap(Math.max(0, at)));
    }

    private static Level nextLevel(GameState s, Level level) {
        int at = s.levels().indexOf(level);
        if (at >= 0 && at + 1 < s.levels().size() && s.unlocked(s.levels().get(at + 1))) {
            return s.levels().get(at + 1);
        }
        return level;
    }

    private static GameState plan(GameState s, Level level, Plan plan, Optional<RunResult> previous) {
        return s.screen(new Screen.Planning(level, plan, 0, previous));
    }

    /** Opens a campaign level named by its number or id. */
    private static GameState open(GameState s, String numberOrId) {
        Optional<Level> level = s.campaign().byNumberOrId(numberOrId);
        if (level.isEmpty()) {
            return s.notice(numberOrId.matches("\\d+") ? "no level " + numberOrId + ": the levels are numbered 1 to " + s.levels().size()
                    : "no level '" + numberOrId + "' in the campaign");
        }
        if (!s.unlocked(level.get())) {
            int at = s.levels().indexOf(level.get());
            return s.notice("'" + level.get().id() + "' is locked: earn a star on '" + s.levels().get(at - 1).id() + "' first");
        }
        return s.screen(new Screen.Briefing(level.get()));
    }

    /** Opens a level that is not part of the campaign (a workshop file): its briefing, then back to the map. */
    public static GameState openFile(GameState s, Level level) {
        return s.screen(new Screen.Briefing(level));
    }

    private static GameState assign(GameState s, String taskId, Assignment wanted) {
        Optional<Level> level = currentLevel(s);
        if (level.isEmpty()) {
            return s.notice("open a level first");
        }
        Optional<Task> task = level.get().task(taskId);
        if (task.isEmpty()) {
            return s.notice("no task '" + taskId + "' in " + level.get().id());
        }
        if (!task.get().models().contains(wanted.model())) {
            return s.notice(taskId + " cannot be cooked by " + wanted.model().id() + " here");
        }
        int most = wanted.model().takesWorkerCount() ? Math.min(task.get().maxWorkers(wanted.model()), LevelLimits.maxWorkers(wanted.model())) : 1;
        int workers = Math.clamp(wanted.workers(), 1, most);
        Plan base = s.screen() instanceof Screen.Planning p ? p.plan() : PlanParser.defaults(level.get());
        Map<String, Assignment> next = new LinkedHashMap<>(base.assignments());
        boolean lock = wanted.lock() || !hasFridgeLock(wanted.model(), task.get());
        next.put(taskId, new Assignment(wanted.model(), workers, lock));
        int row = level.get().tasks().indexOf(task.get());
        Optional<RunResult> previous = switch (s.screen()) {
            case Screen.Planning p -> p.previous();
            case Screen.Results r -> Optional.of(r.result());
            default -> Optional.empty();
        };
        GameState planned = s.screen(new Screen.Planning(level.get(), new Plan(next), row, previous));
        return workers == wanted.workers() || !wanted.model().takesWorkerCount() ? planned
                : planned.notice(taskId + " takes 1 to " + most + " " + wanted.model().id() + " workers");
    }

    private static GameState run(GameState s) {
        Screen.Planning p = switch (s.screen()) {
            case Screen.Planning planning -> planning;
            case Screen.Briefing b -> new Screen.Planning(b.level(), PlanParser.defaults(b.level()), 0, Optional.empty());
            case Screen.Results r -> new Screen.Planning(r.level(), r.result().plan(), 0, Optional.of(r.result()));
            default -> null;
        };
        if (p == null) {
            return s.notice(s.screen() instanceof Screen.Cooking ? "the kitchens are already cooking" : "open a level first");
        }
        GameState next = s.nextRun();
        int run = next.runs();
        return next.screen(new Screen.Cooking(run, p.level(), p.plan(), LiveKitchen.start(p.level()), p.previous()))
                .effects(List.of(new Effect.StartKitchen(run, p.level(), p.plan(), p.level().kitchen().seed())));
    }

    private static GameState hint(GameState s) {
        Optional<Level> level = currentLevel(s);
        if (level.isEmpty()) {
            return s.notice("open a level to get its hints");
        }
        LevelProgress record = s.record(level.get());
        int total = level.get().hints().size();
        if (record.hintsSeen() >= total) {
            return s.notice(total == 0 ? "this level has no hints" : "no more hints: that was all " + total);
        }
        Progress next = s.withRecord(level.get(), record.withHintsSeen(record.hintsSeen() + 1));
        return atTop(s).progress(next).effects(List.of(new Effect.Save(next)));
    }

    /** Scrolls a long page back to its top, where the newest hint is shown (the results' verdict, not its timeline). */
    private static GameState atTop(GameState s) {
        GameState verdict = s.screen() instanceof Screen.Results r ? s.screen(r.page(Screen.ResultsPage.SCORE)) : s;
        return scrollTo(verdict, 0);
    }

    private static GameState scrollTo(GameState s, int offset) {
        return switch (s.screen()) {
            case Screen.Briefing b -> s.screen(new Screen.Briefing(b.level(), offset));
            case Screen.Results r when r.page() == Screen.ResultsPage.TIMELINE -> s.screen(r.window(r.window().firstLane(offset)));
            case Screen.Results r when r.page() == Screen.ResultsPage.CODE && r.program().isPresent() -> s.screen(r.program(
                    new Screen.Program(r.program().get().lang(), r.program().get().lines(), offset)));
            case Screen.Results r -> s.screen(r.scroll(offset));
            default -> s;
        };
    }

    private static GameState onEngine(GameState s, int run, EngineEvent event) {
        if (s.screen() instanceof Screen.Cooking c && c.run() == run) {
            return s.screen(new Screen.Cooking(run, c.level(), c.plan(), c.live().on(event), c.previous()));
        }
        return s;
    }

    private static GameState onScored(GameState s, FlowEvent.Scored scored) {
        if (!(s.screen() instanceof Screen.Cooking c) || c.run() != scored.run()) {
            return s;
        }
        var score = scored.score();
        Level level = c.level();
        Progress progress = s.withRecord(level, s.record(level)
                .withRun(score.stars(), score.total().wallMs(), score.total().served() == score.total().orders(),
                        score.total().throughputPerS(), c.plan().toString()));
        // only a campaign level opens the next one: a loose file's stars are its own
        int at = s.levels().indexOf(level);
        if (score.stars() > 0 && at >= 0 && at + 1 < s.levels().size()) {
            progress = progress.unlock(s.levels().get(at + 1).id());
        }
        RunResult result = new RunResult(c.plan(), score, scored.explain(), scored.timeline());
        List<Effect> effects = new ArrayList<>();
        effects.add(new Effect.Save(progress));
        return s.progress(progress).screen(new Screen.Results(level, result, c.previous(), c.live())).effects(effects);
    }

    private static GameState onFailed(GameState s, FlowEvent.Failed f) {
        if (s.screen() instanceof Screen.Cooking c && c.run() == f.run()) {
            return s.screen(new Screen.Planning(c.level(), c.plan(), 0, c.previous())).notice(f.message());
        }
        return s;
    }
}
