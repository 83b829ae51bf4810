package org.digiskill.model.validation;

import static org.digiskill.model.validation.Pointers.bracket;
import static org.digiskill.model.validation.Pointers.child;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.digiskill.model.LocalizedText;

/**
 * The violations found by one validation run, and the checks every part of an assessment shares:
 * texts in the document's languages and finite numbers. Not thread-safe: one per run.
 */
final class Findings {
  private final List<Violation> out;
  private final Set<String> pathsWithViolations = new HashSet<>();
  private final String defaultLanguage;
  /** The assessment's other well-formed languages, in document order, lower-cased; never the default. */
  private final Set<String> otherLanguages;

  Findings(List<Violation> beanViolations, String defaultLanguage, List<String> languages) {
    this.out = new ArrayList<>(beanViolations);
    for (Violation v : beanViolations) {
      pathsWithViolations.add(v.path());
    }
    this.defaultLanguage = defaultLanguage;
    Set<String> others = new LinkedHashSet<>();
    for (String l : languages) {
      if (FrameworkValidator.isLanguageTag(l) && !l.equalsIgnoreCase(defaultLanguage)) {
        others.add(l.toLowerCase(Locale.ROOT));
      }
    }
    this.otherLanguages = others;
  }

  ValidationReport report() {
    return new ValidationReport(out);
  }

  void error(String path, String code, Object... args) {
    add(path, code, Severity.ERROR, args);
  }

  void warning(String path, String code, Object... args) {
    add(path, code, Severity.WARNING, args);
  }

  private void add(String path, String code, Severity severity, Object... args) {
    out.add(FrameworkValidator.violation(path, code, severity, args));
    pathsWithViolations.add(path);
  }

  /** True when some violation (a Bean Validation one included) already points here. */
  boolean reported(String path) {
    return pathsWithViolations.contains(path);
  }

  /**
   * Reports a number that is NaN or infinite, unless something is already reported at its path
   * (Bean Validation may have rejected it first). Returns true when the number is usable: present
   * and finite.
   */
  boolean finite(String path, Double value) {
    if (value == null) {
      return false;
    }
    if (Double.isFinite(value)) {
      return true;
    }
    if (!reported(path)) {
      error(path, "value.not-finite", bracket(value));
    }
    return false;
  }

  /**
   * Checks a text shown to residents or reviewers: well-formed tags, no blank values, text in the
   * default language (an error when {@code required}, else a warning) and in each of the
   * assessment's other languages (a warning).
   */
  void text(String path, LocalizedText t, boolean required) {
    if (t == null) {
      return;
    }
    if (t.isEmpty()) {
      error(path, "text.empty");
      return;
    }
    for (Map.Entry<String, String> e : t.values().entrySet()) {
      String tp = child(path, e.getKey());
      if (!FrameworkValidator.isLanguageTag(e.getKey())) {
        error(tp, "text.invalid-language-tag", bracket(e.getKey()));
      }
      if (e.getValue().isBlank()) {
        error(tp, "text.blank", bracket(e.getKey()));
      }
    }
    // An ill-formed default language is reported once, at /defaultLanguage, not at every text.
    if (FrameworkValidator.isLanguageTag(defaultLanguage) && t.exact(defaultLanguage).isEmpty()) {
      add(
          path,
          "text.missing-default-language",
          required ? Severity.ERROR : Severity.WARNING,
          bracket(defaultLanguage),
          t.values().keySet());
    }
    for (String lang : otherLanguages) {
      if (t.exact(lang).isEmpty()) {
        warning(path, "text.missing-language", bracket(lang), t.values().keySet());
      }
    }
  }

  /** Formats a number for a message without a spurious {@code .0}: {@code 2}, {@code 352.5}. */
  static String num(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A number in brackets, as messages show values. */
  static String bnum(double value) {
    return bracket(num(value));
  }
}
