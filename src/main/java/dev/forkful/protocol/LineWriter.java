package dev.forkful.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * One thread owns a pipe's writing end: callers only append, so a slow reader on the other side
 * never holds a chef (in a child) or the supervisor (in the game). Whatever piled up while the
 * thread wrote is written in one go and flushed: a lone line goes at once, a burst in few writes.
 *
 * <p>A child's chefs report steps and dishes as plain numbers and records ({@link #step}, {@link #served});
 * the thread packs each run of them into {@code steps} and {@code served} lines (see {@link Wire}),
 * formatted straight to bytes, so a kitchen serving 100,000 dishes at once builds no JSON object nor
 * string per dish, and a chef only queues a reference to its dish's record. Of a run of steps only
 * each chef's last one is sent: the supervisor shows what a chef is on now, and the steps overtaken in
 * the same burst would arrive together anyway; how each step went is in the served dish's record,
 * which is always sent whole. Entries queue in fixed chunks that the thread hands back once written:
 * a burst neither copies a growing queue nor clears new memory for every dish.
 */
public final class LineWriter {
    /** Entry kinds; each entry is its kind, then a fixed number of values. 0 ends a chunk's entries. */
    private static final int LINE = 1;
    private static final int STEP = 2;
    private static final int SERVED = 3;
    private static final int LINE_WIDTH = 2;
    private static final int STEP_WIDTH = 4;
    private static final int SERVED_WIDTH = 5;
    /** At most this many events go in one line, so the reader can start on a burst before it ends. */
    static final int EVENTS_PER_LINE = 1024;
    private static final int CHUNK = 1 << 14;
    /** Chunks kept for reuse after a burst; the others are left to the collector. */
    private static final int FREE_CHUNKS = 16;

    /**
     * A served dish's record, in the form of {@link Wire#SERVED_PREFIX}'s events after their order and chef
     * (the same length for every dish of a kitchen). The writer thread writes it out later: it must not
     * change once served.
     */
    public interface Record {
        /** How many values the record has. */
        int length();

        /** Writes the record's values to {@code into} from {@code at}, its times in microseconds since {@code originNanos}. */
        void writeTo(long[] into, int at, long originNanos);

        /** The record as an array of its own, for the rare line that carries one alone. */
        default long[] values(long originNanos) {
            long[] out = new long[length()];
            writeTo(out, 0, originNanos);
            return out;
        }
    }

    /** Queued entries: values, and the lines and records they refer to by index. */
    private static final class Chunk {
        final long[] values = new long[CHUNK];
        final Object[] refs = new Object[CHUNK / LINE_WIDTH];
        int size;
        int refCount;
    }

    private final Object lock = new Object();
    private final LineBytes out;
    private final Thread thread;
    // appended by callers under the lock, taken whole by the writer thread
    private ArrayDeque<Chunk> queued = new ArrayDeque<>();
    private final ArrayDeque<Chunk> free = new ArrayDeque<>();
    private boolean ending;
    private boolean writerWaits;

    /** Starts the writer thread, writing UTF-8 to {@code out}. */
    public LineWriter(OutputStream out, String threadName) {
        this(LineBytes.to(out), threadName);
    }

    /** Starts the writer thread, writing to {@code out}. */
    public LineWriter(Writer out, String threadName) {
        this(LineBytes.to(out), threadName);
    }

