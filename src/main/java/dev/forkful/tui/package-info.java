/**
 * The full-screen game (Lanterna 3, Screen layer). {@link dev.forkful.tui.Renderer#render} is the
 * pure view of a {@link dev.forkful.flow.GameState}, drawn screen by screen ({@code MapView},
 * {@code BriefingView}, {@code PlanView}, {@code KitchenView}, {@code ResultsView},
 * {@code TooSmallView}) in a {@link dev.forkful.view.Style} (box drawing or ASCII, colour or not);
 * {@link dev.forkful.tui.TerminalApp} is the one class that touches Lanterna's Terminal and Screen.
 * {@link dev.forkful.view.Words} says level facts in short words for both views and wraps text
 * (reflowing a level file's own line breaks); {@code Scroll} shows the part of a long page that fits
 * and turns the scroll keys into a {@link dev.forkful.flow.FlowEvent.ScrollTo}.
 */
package dev.forkful.tui;
