/** The line-mode game (JLine 3): commands over the same game flow, tab completion and history. */
package dev.forkful.console;
