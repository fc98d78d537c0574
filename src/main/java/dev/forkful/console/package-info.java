/** The line mode (JLine 3), {@code forkful shell} and the fallback where no full screen is possible: {@link dev.forkful.console.Shell} runs commands over the same game flow, {@link dev.forkful.console.ShellCompleter} completes them, {@link dev.forkful.console.CampaignText} lists the campaign, {@code LogTail} prints each event-log line once. */
package dev.forkful.console;
