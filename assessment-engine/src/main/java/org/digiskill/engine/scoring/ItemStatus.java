package org.digiskill.engine.scoring;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The outcome of one delivered item. */
public enum ItemStatus {
  /** Full points. */
  CORRECT,
  /** Some points, not all. */
  PARTIAL,
  /** Answered, no points (or negative points under negative marking). */
  INCORRECT,
  /** Delivered but not answered. */
  UNANSWERED,
  /**
   * Answered with a response that does not fit the item (wrong kind, unknown option, too long,
   * not a number); scored 0, with the reason in the report.
   */
  INVALID,
  /**
   * A self-assessment (Likert) answer: not right or wrong, reported apart and never counted in
   * tested totals.
   */
  REPORTED;

  /** Returns the name used in JSON. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
