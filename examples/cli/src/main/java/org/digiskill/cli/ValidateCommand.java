package org.digiskill.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code digiskill validate FILE...}: checks documents by their {@code kind} and reports every
 * problem with its file, line and column.
 *
 * <p>The files are validated together, so crosswalks between them resolve, as do crosswalks into
 * the built-in catalogue. Problems go to standard output; a one-line summary to standard error.
 * The exit code is {@link Main#EXIT_OK} when every file is valid (warnings allowed) and {@link
 * Main#EXIT_INVALID} otherwise; a missing file counts as an invalid one.
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Validates digiskill documents by their kind (framework or assessment).",
      "Problems are printed as file:line:col: path: message [code]; a summary goes to standard error.",
      "Exit code 0 when every file is valid (warnings allowed), 1 when any is invalid, 2 on a wrong command line."
    },
    exitCodeOnInvalidInput = Main.EXIT_USAGE,
    exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
final class ValidateCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "Language of the messages: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Language language;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private OutputFormat format;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Documents to validate (.yaml, .yml or .json).")
  private List<Path> files;

  @Override
  public Integer call() {
    List<FileReport> reports = BatchValidator.standard().validate(files);
    format.write(reports, language, spec.commandLine().getOut());
    spec.commandLine().getErr().println(summary(reports, language));
    return reports.stream().allMatch(FileReport::isValid) ? Main.EXIT_OK : Main.EXIT_INVALID;
  }

  /** Returns e.g. {@code 3 files, 1 invalid, 2 errors, 1 warning}. */
  static String summary(List<FileReport> reports, Language language) {
    long invalid = reports.stream().filter(r -> !r.isValid()).count();
    long errors = reports.stream().mapToLong(r -> r.report().errors().size()).sum();
    long warnings = reports.stream().mapToLong(r -> r.report().warnings().size()).sum();
    return switch (language) {
      case vi -> reports.size() + " tệp, " + invalid + " không hợp lệ, " + errors + " lỗi, " + warnings + " cảnh báo";
      case en ->
          count(reports.size(), "file")
              + ", " + invalid + " invalid, "
              + count(errors, "error")
              + ", "
              + count(warnings, "warning");
    };
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
