package dev.forkful.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Timers pop earliest first, ties in push order, whether they come in deadline order or not. */
class TimerHeapTest {
    private record Timer(long deadline, long seq, Coroutine c) {
    }

    @Test
    void popsEarliestFirstAndTiesInPushOrderAgainstASortedModel() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            TimerHeap timers = new TimerHeap();
            List<Timer> model = new ArrayList<>();
            long seq = 0;
            long clock = 0;
            int pushes = 1 + random.nextInt(400);
            for (int i = 0; i < pushes; i++) {
                // mostly in deadline order (as a recipe's waits come), sometimes earlier, often tied
                clock += random.nextInt(3);
                long deadline = random.nextInt(5) == 0 ? clock - random.nextInt(50) : clock;
                Coroutine c = Coroutine.yielding(0);
                timers.push(c, deadline, random.nextBoolean() ? 0 : pushes); // grown by half, or for the burst
                model.add(new Timer(deadline, seq++, c));
                if (random.nextInt(4) == 0) {
                    popOneAndCompare(timers, model);
                }
            }
            while (!model.isEmpty()) {
                popOneAndCompare(timers, model);
            }
            assertThat(timers.isEmpty()).isTrue();
        }
    }

    private static void popOneAndCompare(TimerHeap timers, List<Timer> model) {
        model.sort(Comparator.comparingLong(Timer::deadline).thenComparingLong(Timer::seq));
        Timer first = model.removeFirst();
        assertThat(timers.size()).isEqualTo(model.size() + 1);
        assertThat(timers.firstDeadline()).isEqualTo(first.deadline());
        assertThat(timers.pop()).isSameAs(first.c());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 700, 5_000})
    void wrapsItsQueueAroundAndGrowsItInOrder(int mayWait) {
        TimerHeap timers = new TimerHeap();
        List<Coroutine> pushed = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Coroutine c = Coroutine.yielding(0);
            pushed.add(c);
            timers.push(c, i, mayWait);
            if (i % 3 == 0) {
                assertThat(timers.pop()).isSameAs(pushed.removeFirst());
            }
        }
        for (Coroutine c : pushed) {
            assertThat(timers.pop()).isSameAs(c);
        }
    }
}
