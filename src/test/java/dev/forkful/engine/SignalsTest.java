package dev.forkful.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignalsTest {
    @Test
    void theSummaryLineOfAFatalErrorReportNamesItsSignal() {
        assertThat(Signals.inFatalErrorReport("#  SIGSEGV (0xb) at pc=0x00007f3a90c3632d, pid=25352, tid=25373"))
                .isEqualTo("SIGSEGV");
        assertThat(Signals.inFatalErrorReport("#  EXCEPTION_ACCESS_VIOLATION (0xc0000005) at pc=0x1")).isEqualTo("EXCEPTION_ACCESS_VIOLATION");
    }

    /** Measured in CI: the heartbeat thread wrote "beat ..." after "#  ", leaving the summary's tail alone. */
    @Test
    void theTailOfASummaryCutByAHeartbeatStillNamesItsSignal() {
        assertThat(Signals.inFatalErrorReport("#  beat 9771494686194 0:1:85544762:-1")).isNull();
        assertThat(Signals.inFatalErrorReport("SIGSEGV (0xb) at pc=0x00007f3a90c3632d, pid=25352, tid=25373"))
                .isEqualTo("SIGSEGV");
    }

    @Test
    void otherLinesOfTheReportNameNoSignal() {
        assertThat(Signals.inFatalErrorReport("# A fatal error has been detected by the Java Runtime Environment:")).isNull();
        assertThat(Signals.inFatalErrorReport("# Problematic frame:")).isNull();
        assertThat(Signals.inFatalErrorReport("SIGSEGV handler installed")).isNull();
    }

    @Test
    void signalNumbersHaveTheirNames() {
        assertThat(Signals.name(11)).isEqualTo("SIGSEGV");
        assertThat(Signals.name(99)).isEqualTo("signal 99");
    }
}
