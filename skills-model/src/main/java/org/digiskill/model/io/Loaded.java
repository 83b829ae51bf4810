package org.digiskill.model.io;

import java.util.Map;
import java.util.Objects;
import org.digiskill.model.validation.ValidationReport;
import org.digiskill.model.validation.Violation;

/**
 * A document read from a source, together with where each of its values stood in the source, so
 * that problems found later (by validation) can be reported at their line and column.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the document type, e.g. {@code CompetencyFramework}
 */
public final class Loaded<T> {
  private final String source;
  private final String kind;
  private final T value;
  private final Map<String, int[]> locations;

  Loaded(String source, String kind, T value, Map<String, int[]> locations) {
    this.source = Objects.requireNonNull(source, "source");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.value = Objects.requireNonNull(value, "value");
    this.locations = locations;
  }

  /** Returns the file name or caller-given label the document was read from. */
  public String source() {
    return source;
  }

  /** Returns the document's {@code kind}, e.g. {@code framework}. */
  public String kind() {
    return kind;
  }

  /** Returns the document. */
  public T value() {
    return value;
  }

  /**
   * Returns the report with each violation given this document's source and the line and column
   * of its path (or of the nearest enclosing value that has a location).
   */
  public ValidationReport locate(ValidationReport report) {
    return report.map(this::locate);
  }

  private Violation locate(Violation v) {
    String p = v.path();
    while (true) {
      int[] at = locations.get(p);
      if (at != null) {
        return v.at(source, at[0], at[1]);
      }
      if (p.isEmpty()) {
        return v.at(source, 0, 0);
      }
      int slash = p.lastIndexOf('/');
      p = slash <= 0 ? "" : p.substring(0, slash);
    }
  }
}
