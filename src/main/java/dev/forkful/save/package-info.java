/**
 * The player's progress between sessions: {@link dev.forkful.save.Progress} (per campaign level and
 * per loose level file, a {@link dev.forkful.save.LevelProgress}: stars, best figures, hints seen;
 * and the unlocked levels), one per campaign in a {@code SavedProgress} (the built-in campaign's and
 * each folder campaign's by its key), kept by {@link dev.forkful.save.SaveFile} in the folder that
 * {@link dev.forkful.save.DataDir} names. A save merges under {@link dev.forkful.save.SaveLock}
 * and replaces the file atomically ({@link dev.forkful.save.AtomicFile}, which a hand-in also uses);
 * {@link dev.forkful.save.ProgressJson} reads it strictly. A record keeps its best plan
 * ({@link dev.forkful.save.LevelProgress.BestPlan}), the one a student hands in.
 */
package dev.forkful.save;
