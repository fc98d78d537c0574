package dev.forkful.level;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads level files (format 1): checks the bytes, the TOML and the level schema, and reports every
 * problem as {@code file:line: message}. Nothing but {@link LevelException} leaves it for bad content.
 */
public final class LevelLoader {
    private LevelLoader() {
    }

    /** Reads and validates the level file at {@code file}; messages name it as given. */
    public static Level load(Path file) throws LevelException {
        return read(file.toString(), bytesOf(file), file);
    }

    /** The bytes of a small regular file, or the reason there are none, under the name {@code file} as given. */
    static byte[] bytesOf(Path file) throws LevelException {
        String name = file.toString();
        BasicFileAttributes attributes;
        try {
            // not Files.exists: it says "no such file" for a name too long or a folder on the way that is not ours
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            throw new LevelException(new LevelProblem(name, 0, Unreadable.why(e)));
        }
        if (attributes.isDirectory()) {
            throw new LevelException(new LevelProblem(name, 0, "a folder, not a level file"));
        }
        if (!attributes.isRegularFile()) {
            throw new LevelException(new LevelProblem(name, 0, "not a file (a device, a pipe or a socket)"));
        }
        if (attributes.size() > LevelLimits.MAX_FILE_BYTES) {
            throw new LevelException(tooLarge(name));
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new LevelException(new LevelProblem(name, 0, "cannot read it: " + Unreadable.why(e)));
        }
    }

    /** Validates level text (already decoded) under the name {@code displayName}. */
    public static Level parse(String displayName, String text) throws LevelException {
        return parse(displayName, text, sourceOf(displayName));
    }

    /** Validates raw bytes: a level must be UTF-8 text, not binary. */
    static Level read(String displayName, byte[] bytes, Path source) throws LevelException {
        return parse(displayName, text(displayName, bytes), source);
    }

    /** The bytes as text: a level (or a campaign file) must be UTF-8 text, not binary. */
    static String text(String displayName, byte[] bytes) throws LevelException {
        if (bytes.length > LevelLimits.MAX_FILE_BYTES) {
            throw new LevelException(tooLarge(displayName));
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new LevelException(new LevelProblem(displayName, lineAt(bytes, i),
                        "this is a binary file, not a level (it holds a NUL byte)"));
            }
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new LevelException(new LevelProblem(displayName, lineAt(bytes, firstBadByte(bytes)),
                    "not UTF-8 text: save the file as UTF-8"));
        }
    }

    private static Level parse(String displayName, String text, Path source) throws LevelException {
        if (text.length() > LevelLimits.MAX_FILE_BYTES) {
            throw new LevelException(tooLarge(displayName));
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (body.isBlank()) {
            throw new LevelException(new LevelProblem(displayName, 0,
                    "the file is empty; a level starts with format = " + LevelReader.FORMAT + " (see levels/README.md)"));
        }
        TomlOutline outline = TomlOutline.scan(body);
        List<LevelProblem> problems = new ArrayList<>();
        Optional<Map<String, Object>> document = document(displayName, body, outline, problems);
        if (document.isPresent()) {
            Optional<Level> level = LevelReader.read(document.get(), new TomlTable.Sink(displayName, outline, problems), source);
            if (level.isPresent()) {
                return level.get();
            }
        }
        problems.sort(Comparator.comparingInt(LevelProblem::line));
        throw new LevelException(problems);
    }

    /** The TOML document with its keys unquoted, or empty when its syntax problems were added to {@code problems}. */
    static Optional<Map<String, Object>> document(String displayName, String body, TomlOutline outline, List<LevelProblem> problems) {
        TomlSyntax.Result parsed = TomlSyntax.parse(body, outline);
        for (TomlOutline.Issue issue : parsed.issues()) {
            problems.add(new LevelProblem(displayName, issue.line(), issue.message()));
        }
        if (!parsed.issues().isEmpty()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> document = (Map<String, Object>) TomlTable.unquoteKeys(parsed.document());
        return Optional.of(document);
    }

    private static LevelProblem tooLarge(String name) {
        return new LevelProblem(name, 0, "the file is larger than " + (LevelLimits.MAX_FILE_BYTES >> 10)
                + " KiB; a level file is a few KiB");
    }

    private static Path sourceOf(String displayName) {
        try {
            return Path.of(displayName);
        } catch (InvalidPathException e) {
            return Path.of("level.toml");
        }
    }

    private static int lineAt(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The index of the first byte that does not decode as UTF-8. */
    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = utf8.decode(in, out, true);
        return result.isError() ? in.position() : 0;
    }
}
