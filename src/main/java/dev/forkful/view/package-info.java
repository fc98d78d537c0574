/**
 * What both views say: every screen of the game as a {@link dev.forkful.view.Page} of
 * {@link dev.forkful.view.Line}s in {@link dev.forkful.view.Tone}s, built from a
 * {@link dev.forkful.flow.GameState} alone by {@link dev.forkful.view.Pages} ({@code MapView},
 * {@code BriefingView}, {@code PlanView}, {@code KitchenView}, {@code ResultsView},
 * {@link dev.forkful.view.TooSmallView}) in a {@link dev.forkful.view.Style} (box drawing or ASCII,
 * colour or not). The full screen ({@code tui}) draws the pages, the line mode ({@code console})
 * prints their text: the two never import each other. {@link dev.forkful.view.Words} says level
 * facts in short words and wraps text (reflowing a level file's own line breaks);
 * {@link dev.forkful.view.Scroll} shows the part of a long page that fits and turns the scroll keys
 * into a {@link dev.forkful.flow.FlowEvent.ScrollTo}. {@link dev.forkful.view.TimelineView} is the results'
 * timeline page (one row per chef along a {@code TimeAxis}, each cell's {@code TimeGlyph} chosen by
 * {@code LaneCells}, the plots as {@code Sparkline}s, drawn by {@code TimelineRows}), for the full screen and
 * the line mode's {@code timeline} alike; {@code CodeView} shows the plan as the program {@code forkful code} writes. {@link dev.forkful.view.NextUnlock} says what opens next on
 * the campaign, for the map and {@code forkful levels} alike. What is not code comes from the
 * repository's {@code assets/} (copied into the jar) through {@link dev.forkful.view.Assets}: the
 * {@link dev.forkful.view.Art} drawings (title, houses, chefs, a burnt house, a frozen kitchen, each in
 * a Unicode and an ASCII form), laid out by {@code Drawings} only where a page has room, and the colour
 * {@link dev.forkful.view.Theme}s ({@code default}, {@code high-contrast}, {@code plain}) that the
 * style carries to the full screen's pen.
 */
package dev.forkful.view;
