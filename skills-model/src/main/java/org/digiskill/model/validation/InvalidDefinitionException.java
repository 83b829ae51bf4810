package org.digiskill.model.validation;

import java.util.List;
import java.util.Objects;
import org.digiskill.model.DigiskillException;

/**
 * A document (framework, and later assessment) is wrong; its author must fix it.
 *
 * <p>Carries every problem found as a {@link ValidationReport}. {@link #code()} and {@link
 * #path()} are those of the first error; the message lists all of them in English.
 */
public final class InvalidDefinitionException extends DigiskillException {
  private static final long serialVersionUID = 1L;

  private final transient ValidationReport report;

  /** Creates an exception from a report that has at least one error. */
  public InvalidDefinitionException(ValidationReport report) {
    super(first(report).code(), first(report).path(), describe(report));
    this.report = report;
  }

  /** Returns every problem found. */
  public ValidationReport report() {
    return report;
  }

  private static Violation first(ValidationReport report) {
    Objects.requireNonNull(report, "report");
    List<Violation> errors = report.errors();
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("a report without errors is not an exception");
    }
    return errors.get(0);
  }

  private static String describe(ValidationReport report) {
    List<Violation> errors = report.errors();
    StringBuilder sb = new StringBuilder();
    sb.append(errors.size()).append(errors.size() == 1 ? " problem" : " problems");
    for (Violation v : errors) {
      sb.append(System.lineSeparator()).append("  ").append(v.format("en"));
    }
    return sb.toString();
  }
}
