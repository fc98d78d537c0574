/**
 * The full-screen game (Lanterna 3, Screen layer). {@link dev.forkful.tui.Renderer#render} draws
 * the {@link dev.forkful.view} page of a {@link dev.forkful.flow.GameState} onto a Lanterna
 * {@code TextGraphics} with its {@code Pen} (colours and weights for each tone);
 * {@link dev.forkful.tui.TerminalApp} is the one class that touches Lanterna's Terminal and Screen.
 */
package dev.forkful.tui;
