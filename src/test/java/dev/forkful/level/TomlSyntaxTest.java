package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** TOML4J's complaints, as it really words them, become the game's sentences with their lines. */
class TomlSyntaxTest {
    @Test
    void rewordsEachComplaintOfAConcatenatedMessage() {
        String toml4j = "Invalid key on line 1: table2.dupeInvalid key on line 1: table2.dupe"
                + "Duplicate key on line 3: name";

        assertThat(TomlSyntax.rephrase(new IllegalStateException(toml4j), ""))
                .extracting(TomlOutline.Issue::line, TomlOutline.Issue::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1,
                                "not a valid key: \"table2.dupe\" (keys are letters, digits, _ and -)"),
                        org.assertj.core.groups.Tuple.tuple(1,
                                "not a valid key: \"table2.dupe\" (keys are letters, digits, _ and -)"),
                        org.assertj.core.groups.Tuple.tuple(3, "\"name\" is set twice"));
    }

    @Test
    void findsTheLineOfANumberTomlFourJCouldNotRead() {
        String text = "format = 1\nbig = 99999999999999999999\n";

        assertThat(TomlSyntax.rephrase(new NumberFormatException("For input string: \"99999999999999999999\""), text))
                .singleElement()
                .isEqualTo(new TomlOutline.Issue(2, "cannot read \"99999999999999999999\" as a number or \\u escape", false));
    }

    @Test
    void aParserThatRunsOutOfStackIsAnsweredNotThrown() {
        assertThat(TomlSyntax.rephrase(new StackOverflowError(), "")).singleElement()
                .extracting(TomlOutline.Issue::message)
                .isEqualTo("this file is too deeply nested or too large to read");
    }

    @Test
    void theRealParserAndTheOutlineAgreeOnAValidDocument() {
        String text = "a = 1\n[t]\nb = [ \"x\", \"y\" ]\n";
        TomlSyntax.Result result = TomlSyntax.parse(text, TomlOutline.scan(text));

        assertThat(result.issues()).isEmpty();
        assertThat(result.document()).containsKeys("a", "t");
    }
}
