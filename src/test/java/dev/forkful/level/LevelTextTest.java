package dev.forkful.level;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LevelTextTest {
    @Test
    void anIdIsLowercaseWordsJoinedBySingleDashes() {
        assertThat(LevelText.isId("lunch-rush-2")).isTrue();
        assertThat(LevelText.isId("Lunch")).isFalse();
        assertThat(LevelText.isId("a--b")).isFalse();
        assertThat(LevelText.isId("-a")).isFalse();
    }

    @Test
    void aWrongIdGetsASlugToUseInstead() {
        ParsedToml toml = ParsedToml.of("id = \"Lunch Rush!\"\nempty = \"!!\"\n");

        assertThat(LevelText.checkedId(toml.top(), "id")).isEmpty();
        assertThat(LevelText.checkedId(toml.top(), "empty")).isEmpty();
        assertThat(toml.problems()).containsExactly(
                "1: id \"Lunch Rush!\" may only use a-z, 0-9 and single dashes; did you mean \"lunch-rush\"?",
                "2: empty \"!!\" may only use a-z, 0-9 and single dashes");
    }

    @Test
    void aBlankTextIsRefused() {
        ParsedToml toml = ParsedToml.of("title = \"  \"\nname = \"Soup\"\n");

        assertThat(LevelText.nonBlank(toml.top(), "title", "\"x\"")).isEmpty();
        assertThat(LevelText.nonBlank(toml.top(), "name", "\"x\"")).contains("Soup");
        assertThat(toml.problems()).containsExactly("1: title cannot be empty");
    }
}
