package dev.forkful.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The trace validator passes a trace that keeps the rules and names each rule a broken one breaks. */
class ChromeTraceRulesTest {
    private static final String NAMES = """
            {"name":"process_name","ph":"M","pid":1,"args":{"name":"kitchen"}},
            {"name":"thread_name","ph":"M","pid":1,"tid":7,"args":{"name":"chef"}}""";

    private static String trace(String events) {
        return "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[" + NAMES + (events.isEmpty() ? "" : "," + events) + "]}";
    }

    private static String x(int ts, int dur) {
        return "{\"name\":\"chop\",\"ph\":\"X\",\"ts\":" + ts + ",\"dur\":" + dur + ",\"pid\":1,\"tid\":7}";
    }

    @Test
    void aTraceThatKeepsTheRulesHasNoProblem() {
        assertThat(ChromeTraceRules.problems(trace(String.join(",",
                x(0, 10), x(10, 5), x(11, 2), x(11, 0), x(20, 0), x(20, 3),
                "{\"name\":\"crash\",\"ph\":\"i\",\"s\":\"p\",\"ts\":3,\"pid\":1}",
                "{\"name\":\"tick\",\"ph\":\"i\",\"ts\":3.5,\"pid\":1,\"tid\":7}",
                "{\"name\":\"served\",\"ph\":\"C\",\"ts\":0,\"pid\":1,\"args\":{\"per 100 ms\":4,\"x\":0.5}}")))).isEmpty();
    }

    @Test
    void notAJsonObjectWithTraceEventsIsRefused() {
        assertThat(ChromeTraceRules.problems("{\"traceEvents\":[")).singleElement().asString().startsWith("not JSON");
        assertThat(ChromeTraceRules.problems("[" + NAMES + "]")).containsExactly("not a JSON object with a traceEvents array");
        assertThat(ChromeTraceRules.problems("{\"events\":[]}")).containsExactly("not a JSON object with a traceEvents array");
        assertThat(ChromeTraceRules.problems("{\"traceEvents\":[],\"displayTimeUnit\":\"s\"}")).singleElement().asString()
                .contains("displayTimeUnit");
    }

    @Test
    void everyEventNeedsAPhaseAPidAndATimeNotBeforeZero() {
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"a\",\"ph\":\"Q\",\"ts\":0,\"pid\":1,\"tid\":7}")))
                .containsExactly("event 2: ph \"Q\" is not a phase of the format");
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"a\",\"ph\":\"X\",\"ts\":0,\"dur\":1,\"tid\":7}")))
                .containsExactly("event 2: no pid (a whole number, 0 or more)");
        assertThat(ChromeTraceRules.problems(trace(x(-1, 3)))).containsExactly("event 2: ts is not a number, 0 or more");
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"a\",\"ph\":\"X\",\"ts\":\"0\",\"dur\":1,\"pid\":1,\"tid\":7}")))
                .containsExactly("event 2: ts is not a number, 0 or more");
    }

    @Test
    void aCompleteEventNeedsADurationAndATid() {
        assertThat(ChromeTraceRules.problems(trace(x(0, -1)))).containsExactly("event 2: a complete event (X) without a dur, 0 or more");
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"a\",\"ph\":\"X\",\"ts\":0,\"pid\":1,\"tid\":7}")))
                .containsExactly("event 2: a complete event (X) without a dur, 0 or more");
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"a\",\"ph\":\"X\",\"ts\":0,\"dur\":1,\"pid\":1}")))
                .containsExactly("event 2: no tid on a thread's event");
    }

    @Test
    void completeEventsOnOneThreadThatOverlapWithoutNestingAreRefused() {
        assertThat(ChromeTraceRules.problems(trace(x(0, 10) + "," + x(5, 10))))
                .containsExactly("event 3: on tid 7 it overlaps event 2 without nesting in it");
        assertThat(ChromeTraceRules.problems(trace(x(0, 10) + "," + x(2, 3) + "," + x(4, 3))))
                .containsExactly("event 4: on tid 7 it overlaps event 3 without nesting in it");
    }

    @Test
    void everyPidAndTidUsedMustBeNamedAndATidBelongsToOneProcess() {
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"a\",\"ph\":\"X\",\"ts\":0,\"dur\":1,\"pid\":2,\"tid\":8}")))
                .containsExactly("pid 2 has no process_name", "tid 8 of pid 2 has no thread_name there");
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"a\",\"ph\":\"X\",\"ts\":0,\"dur\":1,\"pid\":1,\"tid\":8}")))
                .containsExactly("tid 8 of pid 1 has no thread_name there");
        assertThat(ChromeTraceRules.problems(trace("""
                {"name":"process_name","ph":"M","pid":2,"args":{"name":"other"}},
                {"name":"thread_name","ph":"M","pid":2,"tid":7,"args":{"name":"chef"}}""")))
                .containsExactly("event 3: tid 7 named in pid 1 and in pid 2");
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":9}")))
                .containsExactly("event 2: thread_name without args.name");
    }

    @Test
    void anInstantNeedsAScopeOfTheFormatAndAThreadScopedOneATid() {
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"a\",\"ph\":\"i\",\"s\":\"x\",\"ts\":0,\"pid\":1}")))
                .containsExactly("event 2: instant scope \"x\" is not g, p or t");
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"a\",\"ph\":\"i\",\"ts\":0,\"pid\":1}")))
                .containsExactly("event 2: no tid on a thread's event");
    }

    @Test
    void aCounterNeedsNumbers() {
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"a\",\"ph\":\"C\",\"ts\":0,\"pid\":1,\"args\":{\"v\":\"many\"}}")))
                .containsExactly("event 2: counter value v is not a number");
        assertThat(ChromeTraceRules.problems(trace("{\"name\":\"a\",\"ph\":\"C\",\"ts\":0,\"pid\":1,\"args\":{}}")))
                .containsExactly("event 2: a counter (C) needs a name and args");
    }
}
