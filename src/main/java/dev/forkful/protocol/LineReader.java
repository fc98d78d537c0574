package dev.forkful.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a pipe a line at a time as bytes, for the thread that reads a child's output: the packed event
 * lines, most of what a busy kitchen says, are parsed where they lie in the buffer
 * ({@link Wire#readEvents(byte[], int, int, int)}); only other lines are decoded into a String. A banquet's
 * 1.4 MB of served lines went through a UTF-8 decoder into Strings and back into bytes before.
 * A line longer than {@link #MAX_LINE} bytes is an {@link IOException}: a child must not grow the game's
 * memory without end by never ending a line.
 */
public final class LineReader {
    /** Far above the longest line a child writes (a line of 1,024 served dishes of ten steps is under 400 KB). */
    public static final int MAX_LINE = 16 << 20;

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    /** The bytes read and not yet returned are {@code buf[next, end)}. */
    private int next;
    private int end;
    private int lineFrom;
    private int lineTo;

    public LineReader(InputStream in) {
        this.in = in;
    }

    /** Moves to the next line, its end of line left out; false at the end of the input (a last line without one counts). */
    public boolean next() throws IOException {
        int scan = next;
        while (true) {
            for (int i = scan; i < end; i++) {
                if (buf[i] == '\n') {
                    lineFrom = next;
                    lineTo = i > next && buf[i - 1] == '\r' ? i - 1 : i;
                    next = i + 1;
                    return true;
                }
            }
            scan = end - next;
            if (next > 0) { // keep the line begun at the start of the buffer
                System.arraycopy(buf, next, buf, 0, end - next);
                end -= next;
                next = 0;
            }
            if (end == buf.length) {
                if (buf.length >= MAX_LINE) {
                    throw new IOException("a line longer than " + MAX_LINE + " bytes");
                }
                buf = Arrays.copyOf(buf, 2 * buf.length);
            }
            int n = in.read(buf, end, buf.length - end);
            if (n < 0) {
                if (end == next) {
                    return false;
                }
                lineFrom = next;
                lineTo = end;
                next = end;
                return true;
            }
            end += n;
        }
    }

    /** The buffer that holds the current line, from {@link #from()} to {@link #to()}; valid until the next {@link #next()}. */
    public byte[] bytes() {
        return buf;
    }

    public int from() {
        return lineFrom;
    }

    public int to() {
        return lineTo;
    }

    /** The current line as text (UTF-8). */
    public String text() {
        return new String(buf, lineFrom, lineTo - lineFrom, StandardCharsets.UTF_8);
    }
}
