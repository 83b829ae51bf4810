package org.digiskill.engine.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.digiskill.model.LocalizedText;

/**
 * One certification rule, evaluated, with its numbers.
 *
 * <p>Immutable and thread-safe. Like {@link ItemResult}, a class so that the sentence in {@link
 * #detail()} is only written when read; equality includes it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "label", "passed", "detail", "rules"})
public final class RuleResult {
  private final String type;
  private final LocalizedText label;
  private final boolean passed;
  private final List<RuleResult> rules;
  // A String, or the Supplier that renders it on first use. Not volatile: like String.hashCode, a
  // racing reader either sees the immutable String or renders the same text again from the
  // Supplier, whose captured values are final; no lock or fence is paid when results are created.
  private Object detail;

  /**
   * Creates a result.
   *
   * @param type the rule's type ({@code overall}, {@code area-minimum}, ...)
   * @param label the rule's label from the assessment
   * @param passed whether it passed
   * @param detail the comparison made, in English, e.g. {@code 72.5% ≥ 70%}
   * @param rules for groups, the rules combined; empty otherwise
   */
  @JsonCreator
  public RuleResult(
      @JsonProperty("type") String type,
      @JsonProperty("label") LocalizedText label,
      @JsonProperty("passed") boolean passed,
      @JsonProperty("detail") String detail,
      @JsonProperty("rules") List<RuleResult> rules) {
    this(type, label, passed, (Object) detail, rules);
  }

  /** Creates a result whose detail is rendered when first read. */
  RuleResult(String type, LocalizedText label, boolean passed, Supplier<String> detail, List<RuleResult> rules) {
    this(type, label, passed, (Object) detail, rules);
  }

  private RuleResult(String type, LocalizedText label, boolean passed, Object detail, List<RuleResult> rules) {
    this.type = Objects.requireNonNull(type, "type");
    this.label = label;
    this.passed = passed;
    this.detail = detail;
    this.rules = rules == null ? List.of() : FrozenList.copyOf(rules);
  }

  /** Returns the rule's type. */
  @JsonProperty("type")
  public String type() {
    return type;
  }

  /** Returns the rule's label. */
  @JsonProperty("label")
  public LocalizedText label() {
    return label;
  }

  /** Returns whether it passed. */
  @JsonProperty("passed")
  public boolean passed() {
    return passed;
  }

  /** Returns the comparison made, in English. */
  @JsonProperty("detail")
  public String detail() {
    Object d = detail;
    if (d instanceof Supplier<?> s) {
      d = s.get();
      detail = d;
    }
    return (String) d;
  }

  /** Returns the rules a group combined; empty for other rules. */
  @JsonProperty("rules")
  public List<RuleResult> rules() {
    return rules;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleResult r
        && type.equals(r.type)
        && Objects.equals(label, r.label)
        && passed == r.passed
        && Objects.equals(detail(), r.detail())
        && rules.equals(r.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, label, passed, rules);
  }

  @Override
  public String toString() {
    return "RuleResult[" + type + ", " + (passed ? "passed" : "failed") + ", " + detail() + "]";
  }
}
