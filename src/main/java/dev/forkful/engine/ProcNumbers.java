package dev.forkful.engine;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads the numbers at the start of a small {@code /proc} file into a buffer it keeps, with no String,
 * regular expression or channel per read: the load's counting thread reads {@code loadavg} every few
 * milliseconds and a load sample reads forty {@code schedstat} files, all while orders cook. Numbers are
 * separated by spaces, tabs, line ends or {@code /}; a word without digits ({@code cpu}) reads as 0 and a
 * fraction ({@code 0.58}) as its whole part. One reader per thread.
 */
final class ProcNumbers {
    private final byte[] buffer = new byte[512];
    private final long[] numbers = new long[16];

    /**
     * Reads up to {@code wanted} numbers (at most 16) from the start of {@code file}; returns how many it
     * read, -1 when the file cannot be read. Number {@code i} is then {@link #get}{@code (i)}.
     */
    int read(Path file, int wanted) {
        int length;
        try (FileInputStream in = new FileInputStream(file.toString())) {
            length = in.read(buffer);
        } catch (IOException e) {
            return -1;
        }
        int count = 0;
        int i = 0;
        while (i < length && count < Math.min(wanted, numbers.length)) {
            while (i < length && separator(buffer[i])) {
                i++;
            }
            if (i >= length) {
                break;
            }
            long value = 0;
            boolean whole = true;
            for (; i < length && !separator(buffer[i]); i++) {
                byte b = buffer[i];
                whole &= b != '.';
                if (whole && b >= '0' && b <= '9') {
                    value = value * 10 + (b - '0');
                }
            }
            numbers[count++] = value;
        }
        return count;
    }

    long get(int i) {
        return numbers[i];
    }

    private static boolean separator(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '/';
    }
}
