package dev.forkful.cli;

import dev.forkful.console.LineMode;
import dev.forkful.flow.GameLoop;
import dev.forkful.flow.LiveBackend;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.LevelException;
import dev.forkful.level.Visible;
import dev.forkful.save.DataDir;
import dev.forkful.save.SaveFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code forkful shell}: the line-mode game (JLine 3). */
@Command(name = "shell", mixinStandardHelpOptions = true, description = "Play in line mode: commands, history, tab completion.")
final class ShellCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "LEVEL",
            description = "A level to open directly: its number in the campaign, its id, or a level file.")
    String level;

    @Mixin
    CampaignChoice choice = new CampaignChoice();

    @Override
    public Integer call() throws Exception {
        Path data = DataDir.resolve();
        try {
            CampaignChapters campaign = choice.campaign();
            SaveFile save = CampaignChoice.save(data, campaign);
            GameLoop loop = new GameLoop(new LiveBackend(CodeCommand::program), save, PlayCommand.startState(level, campaign, save));
            return LineMode.play(loop, data) ? ExitCodes.CTRL_C : ExitCodes.OK;
        } catch (LevelException e) {
            System.err.println(Visible.text(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
    }
}
