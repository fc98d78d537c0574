package dev.forkful.worker;

import java.util.Arrays;

/**
 * The event loop's timers, earliest deadline first (insertion order for ties), about 20 bytes per
 * sleeping coroutine and no allocation per entry. Most timers come in deadline order (every order
 * of a recipe waits as long as the one before it): those go to the back of a queue in O(1); only a
 * timer due before the queue's last goes to a binary min-heap. {@link #pop} takes the earlier of the
 * two fronts.
 */
final class TimerHeap {
    /** A sequence of timers over parallel primitive arrays: the heap's tree, or the queue's ring. */
    private static final class Timers {
        long[] deadlines = new long[64];
        long[] order = new long[64];
        Coroutine[] sleepers = new Coroutine[64];

        void set(int i, long deadline, long seq, Coroutine c) {
            deadlines[i] = deadline;
            order[i] = seq;
            sleepers[i] = c;
        }

        /**
         * Grown by half, or at once to {@code atLeast} (a burst's sleepers), the {@code size} entries from
         * {@code from} (a ring's head) moved to the front.
         */
        void grow(int from, int size, int atLeast) {
            int length = deadlines.length;
            int grown = Math.max(size + (size >> 1), atLeast);
            deadlines = copy(deadlines, length, from, size, new long[grown]);
            order = copy(order, length, from, size, new long[grown]);
            sleepers = copy(sleepers, length, from, size, new Coroutine[grown]);
        }

        private static <A> A copy(A src, int length, int from, int size, A dst) {
            int first = Math.min(size, length - from);
            System.arraycopy(src, from, dst, 0, first);
            System.arraycopy(src, 0, dst, first, size - first);
            return dst;
        }
    }

    private final Timers heap = new Timers();
    private int heapSize;
    private final Timers queue = new Timers();
    private int queueHead;
    private int queueSize;
    private long pushed;

    int size() {
        return heapSize + queueSize;
    }

    boolean isEmpty() {
        return size() == 0;
    }

    long firstDeadline() {
        return queueFirst() ? queue.deadlines[queueHead] : heap.deadlines[0];
    }

    /**
     * @param mayWait how many coroutines may sleep at once (the loop's pending ones): a full queue grows
     *                to that in one step, not by half a hundred times under a burst of 100,000 sleepers
     */
    void push(Coroutine c, long deadline, int mayWait) {
        long seq = pushed++;
        if (queueSize == 0 || deadline - queue.deadlines[queueIndex(queueSize - 1)] >= 0) {
            if (queueSize == queue.deadlines.length) {
                queue.grow(queueHead, queueSize, mayWait);
                queueHead = 0;
            }
            queue.set(queueIndex(queueSize++), deadline, seq, c);
            return;
        }
        if (heapSize == heap.deadlines.length) {
            heap.grow(0, heapSize, 0);
        }
        int i = heapSize++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!before(deadline, seq, heap.deadlines[parent], heap.order[parent])) {
                break;
            }
            move(parent, i);
            i = parent;
        }
        heap.set(i, deadline, seq, c);
    }

    Coroutine pop() {
        if (queueFirst()) {
            Coroutine first = queue.sleepers[queueHead];
            queue.sleepers[queueHead] = null;
            queueHead = queueIndex(1);
            queueSize--;
            return first;
        }
        Coroutine first = heap.sleepers[0];
        int last = --heapSize;
        long deadline = heap.deadlines[last];
        long seq = heap.order[last];
        Coroutine c = heap.sleepers[last];
        heap.sleepers[last] = null;
        if (last > 0) {
            int i = 0;
            while (true) {
                int child = 2 * i + 1;
                if (child >= last) {
                    break;
                }
                if (child + 1 < last
                        && before(heap.deadlines[child + 1], heap.order[child + 1], heap.deadlines[child], heap.order[child])) {
                    child++;
                }
                if (!before(heap.deadlines[child], heap.order[child], deadline, seq)) {
                    break;
                }
                move(child, i);
                i = child;
            }
            heap.set(i, deadline, seq, c);
        }
        return first;
    }

    /** Whether the queue's front is due first (or the heap is empty). */
    private boolean queueFirst() {
        return queueSize > 0 && (heapSize == 0
                || before(queue.deadlines[queueHead], queue.order[queueHead], heap.deadlines[0], heap.order[0]));
    }

    private int queueIndex(int offset) {
        int i = queueHead + offset;
        return i < queue.deadlines.length ? i : i - queue.deadlines.length;
    }

    private static boolean before(long deadline, long seq, long otherDeadline, long otherSeq) {
        long d = deadline - otherDeadline;
        return d < 0 || (d == 0 && seq < otherSeq);
    }

    private void move(int from, int to) {
        heap.set(to, heap.deadlines[from], heap.order[from], heap.sleepers[from]);
    }
}
