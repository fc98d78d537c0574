package dev.forkful.console;

import dev.forkful.engine.Assignment;
import dev.forkful.engine.Plan;
import dev.forkful.engine.PlanException;
import dev.forkful.engine.PlanParser;
import dev.forkful.flow.Flow;
import dev.forkful.flow.FlowEvent;
import dev.forkful.flow.GameLoop;
import dev.forkful.flow.GameState;
import dev.forkful.flow.LiveKitchen;
import dev.forkful.flow.Screen;
import dev.forkful.level.Level;
import dev.forkful.level.Plain;
import dev.forkful.level.Suggest;
import dev.forkful.level.Visible;
import dev.forkful.save.LevelProgress;
import dev.forkful.save.Progress;
import dev.forkful.view.Pages;
import dev.forkful.view.Style;
import dev.forkful.view.Words;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * The line mode: commands over the same game flow as the full screen, printed as plain lines (no
 * cursor tricks in its own output, so a screen reader reads it in order), with tab completion and
 * a history kept in the data folder.
 */
public final class Shell {
    static final List<String> COMMANDS = List.of("levels", "play", "tasks", "plan", "run", "hint", "explain", "timeline", "help", "quit");
    /** The width when the terminal does not know its own (piped output, a dumb terminal). */
    private static final int FALLBACK_WIDTH = 80;
    private static final Style TEXT = new Style(true, false);

    private final GameLoop loop;
    private final Terminal terminal;
    private final PrintWriter out;
    private final Path historyFile;
    private final boolean interactive;
    private RunPrinter printer;
    private volatile boolean ctrlC;

    /**
     * @param interactive the player types at a terminal: show a prompt. Piped commands get no prompt,
     *                    so each answer starts on a line of its own.
     */
    public Shell(GameLoop loop, Terminal terminal, Path historyFile, boolean interactive) {
        this.loop = loop;
        this.terminal = terminal;
        this.out = terminal.writer();
        this.historyFile = historyFile;
        this.interactive = interactive;
    }

