package dev.forkful.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code forkful doctor}: what the game finds on this machine and what to do about each problem. */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = "Check this machine: Java, cores, terminal, UTF-8, colour, data folder, kitchens, calibration.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:nothing to do", "4:a problem was found (each says what to do)"})
final class DoctorCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return report(Checkup.here().findings(), spec.commandLine().getOut());
    }

    /** Prints each finding, with what to do under each problem; the exit code says whether there was one. */
    static int report(List<Checkup.Finding> findings, PrintWriter out) {
        int width = findings.stream().mapToInt(f -> f.topic().length()).max().orElse(0);
        int problems = 0;
        for (Checkup.Finding f : findings) {
            out.printf("%s %-" + width + "s  %s%n", f.advice() == null ? "ok" : "!!", f.topic(), f.found());
            if (f.advice() != null) {
                out.printf("   %" + width + "s  -> %s%n", "", f.advice());
                problems++;
            }
        }
        out.println(problems == 0 ? "Nothing to do: forkful can play here."
                : problems + (problems == 1 ? " problem" : " problems") + " found; each says what to do.");
        out.flush();
        return problems == 0 ? ExitCodes.OK : ExitCodes.PROBLEMS_FOUND;
    }
}
