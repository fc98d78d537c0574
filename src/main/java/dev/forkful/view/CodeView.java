package dev.forkful.view;

import dev.forkful.flow.Screen;
import java.util.ArrayList;
import java.util.List;

/**
 * The results' program page: the plan as the program a developer would write ({@code forkful code} writes
 * it), line by line, scrolled like any long page. A line wider than the screen is cut, and says so.
 */
final class CodeView {
    private CodeView() {
    }

    static Page page(Screen.Results r, Style style, int width) {
        List<Line> body = new ArrayList<>();
        String lang = r.program().map(Screen.Program::lang).orElse("python");
        if (r.program().isEmpty()) {
            body.add(Line.of(" writing the program ...", Tone.DIM));
        } else {
            for (String line : r.program().get().lines()) {
                body.add(line.length() <= width - 2 ? Line.of(" " + line)
                        : new Line().add(" " + line.substring(0, width - 3)).add(style.right(), Tone.DIM));
            }
        }
        return new Page("the plan as a " + lang + " program: " + r.result().plan(), body, List.of(
                "c", "verdict", "l", lang.equals("python") ? "java" : "python", style.updown(), "scroll", "t", "timeline", "q", "map"));
    }
}
