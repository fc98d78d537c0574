package dev.forkful.level;

import java.util.HashMap;
import java.util.Map;

/**
 * The outline's reading of {@code key = value}: the key, then the value with its arrays and inline
 * tables, recording the line of every key and element, refusing a key set twice, a missing or doubled
 * comma and an inline table across lines, and capping the keys, items and nesting a level may have.
 */
final class TomlKeyValues {
    private final TomlCursor at;
    private final TomlStrings strings;
    private final TomlBareValues bareValues;
    /** The outline's line of every path, filled here for keys and array elements. */
    private final Map<String, Integer> lines;
    /** The line of every path set to a value, so that neither a key nor a header sets it again. */
    private final Map<String, Integer> values = new HashMap<>();
    private int keys;

    TomlKeyValues(TomlCursor cursor, Map<String, Integer> lines) {
        this.at = cursor;
        this.strings = new TomlStrings(cursor);
        this.bareValues = new TomlBareValues(cursor);
        this.lines = lines;
    }

    /** The line where {@code path} was set to a value, or null. */
    Integer valueLine(String path) {
        return values.get(path);
    }

    void keyValue(String prefix, int depth) {
        int keyLine = at.line();
        String first = key();
        at.skipSpaces();
        if (at.peek() == '.') {
            StringBuilder dotted = new StringBuilder(first);
            while (at.peek() == '.') {
                at.skip(1);
                at.skipSpaces();
                dotted.append('.').append(key());
                at.skipSpaces();
            }
            String[] parts = dotted.toString().split("\\.");
            String tableName = String.join(".", java.util.Arrays.copyOf(parts, parts.length - 1));
            at.problem("dotted keys such as \"" + dotted + "\" are not TOML 0.4, which levels use: write \""
                    + parts[parts.length - 1] + " = ...\" under a [" + tableName + "] table");
        }
        if (at.peek() != '=') {
            at.problem("\"" + first + "\" must be followed by = and a value");
        }
        at.skip(1);
        if (++keys > LevelLimits.MAX_KEYS) {
            at.fatal("more than " + LevelLimits.MAX_KEYS + " keys");
        }
        String path = prefix.isEmpty() ? first : prefix + "." + first;
        lines.putIfAbsent(path, keyLine);
        Integer earlier = values.putIfAbsent(path, keyLine);
        if (earlier != null) {
            at.problem("\"" + first + "\" is set twice (first on line " + earlier + ")");
        }
        at.skipSpaces();
        if (at.atLineEnd()) {
            at.problem("\"" + first + "\" has no value after =");
        }
        value(path, first, depth);
    }

    /** A bare or quoted key; returns its name. */
    String key() {
        char c = at.peek();
        if (c == '"' || c == '\'') {
            return strings.basicOrLiteral(c, "key");
        }
        int start = at.position();
        while (!at.atEnd() && isBareKeyChar(at.peek())) {
            at.skip(1);
        }
        if (start == at.position()) {
            if (c != '\n' && !at.startsWith("\r\n")) {
                at.checkControl(c, "line");
            }
            at.problem("expected a key (letters, digits, _ or -) but found " + at.snippet());
        }
        return at.textFrom(start);
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    private void value(String path, String key, int depth) {
        if (depth > LevelLimits.MAX_NESTING) {
            at.fatal("arrays and tables nest more than " + LevelLimits.MAX_NESTING + " deep");
        }
        char c = at.peek();
        if (at.startsWith("\"\"\"") || at.startsWith("'''")) {
            strings.multiline(at.ahead(3));
        } else if (c == '"' || c == '\'') {
            strings.basicOrLiteral(c, "string");
        } else if (c == '[') {
            array(path, key, depth);
        } else if (c == '{') {
            inlineTable(path, depth);
        } else {
            bareValues.check(key);
        }
    }

    private void array(String path, String key, int depth) {
        int openLine = at.line();
        at.skip(1);
        int items = 0;
        boolean needComma = false;
        while (true) {
            at.skipBlankAndNewlines();
            if (at.atEnd()) {
                at.lineProblem(openLine, "this array is never closed with ]");
            }
            char c = at.peek();
            if (c == ']') {
                at.skip(1);
                return;
            }
            if (c == ',') {
                at.problem(items > 0 ? "two commas in a row in an array" : "a comma with no item before it in an array");
            }
            if (needComma) {
                at.problem("missing comma between array items");
            }
            if (items >= LevelLimits.MAX_ARRAY_ITEMS) {
                at.fatal("more than " + LevelLimits.MAX_ARRAY_ITEMS + " items in one array");
            }
            String item = path + "[" + items + "]";
            lines.putIfAbsent(item, at.line());
            value(item, key, depth + 1);
            items++;
            at.skipBlankAndNewlines();
            if (at.peek() == ',') {
                at.skip(1);
                needComma = false;
            } else {
                needComma = true;
            }
        }
    }

    private void inlineTable(String path, int depth) {
        int openLine = at.line();
        at.skip(1);
        boolean first = true;
        boolean afterComma = false;
        while (true) {
            at.skipSpaces();
            if (at.atLineEnd()) {
                at.stop(openLine, "an inline table { ... } must open and close on one line (TOML 0.4);"
                        + " put it on one line, or use a [table]");
            }
            if (at.peek() == '}') {
                if (afterComma) {
                    at.problem("a trailing comma before } is not allowed in an inline table");
                }
                at.skip(1);
                return;
            }
            if (!first && !afterComma) {
                at.problem("missing comma between the keys of an inline table");
            }
            keyValue(path, depth + 1);
            first = false;
            at.skipSpaces();
            afterComma = at.peek() == ',';
            if (afterComma) {
                at.skip(1);
            }
        }
    }
}
