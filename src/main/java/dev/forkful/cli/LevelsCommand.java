package dev.forkful.cli;

import dev.forkful.console.CampaignText;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.LevelException;
import dev.forkful.level.Visible;
import dev.forkful.save.DataDir;
import dev.forkful.save.SaveFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code forkful levels [--levels DIR]}: a campaign's chapters and levels with the player's stars. */
@Command(name = "levels", mixinStandardHelpOptions = true, description = "List the campaign with your stars.")
final class LevelsCommand implements Callable<Integer> {
    @Mixin
    CampaignChoice choice = new CampaignChoice();

    @Override
    public Integer call() {
        CampaignChapters campaign;
        try {
            campaign = choice.campaign();
        } catch (LevelException e) {
            System.err.println(Visible.text(e.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        SaveFile.Loaded loaded = CampaignChoice.save(DataDir.resolve(), campaign).load();
        loaded.problem().ifPresent(p -> System.err.println("forkful: " + p));
        CampaignText.lines(campaign, loaded.progress()).forEach(System.out::println);
        return ExitCodes.OK;
    }
}
