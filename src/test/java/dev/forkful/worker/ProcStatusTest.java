package dev.forkful.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ProcStatusTest {
    private static final String STATUS = "Name:\tjava\nVmPeak:\t 4000 kB\nVmRSS:\t   61234 kB\nThreads:\t21\n";

    @Test
    void sizesAreReadInBytesAndCountsAsTheyAre() {
        assertThat(ProcStatus.bytes(STATUS, "VmRSS")).hasValue(61234L * 1024);
        assertThat(ProcStatus.bytes(STATUS, "VmPeak")).hasValue(4000L * 1024);
        assertThat(ProcStatus.bytes(STATUS, "KernelStack")).isEmpty();
        assertThat(ProcStatus.bytes("KernelStack:    16384 kB\n", "KernelStack")).hasValue(16384L * 1024);
        assertThat(ProcStatus.field(STATUS, "Threads")).hasValue(21);
        assertThat(ProcStatus.field(STATUS, "VmRSS")).as("a size is not a count").isEmpty();
    }

    @Test
    void aKeyIsAWholeNameAtALineStart() {
        String rollup = "SwapPss:\t5 kB\nPss_Anon:   3 kB\nPss:    9 kB\n";
        assertThat(ProcStatus.bytes(rollup, "Pss")).hasValue(9L * 1024);
        assertThat(ProcStatus.bytes("Pss: 9 MB\n", "Pss")).as("another unit").isEmpty();
        assertThat(ProcStatus.bytes("Pss:9 kB\n", "Pss")).as("no space").isEmpty();
        assertThat(ProcStatus.bytes("Pss:  kB\n", "Pss")).as("no digits").isEmpty();
        assertThat(ProcStatus.field("Threads:\t21 more\n", "Threads")).as("more on the line").isEmpty();
        assertThat(ProcStatus.field("Threads:\t21", "Threads")).as("no newline at the end").hasValue(21);
    }

    /** What the regular expression it replaced read, on this machine's own status file, for every key there. */
    @Test
    void readsWhatTheRegularExpressionRead() {
        String text = ProcStatus.text(Path.of("/proc/self/status"));
        Assumptions.assumeFalse(text.isEmpty(), "no /proc here");
        for (String line : text.split("\n")) {
            String key = line.substring(0, line.indexOf(':'));
            for (String unit : new String[] {" kB", ""}) {
                Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + ":\\s+(\\d+)" + Pattern.quote(unit) + "$").matcher(text);
                OptionalLong expected = m.find() ? OptionalLong.of(Long.parseLong(m.group(1))) : OptionalLong.empty();
                OptionalLong got = unit.isEmpty() ? ProcStatus.field(text, key)
                        : ProcStatus.bytes(text, key).isPresent() ? OptionalLong.of(ProcStatus.bytes(text, key).getAsLong() / 1024) : OptionalLong.empty();
                assertThat(got).as(key + unit).isEqualTo(expected);
            }
        }
    }

    @Test
    void aMissingFileIsNoFigure() {
        assertThat(ProcStatus.bytes(Path.of("/proc/no-such-process/status"), "VmRSS")).isEmpty();
    }
}
