/** The player's progress, written atomically to the user's data folder. */
package dev.forkful.save;
