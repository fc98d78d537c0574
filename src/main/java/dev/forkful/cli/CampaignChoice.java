package dev.forkful.cli;

import dev.forkful.level.Campaign;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.CampaignFolder;
import dev.forkful.level.LevelException;
import dev.forkful.save.SaveFile;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --levels DIR}: which campaign {@code play}, {@code shell} and {@code levels} use, and where its progress is kept. */
final class CampaignChoice {
    @Option(names = "--levels", paramLabel = "DIR",
            description = "Play a folder of level files as its own campaign (in the order of its campaign.toml, else by file name),"
                    + " with its own progress. Default: the built-in campaign.")
    Path folder;

    /** The folder's campaign, or the built-in one; a folder that is not a sound campaign is bad input. */
    CampaignChapters campaign() throws LevelException {
        return folder == null ? Campaign.builtIn() : CampaignFolder.load(folder);
    }

    /** The progress of {@code campaign}, apart from every other campaign's. */
    static SaveFile save(Path dataDir, CampaignChapters campaign) {
        return campaign.key().map(key -> new SaveFile(dataDir, key)).orElseGet(() -> new SaveFile(dataDir));
    }
}
