package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The numbers of /proc's one-line files, read without a String per read. */
class ProcNumbersTest {
    @TempDir
    Path dir;

    @Test
    void readsTheNumbersOfEachFileAsLinuxWritesThem() throws IOException {
        ProcNumbers n = new ProcNumbers();
        assertThat(n.read(Files.writeString(dir.resolve("loadavg"), "0.58 12.19 2.68 7/345 123456\n"), 5)).isEqualTo(5);
        assertThat(new long[] {n.get(0), n.get(1), n.get(2), n.get(3), n.get(4)}).containsExactly(0, 12, 2, 7, 345);
        assertThat(n.read(Files.writeString(dir.resolve("schedstat"), "123456789012 98765 42\n"), 3)).isEqualTo(3);
        assertThat(new long[] {n.get(0), n.get(1), n.get(2)}).containsExactly(123456789012L, 98765, 42);
        // /proc/stat: the "cpu" word reads as 0, and only the numbers asked for are read
        assertThat(n.read(Files.writeString(dir.resolve("stat"), "cpu  10 2\t3 400 5 6 7 8 0 0\ncpu0 1 1 1 1\n"), 9)).isEqualTo(9);
        assertThat(new long[] {n.get(0), n.get(1), n.get(3), n.get(8)}).containsExactly(0, 10, 3, 8);
    }

    @Test
    void aShortOrMissingFileSaysSo() throws IOException {
        ProcNumbers n = new ProcNumbers();
        assertThat(n.read(Files.writeString(dir.resolve("short"), "3.02 2.84\n"), 5)).isEqualTo(2);
        assertThat(n.read(Files.writeString(dir.resolve("empty"), ""), 5)).isZero();
        assertThat(n.read(dir.resolve("gone"), 5)).isEqualTo(-1);
    }
}