    private LineWriter(LineBytes out, String threadName) {
        this.out = out;
        this.thread = new Thread(this::drain, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    public void send(String line) {
        synchronized (lock) {
            Chunk c = room(LINE_WIDTH);
            if (c != null) {
                c.values[c.size++] = LINE;
                c.values[c.size++] = c.refCount;
                c.refs[c.refCount++] = line;
            }
        }
    }

    /** A chef started step {@code step} of {@code order}. */
    public void step(long order, int chef, int step) {
        synchronized (lock) {
            Chunk c = room(STEP_WIDTH);
            if (c != null) {
                long[] v = c.values;
                int i = c.size;
                v[i] = STEP;
                v[i + 1] = order;
                v[i + 2] = chef;
                v[i + 3] = step;
                c.size = i + STEP_WIDTH;
            }
        }
    }

    /**
     * {@link #send}, but written on the caller's thread when the writer thread waits with nothing queued: it
     * cannot start writing meanwhile, since it waits for the lock held here. For a line that nothing is
     * sent beside, such as a child's hello: handed to a writer thread that had to wake on cores busy with the
     * kitchen's start, a hello took 8 to 20 ms to leave. Never for a chef's report: the caller waits on the pipe.
     */
    public void sendNow(String line) {
        synchronized (lock) {
            if (writerWaits && queued.isEmpty() && !ending) {
                try {
                    out.text(line);
                    out.flush();
                } catch (IOException e) {
                    // the other side is gone: nobody is listening any more
                }
                return;
            }
        }
        send(line);
    }

    /** Whether the writer thread waits for something to write (for tests). */
    boolean idle() {
        synchronized (lock) {
            return writerWaits && queued.isEmpty();
        }
    }

    /** A chef served {@code order}; {@code record} says how it was cooked (see {@link Record}). */
    public void served(long order, int chef, long[] record) {
        served(order, chef, new Record() {
            @Override
            public int length() {
                return record.length;
            }

            @Override
            public void writeTo(long[] into, int at, long originNanos) {
                System.arraycopy(record, 0, into, at, record.length);
            }
        }, 0);
    }

    /** A chef served {@code order}; {@code record} says how it was cooked, its times since {@code originNanos}. */
    public void served(long order, int chef, Record record, long originNanos) {
        synchronized (lock) {
            Chunk c = room(SERVED_WIDTH);
            if (c != null) {
                long[] v = c.values;
                int i = c.size;
                v[i] = SERVED;
                v[i + 1] = order;
                v[i + 2] = chef;
                v[i + 3] = originNanos;
                v[i + 4] = c.refCount;
                c.refs[c.refCount++] = record;
                c.size = i + SERVED_WIDTH;
            }
        }
    }

    /** The chunk with room for an entry of {@code width} values (and a reference), wakes the writer; null once ending. */
    private Chunk room(int width) {
        if (ending) {
            return null;
        }
        Chunk c = queued.peekLast();
        if (c == null || c.size + width >= CHUNK || c.refCount == c.refs.length) {
            c = free.isEmpty() ? new Chunk() : free.pop();
            queued.add(c);
        }
        if (writerWaits) {
            writerWaits = false;
            lock.notify();
        }
        return c;
    }

    /** Sends what is queued, then closes the pipe; returns at once. */
    public void end() {
        synchronized (lock) {
            ending = true;
            lock.notify();
        }
    }

    /** {@link #end()}, and waits (up to a second) until the pipe is closed. */
    public void close() {
        end();
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void drain() {
        ArrayDeque<Chunk> taken = new ArrayDeque<>();
        List<Chunk> written = new ArrayList<>();
        Lines lines = new Lines(out);
        try (out) {
            while (true) {
                boolean last;
                synchronized (lock) {
                    while (queued.isEmpty() && !ending) {
                        writerWaits = true;
                        lock.wait();
                    }
                    ArrayDeque<Chunk> full = queued;
                    queued = taken;
                    taken = full;
                    last = ending;
                }
                for (Chunk c; (c = taken.poll()) != null; ) {
                    lines.write(c.values, c.size, c.refs);
                    written.add(c);
                }
                lines.end();
                out.flush();
                synchronized (lock) {
                    for (Chunk c : written) {
                        Arrays.fill(c.refs, 0, c.refCount, null);
                        c.size = 0;
                        c.refCount = 0;
                        if (free.size() < FREE_CHUNKS) {
                            free.push(c);
                        }
                    }
                }
                written.clear();
                if (last) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the other side is gone or we are told to stop: nobody is listening any more
        }
    }

    /** Packs entries into lines as they come; only the writer thread uses it. */
    private static final class Lines {
        private final LineBytes out;
        /** The run of steps being gathered: order, chef, step each. */
        private final long[] steps = new long[3 * EVENTS_PER_LINE];
        private int stepCount;
        private final BitSet chefsSeen = new BitSet();
        private final int[] kept = new int[EVENTS_PER_LINE];
        /** The dish before, for the differences, and the one being written. */
        private long[] before = new long[16];
        private long[] dish = new long[16];
        private int dishes;

        Lines(LineBytes out) {
            this.out = out;
        }

        void write(long[] v, int size, Object[] refs) throws IOException {
            for (int i = 0; i < size; ) {
                switch ((int) v[i]) {
                    case LINE -> {
                        end();
                        out.text((String) refs[(int) v[i + 1]]);
                        i += LINE_WIDTH;
                    }
                    case STEP -> {
                        endServed();
                        if (stepCount == EVENTS_PER_LINE) {
                            endSteps();
                        }
                        System.arraycopy(v, i + 1, steps, 3 * stepCount++, 3);
                        i += STEP_WIDTH;
                    }
                    default -> {
                        endSteps();
                        served(v[i + 1], v[i + 2], (Record) refs[(int) v[i + 4]], v[i + 3]);
                        i += SERVED_WIDTH;
                    }
                }
            }
        }

        /** Ends the line being packed, if any. */
        void end() throws IOException {
            endSteps();
            endServed();
        }

        /** Each value after a line's first dish goes as its difference from the same value of the dish before. */
        private void served(long order, long chef, Record record, long originNanos) throws IOException {
            if (dishes == EVENTS_PER_LINE) {
                endServed();
            }
            int values = 2 + record.length();
            if (dish.length < values) {
                dish = new long[values];
                before = new long[values];
            }
            dish[0] = order;
            dish[1] = chef;
            record.writeTo(dish, 2, originNanos);
            if (dishes == 0) {
                out.ascii(Wire.SERVED_PREFIX);
            } else {
                out.comma();
            }
            for (int k = 0; k < values; k++) {
                if (k > 0) {
                    out.comma();
                }
                out.number(dishes == 0 ? dish[k] : dish[k] - before[k]);
            }
            long[] swap = before;
            before = dish;
            dish = swap;
            dishes++;
        }

        private void endServed() throws IOException {
            if (dishes > 0) {
                out.ascii(Wire.EVENTS_SUFFIX);
                out.newline();
                dishes = 0;
            }
        }

        /** Each chef's last step of the run, in their order. */
        private void endSteps() throws IOException {
            if (stepCount == 0) {
                return;
            }
            chefsSeen.clear();
            int count = 0;
            for (int s = stepCount - 1; s >= 0; s--) {
                int chef = (int) steps[3 * s + 1];
                if (!chefsSeen.get(chef)) {
                    chefsSeen.set(chef);
                    kept[count++] = s;
                }
            }
            out.ascii(Wire.STEPS_PREFIX);
            for (int k = count - 1; k >= 0; k--) {
                int s = kept[k];
                out.number(steps[3 * s]);
                out.comma();
                out.number(steps[3 * s + 1]);
                out.comma();
                out.number(steps[3 * s + 2]);
                if (k > 0) {
                    out.comma();
                }
            }
            out.ascii(Wire.EVENTS_SUFFIX);
            out.newline();
            stepCount = 0;
        }
    }
}
