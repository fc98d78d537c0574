package dev.forkful.protocol;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of a {@link LineWriter}'s lines, buffered: numbers formatted as ASCII digits straight into
 * the buffer (no string per number, no encoder), other lines as UTF-8. The buffer goes out between
 * whole lines only, when it is full or flushed, so a {@link Writer} gets whole characters.
 */
abstract class LineBytes implements Closeable, Flushable {
    private static final int FLUSH_AT = 1 << 16;

    private byte[] buf = new byte[FLUSH_AT + 1024];
    private int pos;

    private final Flushable target;
    private final Closeable closes;

    private LineBytes(Flushable target, Closeable closes) {
        this.target = target;
        this.closes = closes;
    }

    static LineBytes to(OutputStream out) {
        return new LineBytes(out, out) {
            @Override
            void emit(byte[] bytes, int length) throws IOException {
                out.write(bytes, 0, length);
            }
        };
    }

    static LineBytes to(Writer out) {
        return new LineBytes(out, out) {
            @Override
            void emit(byte[] bytes, int length) throws IOException {
                out.write(new String(bytes, 0, length, StandardCharsets.UTF_8));
            }
        };
    }

    /** Sends whole lines' bytes to the target. */
    abstract void emit(byte[] bytes, int length) throws IOException;

    /** A whole line of text, and its newline. */
    void text(String line) throws IOException {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        room(bytes.length + 1);
        System.arraycopy(bytes, 0, buf, pos, bytes.length);
        pos += bytes.length;
        newline();
    }

    /** A constant of ASCII characters (a line's prefix or suffix). */
    void ascii(String s) {
        room(s.length());
        for (int i = 0; i < s.length(); i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    void comma() {
        room(1);
        buf[pos++] = ',';
    }

    /** Ends a line; the buffer goes out here once it is full enough. */
    void newline() throws IOException {
        room(1);
        buf[pos++] = '\n';
        if (pos >= FLUSH_AT) {
            emit(buf, pos);
            pos = 0;
        }
    }

    /** {@code v} in decimal, as {@link Long#toString(long)} writes it. */
    void number(long v) {
        room(20);
        if (v >= 0 && v < 10) { // most differences between dishes
            buf[pos++] = (byte) ('0' + v);
            return;
        }
        if (v == Long.MIN_VALUE) {
            ascii(Long.toString(v));
            return;
        }
        if (v < 0) {
            buf[pos++] = '-';
            v = -v;
        }
        int end = pos + digits(v);
        int i = end;
        // int division where it fits: a C1-only kitchen divides longs slowly
        for (; v > Integer.MAX_VALUE; v /= 10) {
            buf[--i] = (byte) ('0' + v % 10);
        }
        for (int x = (int) v; i > pos; x /= 10) {
            buf[--i] = (byte) ('0' + x % 10);
        }
        pos = end;
    }

    private static int digits(long v) {
        int n = 1;
        for (long limit = 10; n < 19 && v >= limit; limit *= 10) {
            n++;
        }
        return n;
    }

    /** Sends what is buffered (whole lines) and flushes the target. */
    @Override
    public void flush() throws IOException {
        if (pos > 0) {
            emit(buf, pos);
            pos = 0;
        }
        target.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
        closes.close();
    }

    /** Grows the buffer for a long line: it is only sent between lines. */
    private void room(int bytes) {
        if (pos + bytes > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, pos + bytes));
        }
    }
}
