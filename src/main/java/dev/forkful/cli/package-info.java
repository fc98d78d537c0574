/** The command line (picocli): {@link dev.forkful.cli.Main}, the root {@link dev.forkful.cli.ForkfulCommand} and one class per subcommand of DESIGN.md section 4. */
package dev.forkful.cli;
