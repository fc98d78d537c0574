/** The player's progress between sessions: {@link dev.forkful.save.Progress} (stars, best figures, hints seen, unlocked levels per {@link dev.forkful.save.LevelProgress}), stored by {@link dev.forkful.save.SaveFile} atomically in the folder that {@link dev.forkful.save.DataDir} names. */
package dev.forkful.save;
