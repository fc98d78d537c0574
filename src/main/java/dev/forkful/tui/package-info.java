/**
 * The full-screen game (Lanterna 3, Screen layer). {@link dev.forkful.tui.Renderer#render} draws
 * the {@link dev.forkful.view} page of a {@link dev.forkful.flow.GameState} onto a Lanterna
 * {@code TextGraphics} with its {@code Pen} (each tone in the style's {@link dev.forkful.view.Theme}'s ink);
 * {@link dev.forkful.tui.TerminalApp} is the one class that touches Lanterna's Terminal and Screen (its
 * {@code Tty}: Lanterna's Unix terminal with the game's tty modes set in one {@code stty}, output buffered to a
 * frame; opened on a thread of its own while the campaign is read, before the first frame): it
 * also gives the terminal to the shell on Ctrl-Z and takes it back on {@code fg}, and clears the screen
 * before an ending signal (TERM, HUP, INT) exits 128 + its number.
 */
package dev.forkful.tui;
