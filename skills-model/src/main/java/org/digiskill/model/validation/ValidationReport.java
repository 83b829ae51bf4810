package org.digiskill.model.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Every problem found in one or more documents, not only the first.
 *
 * <p>Immutable and thread-safe. Violations are kept in the order they were found.
 *
 * @param violations the problems, errors and warnings alike
 */
public record ValidationReport(List<Violation> violations) {

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  /** Copies the list. */
  public ValidationReport {
    violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
  }

  /** Returns a report with no violations. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** Returns a report of the given violations. */
  public static ValidationReport of(Violation... violations) {
    return new ValidationReport(List.of(violations));
  }

  /** Returns true when there is no {@link Severity#ERROR}; warnings do not make a document invalid. */
  @JsonProperty("valid")
  public boolean isValid() {
    return violations.stream().noneMatch(v -> v.severity() == Severity.ERROR);
  }

  /** Returns only the errors. */
  public List<Violation> errors() {
    return violations.stream().filter(v -> v.severity() == Severity.ERROR).toList();
  }

  /** Returns only the warnings. */
  public List<Violation> warnings() {
    return violations.stream().filter(v -> v.severity() == Severity.WARNING).toList();
  }

  /** Returns true when some violation has this code. */
  public boolean has(String code) {
    return violations.stream().anyMatch(v -> v.code().equals(code));
  }

  /** Returns this report followed by the other's violations. */
  public ValidationReport and(ValidationReport other) {
    if (other.violations.isEmpty()) {
      return this;
    }
    List<Violation> all = new ArrayList<>(violations);
    all.addAll(other.violations);
    return new ValidationReport(all);
  }

  /** Returns a report whose violations have been transformed, e.g. given a source and location. */
  public ValidationReport map(UnaryOperator<Violation> f) {
    return new ValidationReport(violations.stream().map(f).toList());
  }

  /** Returns the violations sorted by source, line, column and path, for stable printing. */
  public List<Violation> sorted() {
    return violations.stream()
        .sorted(
            Comparator.comparing(Violation::source)
                .thenComparingInt(Violation::line)
                .thenComparingInt(Violation::column)
                .thenComparing(Violation::path)
                .thenComparing(Violation::code))
        .toList();
  }

  /** Throws {@link InvalidDefinitionException} carrying this report when it has errors. */
  public void throwIfInvalid() {
    if (!isValid()) {
      throw new InvalidDefinitionException(this);
    }
  }
}
