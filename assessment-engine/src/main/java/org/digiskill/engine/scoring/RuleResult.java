package org.digiskill.engine.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.digiskill.model.LocalizedText;

/**
 * One certification rule, evaluated, with its numbers.
 *
 * @param type the rule's type ({@code overall}, {@code area-minimum}, ...)
 * @param label the rule's label from the assessment
 * @param passed whether it passed
 * @param detail the comparison made, in English, e.g. {@code 72.5% ≥ 70%}
 * @param rules for groups, the rules combined; empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleResult(String type, LocalizedText label, boolean passed, String detail, List<RuleResult> rules) {

  /** Copies the list. */
  public RuleResult {
    rules = rules == null ? List.of() : List.copyOf(rules);
  }
}
