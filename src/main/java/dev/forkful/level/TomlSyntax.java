package dev.forkful.level;

import com.moandjiezana.toml.Toml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a level's TOML with TOML4J, bounded in time and stack, and rewords TOML4J's complaints
 * ({@code "Invalid text after key cpu on line 3. Make sure..."}) into the game's own sentences.
 */
final class TomlSyntax {
    private static final long PARSE_TIMEOUT_SECONDS = 10;
    private static final long PARSER_STACK_BYTES = 16L << 20;
    private static final Pattern TOML4J_ERROR = Pattern.compile(
            "(Invalid key|Invalid value|Unterminated value|Key is not followed by an equals sign"
                    + "|Duplicate table definition|Duplicate key|Invalid text after key (\\S+)"
                    + "|Key already exists for table defined|Invalid table array definition|Invalid table definition|(\\S+) becomes a heterogeneous array)"
                    + " on line (\\d+)");
    /**
     * TOML4J's threads, each with a deep stack, kept for the next file: a thread started and ended per
     * file was a fifth of the campaign's reading, which the first frame waits for.
     */
    private static final ExecutorService PARSERS = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("toml-parser").stackSize(PARSER_STACK_BYTES).factory());
    private static final Pattern INPUT_STRING = Pattern.compile("For input string: \"([^\"]*)\"");

    /** The parsed document, or the syntax problems by line. */
    record Result(Map<String, Object> document, List<TomlOutline.Issue> issues) {}

    private TomlSyntax() {
    }

    /** Parses {@code text} whose outline found no fatal issue; merges the outline's issues with TOML4J's. */
    static Result parse(String text, TomlOutline outline) {
        Map<Integer, TomlOutline.Issue> byLine = new TreeMap<>();
        outline.issues().forEach(i -> byLine.putIfAbsent(i.line(), i));
        Map<String, Object> document = null;
        if (!outline.fatal()) {
            Future<Map<String, Object>> parsed = PARSERS.submit(() -> new Toml().read(text).toMap());
            try {
                document = parsed.get(PARSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) { // TOML4J throws assorted runtime exceptions and errors on bad input
                for (TomlOutline.Issue issue : rephrase(e.getCause(), text)) {
                    byLine.putIfAbsent(issue.line(), issue);
                }
            } catch (TimeoutException e) {
                parsed.cancel(true);
                byLine.putIfAbsent(0, new TomlOutline.Issue(0,
                        "reading this file took over " + PARSE_TIMEOUT_SECONDS + "s; it is too complex for a level", true));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                byLine.putIfAbsent(0, new TomlOutline.Issue(0, "interrupted while reading", true));
            }
        }
        return new Result(byLine.isEmpty() ? document : null, new ArrayList<>(byLine.values()));
    }

    static List<TomlOutline.Issue> rephrase(Throwable error, String text) {
        List<TomlOutline.Issue> issues = new ArrayList<>();
        String message = String.valueOf(error.getMessage());
        if (error instanceof StackOverflowError || error instanceof OutOfMemoryError) {
            issues.add(new TomlOutline.Issue(0, "this file is too deeply nested or too large to read", true));
            return issues;
        }
        Matcher m = TOML4J_ERROR.matcher(message);
        while (m.find()) {
            int line = Integer.parseInt(m.group(4));
            issues.add(new TomlOutline.Issue(line, reword(m.group(1), m.group(2), m.group(3), detail(message, m)), false));
        }
        if (issues.isEmpty()) {
            Matcher input = INPUT_STRING.matcher(message);
            String what = error instanceof NumberFormatException && input.find()
                    ? "cannot read \"" + input.group(1) + "\" as a number or \\u escape"
                    : "not valid TOML: " + firstLine(message);
            issues.add(new TomlOutline.Issue(lineOfInput(message, text), what, false));
        }
        return issues;
    }

    private static String reword(String kind, String textAfterKey, String heterogeneous, String detail) {
        if (textAfterKey != null) {
            return "unexpected text after the value of \"" + textAfterKey
                    + "\" (text values need quotes, e.g. \"5ms\"; a comment starts with #)";
        }
        if (heterogeneous != null) {
            return "array \"" + heterogeneous + "\" mixes types; all its items must be of one type";
        }
        return switch (kind) {
            case "Invalid key" -> detail.startsWith("[")
                    ? "this table header is not closed with ]: " + quote(detail)
                    : "not a valid key: " + quote(detail) + " (keys are letters, digits, _ and -)";
            case "Invalid value" -> "not a valid value: " + quote(detail);
            case "Unterminated value" -> "a string or array here is never closed: " + quote(detail);
            case "Key is not followed by an equals sign" -> "expected key = value: " + quote(detail);
            case "Duplicate table definition" -> "the table " + detail + " is defined twice";
            case "Duplicate key" -> "\"" + detail + "\" is set twice";
            case "Key already exists for table defined" -> "the table " + detail + " was already set as a key";
            default -> "not a valid table header: " + quote(detail);
        };
    }

    /** The text TOML4J quotes after "on line N: ", up to the next complaint. */
    private static String detail(String message, Matcher m) {
        int start = m.end();
        if (message.startsWith(": ", start)) {
            start += 2;
        }
        int end = message.length();
        Matcher next = TOML4J_ERROR.matcher(message);
        if (next.find(m.end())) {
            end = next.start();
        }
        return firstLine(message.substring(Math.min(start, end), end));
    }

    private static String firstLine(String s) {
        String line = s.lines().findFirst().orElse("").strip();
        return line.length() > 40 ? line.substring(0, 40) + "..." : line;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    /** Some TOML4J errors carry no line: find the line that holds the text they quote. */
    private static int lineOfInput(String message, String text) {
        Matcher m = INPUT_STRING.matcher(message);
        String quoted = m.find() ? m.group(1) : message.substring(message.indexOf(": ") + 2).strip();
        if (!quoted.isEmpty()) {
            int at = text.indexOf(quoted);
            if (at >= 0) {
                return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            }
        }
        return 0;
    }
}
