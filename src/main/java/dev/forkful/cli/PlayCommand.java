package dev.forkful.cli;

import dev.forkful.console.LineMode;
import dev.forkful.flow.Flow;
import dev.forkful.flow.FlowEvent;
import dev.forkful.flow.GameLoop;
import dev.forkful.flow.GameState;
import dev.forkful.flow.LiveBackend;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.Level;
import dev.forkful.level.LevelException;
import dev.forkful.level.Visible;
import dev.forkful.save.DataDir;
import dev.forkful.save.SaveFile;
import dev.forkful.tui.TerminalApp;
import dev.forkful.view.Style;
import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code forkful play [LEVEL] [--levels DIR]}: the full-screen game, or line mode where the terminal cannot do it. */
@Command(name = "play", mixinStandardHelpOptions = true, description = "Play the game full screen (the default).")
final class PlayCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "LEVEL",
            description = "A level to open directly: its number in the campaign, its id, or a level file.")
    String level;

    @Mixin
    PlayOptions options = new PlayOptions();

    @Option(names = "--theme", paramLabel = "NAME", description = "The colours: default, high-contrast or plain"
            + " (plain is the default under NO_COLOR or --no-color; a theme named here overrides NO_COLOR).")
    void theme(String name) {
        options.theme = name;
    }

    @Mixin
    CampaignChoice choice = new CampaignChoice();

    @Override
    public Integer call() {
        return play(level, choice, options);
    }

    static int play(String level, CampaignChoice choice, PlayOptions options) {
        // the terminal opens while the theme, the campaign and the save are read; nothing shows before play
        TerminalApp app = capableTerminal() ? new TerminalApp().opening() : null;
        Optional<Style> style;
        Path data = DataDir.resolve();
        CampaignChapters campaign;
        GameState start;
        try {
            style = options.style();
            if (style.isEmpty()) {
                abandon(app);
                System.err.println("forkful: " + options.unknownTheme());
                return ExitCodes.BAD_INPUT;
            }
            campaign = choice.campaign();
            start = startState(level, campaign, CampaignChoice.save(data, campaign));
        } catch (LevelException e) {
            abandon(app);
            System.err.println(Visible.text(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        } catch (RuntimeException e) {
            abandon(app);
            throw e;
        }
        GameLoop loop = new GameLoop(new LiveBackend(CodeCommand::program), CampaignChoice.save(data, campaign), start);
        boolean ctrlC = false;
        try {
            ctrlC = app != null ? app.play(style.get(), loop) : LineMode.play(loop, data);
        } catch (IOException e) {
            throw new UncheckedIOException("the terminal failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            loop.close();
        }
        return ctrlC ? ExitCodes.CTRL_C : ExitCodes.OK;
    }

    /** The campaign's map with its saved progress, or a level's briefing when one is named (by number, id or path). */
    static GameState startState(String level, CampaignChapters campaign, SaveFile save) throws LevelException {
        SaveFile.Loaded loaded = save.load();
        GameState start = GameState.start(campaign, loaded.progress(), loaded.problem());
        if (level == null) {
            return start;
        }
        Level chosen = campaign.find(level);
        return campaign.levels().contains(chosen) ? Flow.update(start, new FlowEvent.Open(chosen.id())) : Flow.openFile(start, chosen);
    }

    /** The terminal opened for a game that does not start after all, given back as it was. */
    private static void abandon(TerminalApp app) {
        if (app != null) {
            app.abandon();
        }
    }

    /** A full screen needs a terminal on both ends that can move a cursor. */
    static boolean capableTerminal() {
        Console console = System.console();
        String term = System.getenv("TERM");
        return console != null && console.isTerminal() && term != null && !term.isBlank() && !term.equals("dumb");
    }
}
