package dev.forkful.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Numbers written as Long.toString writes them, lines as UTF-8, whatever the buffer holds. */
class LineBytesTest {
    @Test
    void writesNumbersAsLongToStringDoes() throws Exception {
        List<Long> values = new ArrayList<>(List.of(0L, 7L, 9L, 10L, -1L, -9L, -10L, 99L, 100L, 123_456L,
                (long) Integer.MAX_VALUE, Integer.MAX_VALUE + 1L, (long) Integer.MIN_VALUE, 999_999_999_999L,
                1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1));
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 10_000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        StringBuilder expected = new StringBuilder();
        try (LineBytes out = LineBytes.to(sink)) {
            for (long v : values) {
                out.number(v);
                out.newline();
                expected.append(v).append('\n');
            }
            out.text("{\"t\":\"stall\",\"cause\":\"crème brûlée\"}");
            expected.append("{\"t\":\"stall\",\"cause\":\"crème brûlée\"}\n");
        }
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
}
