package dev.forkful.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.forkful.level.Model;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The arithmetic of bench: medians, /proc fields, memory per unit. */
class BenchFiguresTest {

    @Test
    void interleavedTrialsTakeTurnsAfterOneWarmUpEachAndKeepEachSpread() {
        java.util.List<String> calls = new java.util.ArrayList<>();
        long[] a = {900, 10, 30, 20};
        long[] b = {900, 400, 100, 300};
        int[] next = {0, 0};
        Spread[] spreads = Trials.interleaved(3,
                new Trials.Trial(10, () -> { calls.add("a"); return a[next[0]++]; }),
                new Trials.Trial(100, () -> { calls.add("b"); return b[next[1]++]; }));

        assertThat(calls).containsExactly("a", "b", "a", "b", "a", "b", "a", "b");
        assertThat(spreads).containsExactly(new Spread(2.0, 1.5, 2.5, 1.0, 3.0), new Spread(3.0, 2.0, 3.5, 1.0, 4.0));
    }

    @Test
    void theMedianOfAnOddAndAnEvenCount() {
        assertThat(Trials.median(5, 1, 100)).isEqualTo(5);
        assertThat(Trials.median(4, 1, 100, 6)).isEqualTo(5);
        assertThatThrownBy(Trials::median).isInstanceOf(IllegalArgumentException.class);
        // sorted 1, 4, 6, 100: the quartiles a quarter of the way between neighbours, as R and NumPy place them
        assertThat(Spread.of(4, 1, 100, 6)).isEqualTo(new Spread(5, 3.25, 29.5, 1, 100));
    }

    @Test
    void theWarmUpTrialIsDroppedAndTheFiguresArePerUnit() {
        AtomicLong calls = new AtomicLong();
        // warm-up 1000, then 30, 10, 20: the median 20 over 10 units
        long[] nanos = {1000, 30, 10, 20};
        Spread perUnit = Trials.perUnit(3, 10, () -> nanos[(int) calls.getAndIncrement()]);

        assertThat(calls.get()).isEqualTo(4);
        assertThat(perUnit).isEqualTo(new Spread(2.0, 1.5, 2.5, 1.0, 3.0));
    }

    @Test
    void aThreadCostsItsPrivateMemoryAndItsKernelStack() {
        var reply = new ProbeReply(1000, 0, 300_000, 70_000_000, 120_000_000, 3_000_000, 19_384_000);

        assertThat(reply.bytesPerUnit(Model.THREAD)).isEqualTo((50_000_000 + 16_384_000) / 1000);
    }

    @Test
    void withoutProcTheKernelStackIsLeftOutAndWithoutUssThereIsNoFigure() {
        assertThat(new ProbeReply(10, 0, 0, 1000, 2000, -1, -1).bytesPerUnit(Model.THREAD)).isEqualTo(100);
        assertThat(new ProbeReply(10, 0, 0, -1, -1, -1, -1).bytesPerUnit(Model.THREAD)).isEqualTo(-1);
    }

    @Test
    void coroutinesAndVirtualThreadsCostTheHeapTheyKeep() {
        var reply = new ProbeReply(100_000, 2_000_000, 7_700_000, 70_000_000, 77_000_000, 1, 1);

        assertThat(reply.bytesPerUnit(Model.COROUTINE)).isEqualTo(57);
        assertThat(reply.bytesPerUnit(Model.VIRTUAL)).isEqualTo(57);
        assertThatThrownBy(() -> reply.bytesPerUnit(Model.PROCESS)).isInstanceOf(IllegalArgumentException.class);
    }
}
