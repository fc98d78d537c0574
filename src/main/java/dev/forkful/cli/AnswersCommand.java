package dev.forkful.cli;

import dev.forkful.grade.HandIn;
import dev.forkful.level.CampaignChapters;
import dev.forkful.level.LevelException;
import dev.forkful.level.Visible;
import dev.forkful.save.AtomicFile;
import dev.forkful.save.DataDir;
import dev.forkful.save.SaveFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code forkful answers}: the player's best plan on every level played, as an answers file to hand in. */
@Command(name = "answers", mixinStandardHelpOptions = true,
        description = "Write your best plan for every level you played (from your saved progress), to hand in for grading.")
final class AnswersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CampaignChoice choice = new CampaignChoice();

    @Option(names = "--student", paramLabel = "NAME", description = "Your name in the file (default: your user name).")
    String student;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of printing (replaced in one step).")
    Path out;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        CampaignChapters campaign;
        try {
            campaign = choice.campaign();
        } catch (LevelException e) {
            err.println(Visible.text(e.getMessage()));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        String name = student != null ? student : System.getProperty("user.name", "student");
        if (name.isBlank()) {
            err.println("--student: a name cannot be empty");
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        SaveFile.Loaded loaded = CampaignChoice.save(DataDir.resolve(), campaign).load();
        loaded.problem().ifPresent(p -> err.println("forkful: " + p));
        String text = HandIn.toml(name, campaign, loaded.progress());
        long missing = HandIn.missing(campaign, loaded.progress());
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            try {
                AtomicFile.replace(out, ".answers", text);
            } catch (IOException e) {
                err.println(SaveFile.why(e));
                err.flush();
                return ExitCodes.BAD_INPUT;
            }
            err.println("wrote " + out + ": " + (campaign.levels().size() - missing) + " of " + campaign.levels().size()
                    + " levels' plans; hand it in (grade with: forkful grade " + out.getFileName() + " --levels DIR)");
        }
        if (missing == campaign.levels().size()) {
            err.println("no plan saved yet for " + HandIn.campaignName(campaign) + ": play a level first"
                    + (choice.folder == null ? "" : " (forkful play --levels " + choice.folder + ")"));
        }
        err.flush();
        return ExitCodes.OK;
    }
}
