package org.digiskill.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.digiskill.engine.attempt.RegradeRecord;
import org.digiskill.engine.attempt.Regrader;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.model.DigiskillException;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Submission;
import org.digiskill.model.validation.InvalidDefinitionException;
import org.digiskill.model.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digiskill regrade}: re-scores stored submissions, taken on one version of an assessment,
 * against a corrected version, streaming in constant memory. It writes one JSON line per input
 * line, in input order — the {@link RegradeRecord} (with {@code "changed"}, {@code "old"} and
 * {@code "new"}), or {@code {"line": N, "error": {"code", "path", "message"}}} for a line that
 * cannot be regraded — and prints progress and a summary on standard error. With {@code
 * --dry-run} it regrades everything and prints the summary but writes no records. The same inputs
 * always give byte-identical output.
 */
@Command(
    name = "regrade",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Regrades submissions (JSON Lines) against a corrected version of their assessment and writes one JSON diff per input line, in order: the old and new points, levels and decision.",
      "Progress and a summary (changed, passed→failed, failed→passed) go to standard error; --dry-run writes no diff.",
      "Use 'sample' for --from and --submissions to try the bundled sample.",
      "Exit code 0 when every line was regraded, 1 when any line failed, 2 on a wrong command line."
    },
    exitCodeOnInvalidInput = Main.EXIT_USAGE,
    exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
final class RegradeCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "FILE", description = "The version the submissions were taken on (.yaml or .json), or 'sample'.")
  private String from;

  @Option(names = "--to", required = true, paramLabel = "FILE", description = "The corrected version of the same assessment.")
  private String to;

  @Option(names = "--framework", paramLabel = "FILE", description = "Their framework; by default the built-in one each names.")
  private String framework;

  @Option(names = "--submissions", required = true, paramLabel = "FILE", description = "Submissions, one JSON object per line, or 'sample'.")
  private String submissions;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the diff (default: standard output).")
  private Path out;

  @Option(names = "--dry-run", description = "Regrade and print the summary, but write no diff.")
  private boolean dryRun;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of messages: ${COMPLETION-CANDIDATES}.")
  private Language language;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    CompiledAssessment before;
    CompiledAssessment after;
    try {
      before = Inputs.compile(from, framework);
      after = Inputs.compile(to, framework);
    } catch (InvalidDefinitionException e) {
      Inputs.printProblems(e, language, err);
      return Main.EXIT_INVALID;
    }
    Regrader regrader;
    try {
      regrader = Regrader.of(before, after);
    } catch (IllegalArgumentException e) {
      // Two files that are not versions of one assessment: the command line names the wrong pair.
      err.println("--from and --to: " + e.getMessage());
      return Main.EXIT_USAGE;
    }
    Counts counts;
    try (InputStream in = Inputs.submissions(submissions)) {
      if (dryRun) {
        counts = run(regrader, in, Writer.nullWriter(), err, submissions, language);
      } else if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        counts = run(regrader, in, stdout, err, submissions, language);
        stdout.flush();
      } else {
        try (OutputStream os = Files.newOutputStream(out);
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
          counts = run(regrader, in, w, err, submissions, language);
        }
      }
    } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
      err.println(submissions + ": no such file");
      return Main.EXIT_INVALID;
    }
    err.println((dryRun ? "dry run, nothing written: " : "") + counts.summary());
    return counts.errors == 0 ? Main.EXIT_OK : Main.EXIT_INVALID;
  }

  /** What a run regraded. */
  static final class Counts {
    long lines;
    long changed;
    long passedToFailed;
    long failedToPassed;
    long unchanged;
    long errors;

    String summary() {
      return lines + " lines: " + changed + " changed (" + passedToFailed + " passed→failed, " + failedToPassed + " failed→passed), "
          + unchanged + " unchanged, " + errors + " errors";
    }
  }

  /**
   * Regrades every line of {@code in} and writes one line to {@code out} per input line. Memory
   * use does not grow with the number of lines: one line is read, regraded and written at a time.
   */
  static Counts run(Regrader regrader, InputStream in, Writer out, PrintWriter err, String source, Language language)
      throws IOException {
    Documents docs = Documents.standard();
    Counts counts = new Counts();
    JsonLines.Totals totals = JsonLines.process(in, out, err, source, language, "regraded", s -> {
      RegradeRecord r = regrader.regrade(s);
      if (r.changed()) {
        counts.changed++;
      } else {
        counts.unchanged++;
      }
      switch (r.transition()) {
        case PASSED_TO_FAILED -> counts.passedToFailed++;
        case FAILED_TO_PASSED -> counts.failedToPassed++;
        case UNCHANGED -> { }
      }
      return docs.writeJsonLine(r);
    });
    counts.lines = totals.lines();
    counts.errors = totals.errors();
    return counts;
  }

}
