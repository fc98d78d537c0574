/** The command line (picocli): {@link dev.forkful.cli.Main}, the root {@link dev.forkful.cli.ForkfulCommand} and one class per subcommand of DESIGN.md section 4; {@code doctor}'s {@link dev.forkful.cli.Checkup} (facts and advice) and {@link dev.forkful.cli.KitchenProbe} (one kitchen started and pinged). */
package dev.forkful.cli;
