package dev.forkful.level;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A TOML text read as the loader reads it, for a test of one reader: the top table and where its problems go. */
record ParsedToml(TomlTable top, TomlTable.Sink sink) {
    static ParsedToml of(String text) {
        TomlOutline outline = TomlOutline.scan(text);
        TomlSyntax.Result parsed = TomlSyntax.parse(text, outline);
        if (!parsed.issues().isEmpty()) {
            throw new IllegalArgumentException("not valid TOML: " + parsed.issues());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) TomlTable.unquoteKeys(parsed.document());
        TomlTable.Sink sink = new TomlTable.Sink("t.toml", outline, new ArrayList<>());
        return new ParsedToml(new TomlTable(sink, "", "the level", document), sink);
    }

    /** The problems as the player reads them, {@code line: message}. */
    List<String> problems() {
        return sink.problems().stream().map(p -> p.line() + ": " + p.message()).toList();
    }
}
