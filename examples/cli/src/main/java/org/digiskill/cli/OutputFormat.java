package org.digiskill.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.digiskill.model.io.Documents;
import org.digiskill.model.validation.ValidationReport;
import org.digiskill.model.validation.Violation;

/**
 * How {@code validate} writes its reports to standard output.
 *
 * <p>Constants are in lower case, as users type them, because picocli shows and matches constant
 * names (see {@link Language}).
 */
enum OutputFormat {
  /**
   * One line per problem, {@code file:line:col: path: message [code]}, sorted by file, line and
   * column, the way compilers write them so that editors can jump to each.
   */
  text {
    @Override
    void write(List<FileReport> reports, Language language, PrintWriter out) {
      ValidationReport all = ValidationReport.empty();
      for (FileReport r : reports) {
        all = all.and(r.report());
      }
      for (Violation v : all.sorted()) {
        out.println(v.format(language.tag()));
      }
    }
  },

  /**
   * One JSON object: {@code {"valid", "files": [{"file", "kind", "valid", "violations": [{"path",
   * "line", "column", "code", "severity", "message"}]}]}}. Files are in command-line order; {@code
   * kind} is null for a file that could not be loaded; {@code line} and {@code column} are 0 when
   * unknown; {@code severity} is {@code error} or {@code warning}.
   */
  json {
    @Override
    void write(List<FileReport> reports, Language language, PrintWriter out) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      root.put("valid", reports.stream().allMatch(FileReport::isValid));
      ArrayNode files = root.putArray("files");
      for (FileReport r : reports) {
        ObjectNode file = files.addObject();
        file.put("file", r.file());
        file.put("kind", r.kind());
        file.put("valid", r.isValid());
        ArrayNode violations = file.putArray("violations");
        for (Violation v : r.report().sorted()) {
          violations
              .addObject()
              .put("path", v.path())
              .put("line", v.line())
              .put("column", v.column())
              .put("code", v.code())
              .put("severity", v.severity().name().toLowerCase(Locale.ROOT))
              .put("message", v.message(language.tag()));
        }
      }
      try {
        out.println(Documents.standard().jsonWriter().writeValueAsString(root));
      } catch (JsonProcessingException e) {
        // A tree of strings, numbers and booleans always serialises.
        throw new UncheckedIOException(e);
      }
    }
  };

  /** Writes the reports. */
  abstract void write(List<FileReport> reports, Language language, PrintWriter out);
}
