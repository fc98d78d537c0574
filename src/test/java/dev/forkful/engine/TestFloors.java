package dev.forkful.engine;

import dev.forkful.level.Model;
import dev.forkful.level.Task;
import dev.forkful.protocol.KitchenSpec;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Task floors and kitchen children with no process behind them, for the supervisor's parts under test. */
final class TestFloors {
    private static final List<KitchenChild> MADE = new ArrayList<>();

    private TestFloors() {
    }

    static TaskFloor floor(Task task, Model model, int workers, int cores) {
        return floor(task, model, workers, cores, false);
    }

    /** The same, under Python's rules when {@code gil}. */
    static TaskFloor floor(Task task, Model model, int workers, int cores, boolean gil) {
        Assignment a = new Assignment(model, workers, true);
        KitchenSpec spec = new KitchenSpec(task.id(), model, model == Model.THREAD ? workers : 1, gil, true,
                task.steps(), 1000, model == Model.PROCESS, Map.of());
        PantryStock pantry = model == Model.PROCESS ? new PantryStock(Map.of()) : null;
        return new TaskFloor(task, a, spec, new FaultDice(7, task), pantry, cores);
    }

    /** A kitchen in {@code slot} that said hello at {@code at}. */
    static KitchenChild ready(TaskFloor f, int slot, long at) {
        KitchenChild c = starting(f, slot, at);
        c.state = KitchenChild.State.READY;
        c.lastBeat = at;
        return c;
    }

    static KitchenChild starting(TaskFloor f, int slot, long spawnedAt) {
        KitchenChild c = new KitchenChild(f, slot, new NoProcess(), spawnedAt);
        f.slots[slot] = c;
        synchronized (MADE) {
            MADE.add(c);
        }
        return c;
    }

    /** Ends the pipe writer threads of the children made so far. */
    static void closeAll() {
        synchronized (MADE) {
            MADE.forEach(KitchenChild::stop);
            MADE.clear();
        }
    }

    /** A child process that is not there: what is sent to it goes nowhere. */
    static final class NoProcess extends Process {
        @Override
        public OutputStream getOutputStream() {
            return OutputStream.nullOutputStream();
        }

        @Override
        public InputStream getInputStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public InputStream getErrorStream() {
            return InputStream.nullInputStream();
        }

        @Override
        public int waitFor() {
            return 0;
        }

        @Override
        public int exitValue() {
            return 0;
        }

        @Override
        public void destroy() {
        }

        @Override
        public long pid() {
            return 4242;
        }
    }
}
