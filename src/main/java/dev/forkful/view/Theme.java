package dev.forkful.view;

import com.moandjiezana.toml.Toml;
import dev.forkful.level.Suggest;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A colour theme from {@code assets/themes/NAME.toml}: for each {@link Tone}, its {@link Ink}. The
 * full screen's pen draws with it; {@code plain} has no colour at all (what {@code NO_COLOR} asks
 * for), only weight, so colour is never the only signal in any theme.
 */
public record Theme(String name, String description, Map<Tone, Ink> inks) {
    /** The themes in {@code assets/themes/}, the default first. */
    public static final List<String> NAMES = List.of("default", "high-contrast", "plain");

    /** The colours a theme may name: the terminal's own, and the eight ANSI colours, plain or bright. */
    public static final Set<String> COLOURS = Stream.concat(Stream.of("default"),
            Stream.of("black", "red", "green", "yellow", "blue", "magenta", "cyan", "white")
                    .flatMap(c -> Stream.of(c, c + "-bright")))
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> INK_KEYS = Set.of("fg", "bg", "bold", "reverse", "underline");

    /** How a tone is drawn: colours by name ({@code "default"} is the terminal's own) and weights. */
    public record Ink(String fg, String bg, boolean bold, boolean reverse, boolean underline) {}

    public static final Theme DEFAULT = load("default");

    /** The theme without colour, read when first asked: most starts never draw with it. */
    public static Theme plain() {
        return Plain.THEME;
    }

    private static final class Plain {
        static final Theme THEME = load("plain");
    }

    public Theme {
        inks = Map.copyOf(inks);
    }

    public Ink ink(Tone tone) {
        return inks.get(tone);
    }

    /** Whether any tone has a colour other than the terminal's own. */
    public boolean colored() {
        return inks.values().stream().anyMatch(i -> !i.fg().equals("default") || !i.bg().equals("default"));
    }

    /** The theme of that name, when there is one. */
    public static Optional<Theme> named(String name) {
        return NAMES.contains(name) ? Optional.of(name.equals("default") ? DEFAULT : name.equals("plain") ? plain() : load(name))
                : Optional.empty();
    }

    /** Why {@code name} names no theme, with the likely one and the list. */
    public static String unknown(String name) {
        return "no theme \"" + name + "\"" + Suggest.didYouMean(name, NAMES) + " (the themes: " + String.join(", ", NAMES) + ")";
    }

    /** Reads {@code assets/themes/NAME.toml}; a theme that does not set every tone is a broken build. */
    static Theme load(String name) {
        String path = "themes/" + name + ".toml";
        return parse(path, Assets.text(path));
    }

    /** A theme from its text; {@code path} names it in messages. */
    static Theme parse(String path, String text) {
        Toml toml = new Toml().read(text);
        Toml tones = toml.getTable("tones");
        if (tones == null) {
            throw broken(path, text, "tones", "has no [tones] table");
        }
        Map<Tone, Ink> inks = new EnumMap<>(Tone.class);
        for (Map.Entry<String, Object> e : tones.entrySet()) {
            Tone tone = Stream.of(Tone.values()).filter(t -> t.name().toLowerCase(Locale.ROOT).equals(e.getKey())).findFirst()
                    .orElseThrow(() -> broken(path, text, e.getKey(), "\"" + e.getKey() + "\" is no tone"
                            + Suggest.didYouMean(e.getKey(), Stream.of(Tone.values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList())));
            inks.put(tone, ink(path, text, e.getKey(), tones.getTable(e.getKey())));
        }
        for (Tone t : Tone.values()) {
            if (!inks.containsKey(t)) {
                throw broken(path, text, "tones", "sets no ink for the tone \"" + t.name().toLowerCase(Locale.ROOT) + "\"");
            }
        }
        return new Theme(toml.getString("name", path), toml.getString("description", ""), inks);
    }

    private static Ink ink(String path, String text, String tone, Toml t) {
        if (t == null) {
            throw broken(path, text, tone, tone + " must be an inline table such as { fg = \"red\" }");
        }
        for (String key : t.toMap().keySet()) {
            if (!INK_KEYS.contains(key)) {
                throw broken(path, text, tone, tone + ": \"" + key + "\" is no ink key" + Suggest.didYouMean(key, INK_KEYS));
            }
        }
        String fg = colour(path, text, tone, t.getString("fg", "default"));
        String bg = colour(path, text, tone, t.getString("bg", "default"));
        return new Ink(fg, bg, t.getBoolean("bold", false), t.getBoolean("reverse", false), t.getBoolean("underline", false));
    }

    private static String colour(String path, String text, String tone, String name) {
        if (!COLOURS.contains(name)) {
            throw broken(path, text, tone, tone + ": \"" + name + "\" is no colour" + Suggest.didYouMean(name, COLOURS));
        }
        return name;
    }

    /** {@code assets/themes/x.toml:LINE: what is wrong}, the line being the first that starts with {@code key}. */
    private static IllegalStateException broken(String path, String text, String key, String what) {
        List<String> lines = text.lines().toList();
        int line = 1;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.startsWith(key) || l.startsWith("[" + key + "]")) {
                line = i + 1;
                break;
            }
        }
        return new IllegalStateException("assets/" + path + ":" + line + ": " + what);
    }
}
