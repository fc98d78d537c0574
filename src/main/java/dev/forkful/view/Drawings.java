package dev.forkful.view;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays out {@link Art} on a page: one drawing as lines, or pictures side by side, each with a caption
 * under it in words (so the drawing is never the only signal). The pages ask for them only when they
 * have room left, so a drawing never pushes text off a screen.
 */
final class Drawings {
    /** Columns between two pictures of a strip. */
    private static final int GAP = 2;

    private Drawings() {
    }

    /** A drawing and what stands right of it (chefs beside their house), over a caption. */
    record Picture(Art art, Tone tone, Art beside, int besideCount, String caption, Tone captionTone) {
        static Picture of(Art art, Tone tone, String caption, Tone captionTone) {
            return new Picture(art, tone, art, 0, caption, captionTone);
        }

        int width(Style style) {
            return Math.max(art.width(style) + besideCount * (beside.width(style) + 1), caption.length());
        }

        int height(Style style) {
            return art.height(style) + 1;
        }

        /** Row {@code row} of the picture, {@code width(style)} columns wide. */
        void row(int row, Style style, Line out) {
            int start = out.length();
            int artRows = art.height(style);
            if (row == artRows) {
                out.add(caption, captionTone);
            } else {
                out.add(art.rows(style).get(row), tone);
                // the figures beside stand on the drawing's bottom row
                int besideRow = row - (artRows - beside.height(style));
                for (int i = 0; i < besideCount; i++) {
                    out.add(" ").add(besideRow >= 0 ? beside.rows(style).get(besideRow) : " ".repeat(beside.width(style)), Tone.PLAIN);
                }
            }
            out.padTo(start + width(style));
        }
    }

    /** One drawing, indented by a column, in a tone. */
    static List<Line> of(Art art, Style style, Tone tone) {
        return art.rows(style).stream().map(r -> new Line().add(" ").add(r, tone)).toList();
    }

    /**
     * The pictures left to right, as many as fit in {@code width}; the ones left out are counted in
     * words after the last one shown. Empty when not even the first fits.
     */
    static List<Line> strip(List<Picture> pictures, Style style, int width) {
        List<Picture> shown = new ArrayList<>();
        int used = 1;
        for (Picture p : pictures) {
            String more = pictures.size() - shown.size() - 1 > 0 ? "+" + (pictures.size() - shown.size() - 1) + " more" : "";
            if (used + p.width(style) + (more.isEmpty() ? 0 : GAP + more.length()) > width) {
                break;
            }
            shown.add(p);
            used += p.width(style) + GAP;
        }
        if (shown.isEmpty()) {
            return List.of();
        }
        int height = shown.stream().mapToInt(p -> p.height(style)).max().orElse(0);
        List<Line> out = new ArrayList<>();
        for (int row = 0; row < height; row++) {
            Line line = new Line().add(" ");
            for (Picture p : shown) {
                // shorter pictures stand on the same ground as the tallest
                int own = row - (height - p.height(style));
                if (own >= 0) {
                    p.row(own, style, line);
                } else {
                    line.add(" ".repeat(p.width(style)));
                }
                line.add(" ".repeat(GAP));
            }
            if (row == height - 1 && shown.size() < pictures.size()) {
                line.add("+" + (pictures.size() - shown.size()) + " more", Tone.DIM);
            }
            out.add(line);
        }
        return out;
    }
}
