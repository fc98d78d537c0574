package dev.forkful.cli;

import dev.forkful.console.CampaignText;
import dev.forkful.level.Campaign;
import dev.forkful.save.DataDir;
import dev.forkful.save.SaveFile;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code forkful levels}: the campaign with the player's stars. */
@Command(name = "levels", mixinStandardHelpOptions = true, description = "List the campaign with your stars.")
final class LevelsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        SaveFile.Loaded loaded = new SaveFile(DataDir.resolve()).load();
        loaded.problem().ifPresent(p -> System.err.println("forkful: " + p));
        CampaignText.lines(Campaign.levels(), loaded.progress()).forEach(System.out::println);
        return ExitCodes.OK;
    }
}
