package dev.forkful.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lines out of a pipe as bytes, whatever sizes the pipe delivers them in. */
class LineReaderTest {
    @Test
    void readsEveryLineWhateverTheChunksTheyComeIn() throws IOException {
        StringBuilder text = new StringBuilder();
        List<String> lines = new ArrayList<>();
        Random random = new Random(14);
        for (int i = 0; i < 500; i++) {
            String line = "line " + i + " " + "x".repeat(random.nextInt(200_000) < 1_000 ? 150_000 : random.nextInt(300)) + " é";
            lines.add(line);
            text.append(line).append(i % 7 == 0 ? "\r\n" : "\n");
        }
        text.append("the last, with no end of line");
        lines.add("the last, with no end of line");
        assertThat(all(new Trickle(text.toString().getBytes(StandardCharsets.UTF_8), new Random(3)))).isEqualTo(lines);
    }

    @Test
    void emptyLinesAndAnEmptyInput() throws IOException {
        assertThat(all(new ByteArrayInputStream("\n\na\n".getBytes(StandardCharsets.UTF_8)))).containsExactly("", "", "a");
        assertThat(all(new ByteArrayInputStream(new byte[0]))).isEmpty();
    }

    @Test
    void aLineThatNeverEndsIsAnErrorNotAnEndlessBuffer() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
        assertThatThrownBy(() -> new LineReader(endless).next()).isInstanceOf(IOException.class)
                .hasMessageContaining(LineReader.MAX_LINE + " bytes");
    }

    private static List<String> all(InputStream in) throws IOException {
        LineReader r = new LineReader(in);
        List<String> out = new ArrayList<>();
        while (r.next()) {
            out.add(r.text());
        }
        return out;
    }

    /** A pipe that hands over a few bytes or many at a time, as a real one does. */
    private static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final Random random;
        private int at;

        Trickle(byte[] bytes, Random random) {
            this.bytes = bytes;
            this.random = random;
        }

        @Override
        public int read() {
            return at < bytes.length ? bytes[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (at == bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, bytes.length - at), 1 + random.nextInt(random.nextBoolean() ? 10 : 100_000));
            System.arraycopy(bytes, at, b, off, n);
            at += n;
            return n;
        }
    }
}
