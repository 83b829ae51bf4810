package org.digiskill.model.validation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.digiskill.model.LocalizedText;

/**
 * One problem found in a document: where it is, a stable code, and a message in Vietnamese and
 * English.
 *
 * @param source the file name or caller-given label of the document, or the empty string
 * @param path the JSON Pointer of the offending value ({@code /areas/0/code}); empty for the root
 * @param line the 1-based line in the source, or 0 when unknown (e.g. a framework built in code)
 * @param column the 1-based column in the source, or 0 when unknown
 * @param code the stable machine-readable code, e.g. {@code framework.duplicate-competence-code}
 * @param severity whether the document is unusable ({@link Severity#ERROR}) or merely suspicious
 * @param message the human explanation, with texts under {@code vi} and {@code en}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Violation(
    String source,
    String path,
    int line,
    int column,
    String code,
    Severity severity,
    LocalizedText message) {

  /** Null-checks every part. */
  public Violation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** Returns the message in the given language ({@code vi} or {@code en}; others fall back to English). */
  public String message(String languageTag) {
    return message.resolve(languageTag, "en").orElse(code);
  }

  /** Returns a copy placed in a source, at a line and column. */
  public Violation at(String newSource, int newLine, int newColumn) {
    return new Violation(newSource, path, newLine, newColumn, code, severity, message);
  }

  /**
   * Formats the violation the way compilers do: {@code file:line:col: path: message}. Unknown
   * parts are left out; warnings are marked.
   */
  public String format(String languageTag) {
    StringBuilder sb = new StringBuilder();
    if (!source.isEmpty()) {
      sb.append(source).append(':');
      if (line > 0) {
        sb.append(line).append(':').append(column).append(':');
      }
      sb.append(' ');
    }
    sb.append(path.isEmpty() ? "/" : path).append(": ");
    if (severity == Severity.WARNING) {
      sb.append(languageTag != null && languageTag.startsWith("vi") ? "cảnh báo: " : "warning: ");
    }
    sb.append(message(languageTag)).append(" [").append(code).append(']');
    return sb.toString();
  }
}
