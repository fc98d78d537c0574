package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestTest {
    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggest.distance("ordres", "orders")).isEqualTo(1);
        assertThat(Suggest.distance("corutine", "coroutine")).isEqualTo(1);
        assertThat(Suggest.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggest.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void suggestsOnlyCloseWords() {
        List<String> models = List.of("process", "thread", "coroutine", "virtual");
        assertThat(Suggest.closest("threads", models)).contains("thread");
        assertThat(Suggest.closest("Coroutine", models)).contains("coroutine");
        assertThat(Suggest.closest("async", models)).isEmpty();
        assertThat(Suggest.didYouMean("segfalt", List.of("exception", "segfault", "freeze")))
                .isEqualTo("; did you mean \"segfault\"?");
        assertThat(Suggest.didYouMean("x", List.of("do"))).isEmpty();
    }
}
