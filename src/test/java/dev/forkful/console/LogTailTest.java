package dev.forkful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.forkful.flow.LiveKitchen.LogLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogTailTest {
    private static final long MS = 1_000_000;

    private static LogLine stall(int times) {
        return new LogLine(150 * MS, LogLine.Kind.ICE, "stew: coroutine kitchen 0 stalled 150 ms", times);
    }

    @Test
    void aLineWhoseRepeatCountGrowsIsPrintedOnceAndItsCountOnceWhenAnotherLineFollows() {
        LogTail tail = new LogTail();
        LogLine started = new LogLine(0, LogLine.Kind.INFO, "stew: coroutine kitchen 0 started", 1);
        List<String> printed = new ArrayList<>();
        printed.addAll(tail.next(List.of(started), false));
        printed.addAll(tail.next(List.of(started, stall(1)), false));
        printed.addAll(tail.next(List.of(started, stall(2)), false));
        printed.addAll(tail.next(List.of(started, stall(3)), false));
        LogLine done = new LogLine(900 * MS, LogLine.Kind.DONE, "the kitchens are done after 900 ms", 1);
        printed.addAll(tail.next(List.of(started, stall(3), done), true));

        assertThat(printed).containsExactly(
                "   0.00s  stew: coroutine kitchen 0 started",
                "   0.15s  stew: coroutine kitchen 0 stalled 150 ms",
                "   0.15s  (the line at 0.15s: x3 in all)",
                "   0.90s  the kitchens are done after 900 ms");
    }

    @Test
    void linesThatLeftTheLogWindowAreNotPrintedAgain() {
        LogTail tail = new LogTail();
        LogLine a = new LogLine(1 * MS, LogLine.Kind.INFO, "a", 1);
        LogLine b = new LogLine(2 * MS, LogLine.Kind.INFO, "b", 1);
        LogLine c = new LogLine(3 * MS, LogLine.Kind.INFO, "c", 1);
        tail.next(List.of(a, b), false);

        assertThat(tail.next(List.of(c), false)).containsExactly("   0.00s  c");
        assertThat(tail.next(List.of(c), true)).isEmpty();
    }
}
