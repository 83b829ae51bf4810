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
import java.util.concurrent.Callable;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.engine.scoring.InvalidSubmissionException;
import org.digiskill.engine.scoring.ScoreReport;
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
 * {@code digiskill score}: scores a JSON Lines file of submissions, streaming in constant memory,
 * and writes one JSON line per input line, in input order — the report, or {@code {"line": N,
 * "error": {"code", "path", "message"}}} for a line that cannot be scored. The same inputs always
 * give byte-identical output.
 */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Scores submissions (JSON Lines) and writes one JSON report per input line, in order.",
      "Use 'sample' for --assessment and --submissions to try the bundled sample.",
      "Exit code 0 when every line was scored, 1 when any line failed, 2 on a wrong command line."
    },
    exitCodeOnInvalidInput = Main.EXIT_USAGE,
    exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
final class ScoreCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--assessment", required = true, paramLabel = "FILE", description = "The assessment (.yaml or .json), or 'sample'.")
  private String assessment;

  @Option(names = "--framework", paramLabel = "FILE", description = "Its framework; by default the built-in one it names.")
  private String framework;

  @Option(names = "--submissions", required = true, paramLabel = "FILE", description = "Submissions, one JSON object per line, or 'sample'.")
  private String submissions;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the reports (default: standard output).")
  private Path out;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", description = "Language of messages: ${COMPLETION-CANDIDATES}.")
  private Language language;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    CompiledAssessment compiled;
    try {
      compiled = Inputs.compile(assessment, framework);
    } catch (InvalidDefinitionException e) {
      Inputs.printProblems(e, language, err);
      return Main.EXIT_INVALID;
    }
    Counts counts;
    try (InputStream in = Inputs.submissions(submissions)) {
      if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        counts = run(compiled, in, stdout, err, submissions, language);
        stdout.flush();
      } else {
        try (OutputStream os = Files.newOutputStream(out);
            Writer w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
          counts = run(compiled, in, w, err, submissions, language);
        }
      }
    } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
      err.println(submissions + ": no such file");
      return Main.EXIT_INVALID;
    }
    err.println(counts.summary());
    return counts.errors == 0 ? Main.EXIT_OK : Main.EXIT_INVALID;
  }

  /** What a run scored. */
  static final class Counts {
    long lines;
    long passed;
    long failed;
    long errors;

    String summary() {
      return lines + " lines: " + (passed + failed) + " scored (" + passed + " passed, " + failed + " failed), " + errors + " errors";
    }
  }

  /**
   * Scores every line of {@code in} and writes one line to {@code out} per input line. Memory use
   * does not grow with the number of lines.
   */
  static Counts run(CompiledAssessment compiled, InputStream in, Writer out, PrintWriter err, String source, Language language)
      throws IOException {
    Documents docs = Documents.standard();
    Counts counts = new Counts();
    JsonLines.Totals totals = JsonLines.process(in, out, err, source, language, "scored", s -> {
      ScoreReport r = compiled.score(s);
      if (r.passed()) {
        counts.passed++;
      } else {
        counts.failed++;
      }
      return docs.writeJsonLine(r);
    });
    counts.lines = totals.lines();
    counts.errors = totals.errors();
    return counts;
  }

}
