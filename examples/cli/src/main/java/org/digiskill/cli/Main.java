package org.digiskill.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code digiskill} command: a container of subcommands such as {@code validate}.
 *
 * <p>Exit codes, which scripts and CI jobs rely on:
 *
 * <ul>
 *   <li>{@value #EXIT_OK}: success; for {@code validate}, every file is valid (warnings allowed);
 *   <li>{@value #EXIT_INVALID}: some document is invalid, unreadable or missing;
 *   <li>{@value #EXIT_USAGE}: the command line is wrong (no files, unknown option or value);
 *   <li>{@value #EXIT_INTERNAL_ERROR}: the tool itself failed; the stack trace is on standard error.
 * </ul>
 */
@Command(
    name = "digiskill",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Tools for digiskill competency frameworks and assessments.",
    subcommands = {ValidateCommand.class, PreviewCommand.class, ScoreCommand.class, RegradeCommand.class, SimulateCommand.class, CalibrateCommand.class, KeysCommand.class, CertifyCommand.class, VerifyCommand.class, StatusListCommand.class, CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = Main.EXIT_USAGE,
    exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
public final class Main implements Runnable {
  /** Exit code when the command succeeded. */
  public static final int EXIT_OK = 0;

  /** Exit code when some document is invalid, unreadable or missing. */
  public static final int EXIT_INVALID = 1;

  /** Exit code when the command line is wrong. */
  public static final int EXIT_USAGE = 2;

  /**
   * Exit code when the tool itself failed. Kept apart from {@link #EXIT_INVALID} so that a crash
   * is never mistaken for a verdict on the documents.
   */
  public static final int EXIT_INTERNAL_ERROR = 3;

  @Spec private CommandSpec spec;

  /** Runs the command line and exits the JVM with its exit code. */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging, which would otherwise pick
    // java.util.logging and print an INFO banner on standard error; route it to SLF4J, which
    // simplelogger.properties limits to warnings. Set here, not in run(), because it is global.
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(out, err, args));
  }

  /**
   * Runs the command line, writing results to {@code out} and diagnostics to {@code err}, and
   * returns the exit code instead of exiting; both writers are flushed, not closed.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new Main());
    // Set after the subcommands exist, so that they apply to them too.
    commandLine.setOut(out).setErr(err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** Called when no subcommand is given, which is a usage error. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing required subcommand");
  }
}
