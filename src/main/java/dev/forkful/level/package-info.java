/**
 * Level files, format 1 (see levels/README.md).
 *
 * <p>The records: {@link dev.forkful.level.Level}, {@link dev.forkful.level.Kitchen},
 * {@link dev.forkful.level.Task}, {@link dev.forkful.level.Arrival}, {@link dev.forkful.level.Step},
 * {@link dev.forkful.level.Fault}, {@link dev.forkful.level.Stars}, {@link dev.forkful.level.Model},
 * with {@link dev.forkful.level.Durations} for "5ms", {@code Sizes} for a memory star's "200MB" and
 * {@link dev.forkful.level.LevelLimits} for the caps.
 *
 * <p>Reading: {@link dev.forkful.level.LevelLoader} checks the bytes (size, binary, UTF-8), then
 * {@code TomlOutline} makes one linear pass that records the line of every key and refuses what TOML
 * forbids but TOML4J accepts: it reads the lines and table headers over a {@code TomlCursor} (position,
 * line, blanks, how a mistake is recorded), with {@code TomlKeyValues} for {@code key = value}, arrays
 * and inline tables, {@code TomlStrings} for strings and escapes and {@code TomlBareValues} for
 * numbers, booleans and unquoted text. {@code TomlSyntax} runs TOML4J bounded in time and stack and
 * rewords its errors, and {@code LevelReader} maps the tables to the records by hand through
 * {@code TomlTable}: the top-level keys, [kitchen] and [fridge] itself, the tasks through
 * {@code TaskReader} (and their steps through {@code StepReader}), [stars] through {@code StarsReader},
 * with {@code LevelText} for the ids and texts they share. Every mistake is collected as a
 * {@link dev.forkful.level.LevelProblem} ({@code file:line: message}, with
 * {@link dev.forkful.level.Suggest} for "did you mean"), thrown together in a
 * {@link dev.forkful.level.LevelException}.
 *
 * <p>{@link dev.forkful.level.Recipe} sums one order's steps by kind (a fridge take's own time,
 * {@code Recipe.TAKE_NANOS}, is the worker's pause inside the fridge's lock), and {@link dev.forkful.level.IdealTime}
 * turns the recipes into the level's ideal wall time: the reader refuses a level that cannot finish in
 * its time limit even on 2 cores, and the score measures a star's par against it.
 * {@link dev.forkful.level.AuthorNotes} is what {@code check} adds for an author: the ideal times, and a
 * fridge that runs out where the stars do not allow it.
 *
 * <p>A campaign is {@link dev.forkful.level.CampaignChapters}: levels in chapters, numbered across the campaign, which
 * finds a level by number, id or path. {@link dev.forkful.level.CampaignFolder} reads a folder of level files as one
 * (in the chapters of its {@code campaign.toml}, mapped by {@code CampaignReader} through the same outline and
 * {@code TomlTable}, else in file-name order), each file a {@code CampaignFolder.CampaignFile} (a name and its bytes) and
 * the files read on two threads; {@link dev.forkful.level.Campaign} is the built-in one shipped in the jar (read from the
 * jar the class path has open, no zip file system);
 * {@link dev.forkful.level.Unreadable} says why a file could not be read. {@link dev.forkful.level.AnswersFile} reads a
 * student's hand-in (student, campaign, a plan per level id) through the same outline and {@code TomlTable}.
 *
 * <p>{@link dev.forkful.level.Visible} is the one sanitiser for text a level file (or a file name) brings to a
 * terminal: both views, {@code check} and every {@link dev.forkful.level.LevelProblem} show its control
 * characters in caret notation instead of sending them. {@link dev.forkful.level.Plain} formats the numbers of every
 * text the game writes, the same on every machine whatever its locale.
 */
package dev.forkful.level;
