package dev.forkful.bench;

import dev.forkful.cli.Main;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line that starts this program again as a child: same Java runtime, options and class path. */
final class ChildJvm {
    private ChildJvm() {
    }

    static List<String> command(String... programArgs) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // a debugger or agent of the parent must not be started again in every child
            if (!option.startsWith("-agentlib") && !option.startsWith("-javaagent") && !option.startsWith("-Xrunjdwp")) {
                cmd.add(option);
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(programArgs));
        return cmd;
    }
}
