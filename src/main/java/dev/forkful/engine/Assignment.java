package dev.forkful.engine;

import dev.forkful.level.Model;

/**
 * What a plan gives one task.
 *
 * @param workers processes, threads, or (for coroutine and virtual) how many orders may be in flight at once
 * @param lock    thread and virtual chefs take the fridge lock; {@code nolock} in a plan clears it
 */
public record Assignment(Model model, int workers, boolean lock) {}
