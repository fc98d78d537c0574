package dev.forkful.view;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The drawings of {@code assets/art/}, each in a Unicode form ({@code NAME.utf8.txt}) and an ASCII
 * one ({@code NAME.ascii.txt}) for terminals whose locale is not UTF-8. A drawing always comes with
 * words beside it, so it is never the only signal; it is drawn only where a screen has room for it.
 */
public enum Art {
    TITLE, HOUSE, CHEF, BURNT_HOUSE, FROZEN_KITCHEN;

    private static final Map<String, List<String>> LOADED = new ConcurrentHashMap<>();

    /** The file name without its form, as in {@code assets/art/}: {@code burnt-house}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The asset of one form: {@code art/house.ascii.txt}. */
    public String path(boolean ascii) {
        return "art/" + fileName() + (ascii ? ".ascii.txt" : ".utf8.txt");
    }

    /** The drawing's rows in the style's form, each padded to the drawing's width. */
    public List<String> rows(Style style) {
        return LOADED.computeIfAbsent(path(style.ascii()), Art::load);
    }

    public int width(Style style) {
        return rows(style).getFirst().length();
    }

    public int height(Style style) {
        return rows(style).size();
    }

    private static List<String> load(String path) {
        List<String> rows = Assets.text(path).lines().map(String::stripTrailing).toList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("assets/" + path + " is empty");
        }
        int width = rows.stream().mapToInt(String::length).max().orElse(0);
        return rows.stream().map(r -> r + " ".repeat(width - r.length())).toList();
    }
}
