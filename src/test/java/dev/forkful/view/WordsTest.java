package dev.forkful.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {
    @Test
    void wrappingReflowsTheTextsOwnLineBreaksAndKeepsParagraphs() {
        assertThat(Words.wrap("A chef who waits is asleep:\nthe machine is free.\n\nA second\n  paragraph.", 40)).containsExactly(
                "A chef who waits is asleep: the machine", "is free.", "", "A second paragraph.");
    }
}
