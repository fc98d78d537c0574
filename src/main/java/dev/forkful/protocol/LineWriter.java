package dev.forkful.protocol;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * One thread owns a pipe's writing end: callers only append, so a slow reader on the other side
 * never holds a chef (in a child) or the supervisor (in the game). Whatever piled up while the
 * thread wrote is written in one go and flushed: a lone line goes at once, a burst in few writes.
 *
 * <p>A child's chefs report steps and dishes as plain numbers ({@link #step}, {@link #served}); the
 * thread packs each run of them into one {@code steps} or {@code served} line (see {@link Wire}),
 * so a kitchen serving 100,000 dishes at once does not build 100,000 JSON objects. Of a run of
 * steps only each chef's last one is sent: the supervisor shows what a chef is on now, and the
 * steps overtaken in the same burst would arrive together anyway; how each step went is in the
 * served dish's record, which is always sent whole.
 */
public final class LineWriter {
    private static final int LINE = 0;
    private static final int STEP = 1;
    private static final int SERVED = 2;
    /** Each entry is its kind, its number of values, then the values. */
    private static final int HEAD = 2;
    /** At most this many events go in one line, so the reader can start on a burst before it ends. */
    static final int EVENTS_PER_LINE = 1024;
    private static final int STEP_WIDTH = HEAD + 3;

    private final Object lock = new Object();
    private final Writer out;
    private final Thread thread;
    // appended by callers under the lock, taken whole by the writer thread
    private long[] entries = new long[1024];
    private int size;
    private List<String> lines = new ArrayList<>();
    private boolean ending;
    private boolean writerWaits;

    /** Starts the writer thread. */
    public LineWriter(Writer out, String threadName) {
        this.out = out;
        this.thread = new Thread(this::drain, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    public void send(String line) {
        synchronized (lock) {
            if (append(LINE, 1)) {
                entries[size - 1] = lines.size();
                lines.add(line);
            }
        }
    }

    /** A chef started step {@code step} of {@code order}. */
    public void step(long order, int chef, int step) {
        synchronized (lock) {
            if (append(STEP, 3)) {
                entries[size - 3] = order;
                entries[size - 2] = chef;
                entries[size - 1] = step;
            }
        }
    }

    /**
     * A chef served {@code order}; {@code record} is how it was cooked, in the form of {@link Wire#SERVED_PREFIX}'s
     * events after their order and chef (the same length for every dish of a kitchen).
     */
    public void served(long order, int chef, long[] record) {
        synchronized (lock) {
            if (append(SERVED, 2 + record.length)) {
                entries[size - 2 - record.length] = order;
                entries[size - 1 - record.length] = chef;
                System.arraycopy(record, 0, entries, size - record.length, record.length);
            }
        }
    }

    /** Makes room for an entry of {@code values} values at the end and counts it in; false once ending. */
    private boolean append(int kind, int values) {
        if (ending) {
            return false;
        }
        int width = HEAD + values;
        if (size + width > entries.length) {
            entries = Arrays.copyOf(entries, Math.max(entries.length * 2, size + width));
        }
        entries[size] = kind;
        entries[size + 1] = values;
        size += width;
        if (writerWaits) {
            writerWaits = false;
            lock.notify();
        }
        return true;
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
        long[] taken = new long[entries.length];
        List<String> takenLines = new ArrayList<>();
        Batch batch = new Batch();
        try (out) {
            while (true) {
                int n;
                boolean last;
                synchronized (lock) {
                    while (size == 0 && !ending) {
                        writerWaits = true;
                        lock.wait();
                    }
                    long[] full = entries;
                    entries = taken;
                    taken = full;
                    List<String> fullLines = lines;
                    lines = takenLines;
                    takenLines = fullLines;
                    n = size;
                    size = 0;
                    last = ending;
                }
                write(taken, n, takenLines, batch);
                takenLines.clear();
                out.flush();
                if (last) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the other side is gone or we are told to stop: nobody is listening any more
        }
    }

    private void write(long[] e, int n, List<String> texts, Batch batch) throws IOException {
        for (int i = 0; i < n; ) {
            int kind = (int) e[i];
            if (kind == LINE) {
                out.write(texts.get((int) e[i + HEAD]));
                out.write('\n');
                i += HEAD + 1;
                continue;
            }
            int end = i;
            for (int count = 0; end < n && e[end] == kind && count < EVENTS_PER_LINE; count++) {
                end += HEAD + (int) e[end + 1];
            }
            out.append(kind == STEP ? batch.steps(e, i, end) : batch.served(e, i, end));
            out.write('\n');
            i = end;
        }
    }

    /** Builds the packed lines; only the writer thread uses it. */
    private static final class Batch {
        private final StringBuilder text = new StringBuilder(16 * EVENTS_PER_LINE);
        private final BitSet chefsSeen = new BitSet();
        private final int[] kept = new int[EVENTS_PER_LINE];

        /** Each chef's last step of the entries {@code [from, to)} (all of width {@link #STEP_WIDTH}), in their order. */
        CharSequence steps(long[] e, int from, int to) {
            chefsSeen.clear();
            int count = 0;
            for (int i = to - STEP_WIDTH; i >= from; i -= STEP_WIDTH) {
                int chef = (int) e[i + HEAD + 1];
                if (!chefsSeen.get(chef)) {
                    chefsSeen.set(chef);
                    kept[count++] = i + HEAD;
                }
            }
            text.setLength(0);
            text.append(Wire.STEPS_PREFIX);
            for (int k = count - 1; k >= 0; k--) {
                int i = kept[k];
                text.append(e[i]).append(',').append(e[i + 1]).append(',').append(e[i + 2]);
                if (k > 0) {
                    text.append(',');
                }
            }
            return text.append(Wire.EVENTS_SUFFIX);
        }

        /** The dishes of the entries {@code [from, to)}, each value after the first dish's as its difference from the dish before. */
        CharSequence served(long[] e, int from, int to) {
            text.setLength(0);
            text.append(Wire.SERVED_PREFIX);
            for (int i = from; i < to; i += HEAD + (int) e[i + 1]) {
                if (i > from) {
                    text.append(',');
                }
                int values = (int) e[i + 1];
                for (int v = 0; v < values; v++) {
                    if (v > 0) {
                        text.append(',');
                    }
                    text.append(i > from ? e[i + HEAD + v] - e[i - values + v] : e[i + HEAD + v]);
                }
            }
            return text.append(Wire.EVENTS_SUFFIX);
        }
    }
}
