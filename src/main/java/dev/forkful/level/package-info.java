/** Level files, format 1: the records ({@link dev.forkful.level.Level}, {@link dev.forkful.level.Task}, {@link dev.forkful.level.Step}, {@link dev.forkful.level.Fault}, {@link dev.forkful.level.Stars}), the TOML loader and the validator that explains mistakes as {@code file:line: message}. */
package dev.forkful.level;
