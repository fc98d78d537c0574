package dev.forkful.worker;

import java.util.Arrays;

/**
 * The event loop's timers: a binary min-heap over parallel primitive arrays (deadline, then insertion
 * order for ties), about 20 bytes per sleeping coroutine and no allocation per entry.
 */
final class TimerHeap {
    private long[] deadlines = new long[64];
    private long[] order = new long[64];
    private Coroutine[] sleepers = new Coroutine[64];
    private int size;
    private long pushed;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    long firstDeadline() {
        return deadlines[0];
    }

    void push(Coroutine c, long deadline) {
        if (size == deadlines.length) {
            int grown = size + (size >> 1);
            deadlines = Arrays.copyOf(deadlines, grown);
            order = Arrays.copyOf(order, grown);
            sleepers = Arrays.copyOf(sleepers, grown);
        }
        int i = size++;
        long seq = pushed++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(deadline, seq, deadlines[parent], order[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        set(i, deadline, seq, c);
    }

    Coroutine pop() {
        Coroutine first = sleepers[0];
        int last = --size;
        long deadline = deadlines[last];
        long seq = order[last];
        Coroutine c = sleepers[last];
        sleepers[last] = null;
        if (last > 0) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= last) {
                    break;
                }
                if (child + 1 < last && before(deadlines[child + 1], order[child + 1], deadlines[child], order[child])) {
                    child++;
                }
                if (!before(deadlines[child], order[child], deadline, seq)) {
                    break;
                }
                move(child, i);
                i = child;
            }
            set(i, deadline, seq, c);
        }
        return first;
    }

    private static boolean before(long deadline, long seq, long otherDeadline, long otherSeq) {
        long d = deadline - otherDeadline;
        return d < 0 || (d == 0 && seq < otherSeq);
    }

    private void move(int from, int to) {
        set(to, deadlines[from], order[from], sleepers[from]);
    }

    private void set(int i, long deadline, long seq, Coroutine c) {
        deadlines[i] = deadline;
        order[i] = seq;
        sleepers[i] = c;
    }
}
