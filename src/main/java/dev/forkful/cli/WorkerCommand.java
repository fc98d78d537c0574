package dev.forkful.cli;

import dev.forkful.worker.ChildProcess;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Hidden: the child side of a kitchen, started by the supervisor, speaking JSON lines on stdin/stdout. */
@Command(name = "worker", hidden = true, description = "Internal: a kitchen process, started by the game.")
final class WorkerCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return ChildProcess.runOnStdio();
    }
}
