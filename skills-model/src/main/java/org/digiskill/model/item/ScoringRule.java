package org.digiskill.model.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How an item turns a response into points. The exact formulas are in {@code docs/scoring.md};
 * every rule gives a result between the item's floor and its maximum points.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ScoringRule.AllOrNothing.class, name = "all-or-nothing"),
  @JsonSubTypes.Type(value = ScoringRule.PartialCredit.class, name = "partial"),
  @JsonSubTypes.Type(value = ScoringRule.MapResponse.class, name = "map"),
  @JsonSubTypes.Type(value = ScoringRule.NegativeMarking.class, name = "negative")
})
public sealed interface ScoringRule {

  /** Returns the default rule: full points for a fully correct response, else none. */
  static ScoringRule allOrNothing() {
    return AllOrNothing.INSTANCE;
  }

  /** Returns a partial-credit rule with the given method and a floor of 0. */
  static ScoringRule partial(PartialMethod method) {
    return new PartialCredit(method, null);
  }

  /** Full points when the response is fully correct, otherwise 0. */
  record AllOrNothing() implements ScoringRule {
    static final AllOrNothing INSTANCE = new AllOrNothing();
  }

  /**
   * Points in proportion to the correct parts of the response.
   *
   * @param method what counts as a part
   * @param floor the lowest fraction of the points (0 when omitted; may be negative only for
   *     {@link PartialMethod#RIGHT_MINUS_WRONG})
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PartialCredit(@JsonProperty(required = true) PartialMethod method, Double floor)
      implements ScoringRule {
    /** Null-checks the method. */
    public PartialCredit {
      Objects.requireNonNull(method, "method");
    }

    /** Returns the floor as a fraction of the item's points, 0 when omitted. */
    public double effectiveFloor() {
      return floor == null ? 0.0 : floor;
    }
  }

  /**
   * Points looked up per response value, as QTI's {@code map_response}: the sum of the mapped
   * values of the distinct values given (the default for each unmapped one), then bounded.
   *
   * @param entries points per choice id or accepted answer
   * @param defaultValue points for each distinct value with no entry (0 when omitted)
   * @param lowerBound the result is at least this, or unbounded below when null (never below the
   *     item floor of 0 unless negative)
   * @param upperBound the result is at most this; the item's points when null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record MapResponse(
      @JsonProperty(required = true) Map<String, Double> entries,
      Double defaultValue,
      Double lowerBound,
      Double upperBound)
      implements ScoringRule {
    /** Copies the entries. */
    public MapResponse {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(entries, "entries")));
    }
  }

  /**
   * Full points for a correct response, minus {@code penalty} points for a wrong one, 0 for no
   * response; never below {@code floor}.
   *
   * @param penalty points taken for a wrong response (positive)
   * @param floor the lowest result, e.g. {@code -1}; 0 when omitted
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record NegativeMarking(@JsonProperty(required = true) Double penalty, Double floor) implements ScoringRule {
    /** Null-checks the penalty. */
    public NegativeMarking {
      Objects.requireNonNull(penalty, "penalty");
    }

    /** Returns the floor, 0 when omitted. */
    public double effectiveFloor() {
      return floor == null ? 0.0 : floor;
    }
  }

  /** What a partial-credit rule counts. */
  enum PartialMethod {
    /**
     * Multiple choice: options judged right (selected and correct, or left and not correct) over
     * all options, so that selecting everything earns no more than the share of correct options.
     */
    PER_CORRECT_OPTION,
    /** Multiple choice: (right selections − wrong selections) over correct choices, floored. */
    RIGHT_MINUS_WRONG,
    /** Matching: correct pairs over pairs in the key. */
    PER_PAIR,
    /** Ordering: steps in their correct position over steps. */
    PER_POSITION,
    /** Ordering: correctly ordered adjacent pairs over adjacent pairs (n − 1). */
    ADJACENT_PAIRS,
    /**
     * Practical task: points of the checklist steps that count (logged, with the expected value,
     * in order), over the points of all checklist steps.
     */
    PER_STEP;

    /** Returns the name used in documents, e.g. {@code per-correct-option}. */
    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
