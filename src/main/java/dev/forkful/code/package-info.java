/**
 * {@code forkful code}: a level and a plan written out as a real program of the same workload, in
 * Python or Java, for the learner to read and run.
 *
 * <p>{@link dev.forkful.code.Programs} is the way in: an {@link dev.forkful.code.Order} (level, plan,
 * faults or not, seed) and a {@link dev.forkful.code.Lang}. {@code PythonProgram} and {@code JavaProgram}
 * fill templates kept as resources beside this package ({@code python/*.py}, {@code java/*.java},
 * {@code python/steps.properties}, {@code models.properties}) through {@code Template}; {@code Header}
 * writes the opening comment (level, plan, what each model means, what a run replays) and
 * {@code Literals} the strings and durations. Faults come from the engine's own dice, so a program made
 * with {@code --faults} meets the faults {@code forkful run} meets.
 */
package dev.forkful.code;
