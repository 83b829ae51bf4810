package org.digiskill.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.digiskill.model.DigiskillException;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Submission;
import org.digiskill.model.validation.InvalidDefinitionException;
import org.digiskill.model.validation.Violation;

/**
 * The streaming loop that {@code score} and {@code regrade} share: read one submission per line,
 * turn it into one output line, write it, and write {@code {"line": N, "error": {...}}} in its place
 * when the line cannot be processed. Memory use does not grow with the number of lines.
 */
final class JsonLines {
  /** Progress is printed every this many lines. */
  static final int PROGRESS_EVERY = 10_000;

  private JsonLines() {}

  /** How many lines were read, and how many of them failed. */
  record Totals(long lines, long errors) {}

  /**
   * Processes every line of {@code in}.
   *
   * @param process turns a submission into its output line; a {@link DigiskillException} makes
   *     the line an error line
   * @param verb the past participle for progress messages, e.g. {@code scored}
   */
  static Totals process(InputStream in, Writer out, PrintWriter err, String source, Language language, String verb,
      Function<Submission, String> process) throws IOException {
    Documents docs = Documents.standard();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    long lines = 0;
    long errors = 0;
    String line;
    while ((line = reader.readLine()) != null) {
      lines++;
      int n = (int) Math.min(Integer.MAX_VALUE, lines);
      String written;
      try {
        written = process.apply(docs.readSubmission(line, source, n));
      } catch (InvalidDefinitionException e) {
        errors++;
        Violation v = e.report().violations().get(0);
        written = errorLine(docs, n, v.code(), v.path(), v.message(language.tag()));
      } catch (DigiskillException e) {
        errors++;
        written = errorLine(docs, n, e.code(), e.path(), e.getMessage());
      }
      out.write(written);
      out.write('\n');
      if (lines % PROGRESS_EVERY == 0) {
        err.println(verb + " " + lines + " lines...");
        err.flush();
      }
    }
    out.flush();
    return new Totals(lines, errors);
  }

  private static String errorLine(Documents docs, long line, String code, String path, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("path", path);
    error.put("message", message);
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("line", line);
    record.put("error", error);
    return docs.writeJsonLine(record);
  }
}
