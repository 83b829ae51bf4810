package org.digiskill.engine.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/**
 * How one delivered item was scored, and why.
 *
 * @param item the item id
 * @param type the item's kind, e.g. {@code single-choice}
 * @param section the section it was delivered in
 * @param status correct, partial, incorrect, unanswered or invalid
 * @param points the points earned (negative only under negative marking)
 * @param maxPoints the item's points
 * @param reason a stable code for the outcome, e.g. {@code choice.correct}, {@code
 *     partial.right-minus-wrong}, {@code response.unknown-choice}
 * @param detail the numbers behind the points, in English, e.g. {@code (2 right − 1 wrong) / 3
 *     correct × 2 points = 0.67}
 * @param critical what the resident did that fails certification whatever the total (choice,
 *     region or step ids); empty when nothing
 * @param selfReported true for self-assessment items, whose points never count in tested totals
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record ItemResult(
    String item,
    String type,
    String section,
    ItemStatus status,
    double points,
    double maxPoints,
    String reason,
    String detail,
    List<String> critical,
    boolean selfReported) {

  /** Null-checks and copies. */
  public ItemResult {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(reason, "reason");
    critical = critical == null ? List.of() : List.copyOf(critical);
  }
}