    /**
     * Reads commands until {@code quit}, end of input or Ctrl-C; the kitchens are stopped when it returns.
     *
     * @return whether Ctrl-C ended it
     */
    public boolean run() throws InterruptedException {
        QuietHistory history = new QuietHistory();
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("forkful")
                .completer(new ShellCompleter(loop::state))
                .variable(LineReader.HISTORY_FILE, historyFile)
                .history(history)
                .build();
        Thread flow = Thread.ofPlatform().name("forkful-flow").start(() -> {
            try {
                loop.run(this::frame, Duration.ofMillis(250));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // Ctrl-C while the kitchens cook (no line being read): leave like quit, through the finally below
        terminal.handle(Terminal.Signal.INT, signal -> {
            ctrlC = true;
            loop.submit(new FlowEvent.Quit());
        });
        try {
            say("forkful line mode. Type help for the commands; Tab completes.");
            loop.state().notice().ifPresent(this::say);
            while (!loop.state().quit()) {
                String line;
                try {
                    line = reader.readLine(prompt());
                } catch (UserInterruptException e) {
                    ctrlC = true;
                    break;
                } catch (EndOfFileException e) {
                    break;
                }
                history.unsaid().ifPresent(this::say);
                if (!command(line.strip())) {
                    break;
                }
            }
        } finally {
            loop.submit(new FlowEvent.Quit());
            flow.join(5_000);
            loop.close();
            history.save();
            history.unsaid().ifPresent(this::say);
            if (ctrlC) {
                System.err.println(Flow.STOPPED_BY_CTRL_C);
            }
        }
        return ctrlC;
    }

    private String prompt() {
        if (!interactive) {
            return "";
        }
        return Flow.currentLevel(loop.state()).map(l -> "forkful " + l.id() + "> ").orElse("forkful> ");
    }

    /** Runs one command; false when the player quits. */
    boolean command(String line) throws InterruptedException {
        if (line.isEmpty()) {
            return true;
        }
        String[] words = line.split("\\s+");
        switch (words[0]) {
            case "levels" -> CampaignText.lines(loop.state().campaign(), loop.state().progress()).forEach(this::say);
            case "play" -> play(words);
            case "tasks" -> tasks();
            case "plan" -> plan(words);
            case "run" -> cook();
            case "hint" -> hint();
            case "explain" -> explain();
            case "timeline" -> timeline(words);
            case "help" -> help();
            case "quit", "exit" -> {
                return false;
            }
            default -> say("unknown command '" + words[0] + "'" + Suggest.closest(words[0], COMMANDS)
                    .map(c -> "; did you mean \"" + c + "\"?").orElse("; type help for the commands"));
        }
        return true;
    }

    private void play(String[] words) throws InterruptedException {
        if (words.length != 2) {
            say("usage: play LEVEL   (its number or its id; levels lists them)");
            return;
        }
        GameState s = step(new FlowEvent.Open(words[1]));
        if (s.notice().isPresent()) {
            // not opened (unknown or locked): the level shown before, if any, stays, and is not printed again
            say(s.notice().get() + Suggest.didYouMean(words[1], GameState.ids(s.levels())));
        } else if (s.screen() instanceof Screen.Briefing) {
            page(s);
            say("Next: tasks, plan TASK MODEL[:N[:nolock]], run (hint for a hint).");
        }
    }

    /** The level being played, or empty after telling the player to open one. */
    private Optional<Level> levelOrSay(GameState s) {
        Optional<Level> level = Flow.currentLevel(s);
        if (level.isEmpty()) {
            say("play a level first (levels lists them)");
        }
        return level;
    }

    private void tasks() throws InterruptedException {
        GameState s = loop.state();
        Optional<Level> level = levelOrSay(s);
        if (level.isEmpty()) {
            return;
        }
        if (!(s.screen() instanceof Screen.Planning)) {
            // opening the plan with its defaults, as Enter does on the briefing
            s = step(new FlowEvent.Assign(level.get().tasks().getFirst().id(), current(s, level.get().tasks().getFirst().id())));
        }
        page(s);
    }

    private static Assignment current(GameState s, String task) {
        Level level = Flow.currentLevel(s).orElseThrow();
        return switch (s.screen()) {
            case Screen.Planning p -> p.plan().assignments().get(task);
            case Screen.Results r -> r.result().plan().assignments().get(task);
            default -> PlanParser.defaults(level).assignments().get(task);
        };
    }

    private void plan(String[] words) throws InterruptedException {
        Optional<Level> level = levelOrSay(loop.state());
        if (level.isEmpty()) {
            return;
        }
        if (words.length != 3) {
            say("usage: plan TASK MODEL[:N[:nolock]]   e.g. plan soup thread:4 or plan stew thread:8:nolock");
            return;
        }
        Assignment wanted;
        try {
            wanted = PlanParser.parse(level.get(), List.of(words[1] + "=" + words[2])).assignments().get(words[1]);
        } catch (PlanException e) {
            say(e.getMessage());
            return;
        }
        GameState s = step(new FlowEvent.Assign(words[1], wanted));
        s.notice().ifPresent(this::say);
        if (s.screen() instanceof Screen.Planning p) {
            say("plan: " + p.plan());
        }
    }

    private void cook() throws InterruptedException {
        Optional<Level> level = levelOrSay(loop.state());
        if (level.isEmpty()) {
            return;
        }
        printer = new RunPrinter();
        int runsBefore = loop.state().runs();
        GameState started = step(new FlowEvent.Run());
        // a quick run may be scored before this thread looks: its results are shown all the same
        Optional<Plan> plan = switch (started.screen()) {
            case Screen.Cooking c -> Optional.of(c.plan());
            case Screen.Results r when started.runs() > runsBefore -> Optional.of(r.result().plan());
            default -> Optional.empty();
        };
        if (plan.isEmpty()) {
            started.notice().ifPresent(this::say);
            return;
        }
        say("cooking " + level.get().title() + " with " + plan.get() + " ...");
        Duration limit = level.get().kitchen().timeLimit().plusSeconds(60);
        try {
            GameState done = loop.await(st -> st.quit() || !(st.screen() instanceof Screen.Cooking), limit);
            if (done.screen() instanceof Screen.Results r) {
                printer.print(r.live());
                page(done);
                done.notice().ifPresent(this::say); // a save that failed
                say("Next: explain, timeline, hint, plan and run again (the results then show both plans), or levels.");
            } else {
                done.notice().ifPresent(this::say);
            }
        } catch (TimeoutException e) {
            say("the kitchens did not finish in " + LiveKitchen.millis(limit.toMillis()) + "; stopping them");
            loop.submit(new FlowEvent.Quit());
        } finally {
            printer = null;
        }
    }

    private void hint() throws InterruptedException {
        int had = Flow.hintsShown(loop.state()).size();
        GameState s = step(new FlowEvent.Hint());
        List<String> shown = Flow.hintsShown(s);
        if (shown.size() > had) {
            Level l = Flow.currentLevel(s).orElseThrow();
            say("hint " + shown.size() + " of " + l.hints().size() + ": " + shown.getLast());
        }
        s.notice().ifPresent(this::say); // no more hints, or a save that failed
    }

    private void explain() {
        if (loop.state().screen() instanceof Screen.Results r) {
            r.result().explain().forEach(e -> say("- " + e));
            List<String> lesson = Words.wrap(r.level().lesson(), width() - 8);
            for (int i = 0; i < lesson.size(); i++) {
                say((i == 0 ? "Lesson: " : "        ") + lesson.get(i));
            }
        } else {
            say("run a level first; explain tells what happened in the last run and why");
        }
    }

    /** The last run as it happened, one row per chef, from row {@code words[1]} on (the first by default). */
    private void timeline(String[] words) {
        if (words.length > 2 || words.length == 2 && !words[1].matches("\\d{1,6}")) {
            say("usage: timeline [ROW]   the last run over time; with many chefs, from row ROW on (1 is the first)");
            return;
        }
        int first = words.length == 2 ? Math.max(0, Integer.parseInt(words[1]) - 1) : 0;
        Optional<List<String>> text = TimelineText.of(loop.state(), first, TEXT, width(), TimelineText.ROWS);
        if (text.isEmpty()) {
            say("run a level first; timeline shows what each chef did when");
            return;
        }
        text.get().forEach(this::say);
    }

    private void help() {
        say("levels                        the campaign and your stars");
        say("play LEVEL                    open a level's briefing: play 3 or play chopping-board");
        say("tasks                         the level's tasks and the current plan");
        say("plan TASK MODEL[:N[:nolock]]  e.g. plan soup thread:4; models: process, thread, coroutine, virtual");
        say("run                           cook with the current plan: progress lines, then the results");
        say("hint                          the next hint of this level");
        say("explain                       what happened in the last run and why");
        say("timeline [ROW]                what each chef did when in the last run, with served, memory and cores");
        say("quit                          leave (Ctrl-D too)");
    }

    /** Submits an event and waits until the flow has applied it. */
    private GameState step(FlowEvent event) throws InterruptedException {
        GameState before = loop.state();
        loop.submit(event);
        try {
            return loop.await(s -> s != before, Duration.ofSeconds(10));
        } catch (TimeoutException e) {
            return loop.state();
        }
    }

    /** The current screen as lines, without the hints: the line mode prints a hint once, when it is revealed. */
    private void page(GameState s) {
        Pages.text(withoutHints(s), TEXT, width()).forEach(this::say);
    }

    private static GameState withoutHints(GameState s) {
        Progress progress = s.progress();
        Optional<Level> shown = Flow.currentLevel(s);
        if (shown.isPresent()) {
            LevelProgress p = s.record(shown.get());
            progress = s.withRecord(shown.get(), new LevelProgress(p.stars(), p.bestWallMs(), p.bestThroughput(), 0));
        }
        return new GameState(s.screen(), s.campaign(), progress, s.columns(), s.rows(), s.notice(), s.effects(), s.runs(), s.quit());
    }

    /** The terminal's width, or 80 where it is unknown (0 when piped). */
    private int width() {
        int w = terminal.getWidth();
        return w > 0 ? w : FALLBACK_WIDTH;
    }

    /**
     * Prints a line, wrapped at word boundaries to the terminal's width, keeping its indent; level
     * text in it is shown, not obeyed ({@link Visible}), and its own line breaks are reflowed.
     */
    private synchronized void say(String text) {
        int width = width();
        String line = Visible.text(text);
        if (line.length() <= width && line.indexOf('\n') < 0) {
            out.println(line);
        } else {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            String more = indent + "  ";
            List<String> lines = Words.wrap(line.strip(), Math.max(20, width - more.length()));
            for (int i = 0; i < lines.size(); i++) {
                out.println((i == 0 ? indent : more) + lines.get(i));
            }
        }
        out.flush();
    }

    /** On the flow's thread: prints a running kitchen's new log lines and a progress line about once a second. */
    private void frame(GameState s) {
        RunPrinter p = printer;
        if (p != null && s.screen() instanceof Screen.Cooking c) {
            p.print(c.live());
        } else if (p != null && s.screen() instanceof Screen.Results r) {
            p.print(r.live());
        }
    }

    /** Remembers what of one run was printed already. */
    private final class RunPrinter {
        private final LogTail tail = new LogTail();
        private long lastProgressNanos = -1;
        private boolean finishedShown;

        synchronized void print(LiveKitchen live) {
            tail.next(live.log(), live.finished()).forEach(Shell.this::say);
            boolean last = live.finished() && !finishedShown;
            if (last || lastProgressNanos < 0 || live.elapsedNanos() - lastProgressNanos >= 1_000_000_000L) {
                finishedShown |= live.finished();
                lastProgressNanos = live.elapsedNanos();
                say(Plain.format("%7.2fs  served %d of %d, %.1f orders a second", live.elapsedNanos() / 1e9,
                        live.served(), live.orders(), live.throughputPerS()));
            }
        }
    }
}
