/** The game flow, independent of any terminal: immutable state and {@code update(state, event)} from the level map to the results. */
package dev.forkful.flow;
