package dev.forkful.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.forkful.view.Style;
import dev.forkful.view.Theme;
import org.junit.jupiter.api.Test;

/** The pen draws each tone in the theme's ink: the title row of the map, in each theme. */
class ThemeOnScreenTest {
    private static TextCharacter titleCell(Theme theme) throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        Renderer.render(GoldenScreensTest.state("map"), screen.newTextGraphics(), new Style(false, theme, true));
        screen.refresh();
        return vt.getCharacter(1, 0);
    }

    @Test
    void everyThemeColourIsALanternaColour() {
        Theme.COLOURS.forEach(c -> assertThat(Pen.colour(c)).as(c).isNotNull());
    }

    @Test
    void theTitleIsDrawnInEachThemesInk() throws Exception {
        TextCharacter dflt = titleCell(Theme.DEFAULT);
        assertThat(dflt.getForegroundColor()).isEqualTo(TextColor.ANSI.CYAN);
        assertThat(dflt.getModifiers()).contains(SGR.BOLD);
        TextCharacter contrast = titleCell(Theme.named("high-contrast").orElseThrow());
        assertThat(contrast.getForegroundColor()).isEqualTo(TextColor.ANSI.CYAN_BRIGHT);
        assertThat(contrast.getBackgroundColor()).isEqualTo(TextColor.ANSI.BLACK);
        TextCharacter plain = titleCell(Theme.plain());
        assertThat(plain.getForegroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(plain.getBackgroundColor()).isEqualTo(TextColor.ANSI.DEFAULT);
        assertThat(plain.getModifiers()).as("without colour the title is still bold").contains(SGR.BOLD);
    }
}
