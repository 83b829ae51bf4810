package org.digiskill.model.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/** How a resident is placed on a level of each competence from the evidence of their items. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = LevelRule.HighestMastered.class, name = "highest-mastered"),
  @JsonSubTypes.Type(value = LevelRule.ThetaCuts.class, name = "theta-cuts")
})
public sealed interface LevelRule {

  /** Returns the default rule: highest level mastered at 70% with at least one item. */
  static LevelRule standard() {
    return new HighestMastered(70.0, 1);
  }

  /**
   * The highest level L such that the resident earned at least {@code threshold} percent of the
   * points of the tested items aligned to the competence at L, and at every lower level that has
   * such items; a level needs at least {@code minItems} items to count as evidenced. A resident
   * with no mastered level is placed on none.
   *
   * @param threshold the percentage needed at a level, in (0, 100]
   * @param minItems the fewest items that evidence a level; levels with fewer are skipped
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record HighestMastered(
      @JsonProperty(required = true) @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") Double threshold,
      @Positive Integer minItems)
      implements LevelRule {
    /** Null-checks; {@code minItems} is 1 when omitted. */
    public HighestMastered {
      Objects.requireNonNull(threshold, "threshold");
      minItems = minItems == null ? 1 : minItems;
    }
  }

  /**
   * IRT scoring: ability (theta) is estimated from the items that carry IRT parameters — for the
   * whole test, per area and per competence — and a competence's level is the highest level whose
   * cut its theta reaches. The report then carries theta and its standard error.
   *
   * @param estimator how theta is estimated; EAP when omitted
   * @param cuts the lowest theta for each level, in increasing order of level and theta
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ThetaCuts(AdaptiveSettings.Estimator estimator, @JsonProperty(required = true) @jakarta.validation.constraints.NotEmpty java.util.List<@jakarta.validation.Valid Cut> cuts)
      implements LevelRule {
    /** Fills the default estimator and copies the cuts. */
    public ThetaCuts {
      estimator = estimator == null ? AdaptiveSettings.Estimator.EAP : estimator;
      cuts = java.util.List.copyOf(Objects.requireNonNull(cuts, "cuts"));
    }
  }

  /**
   * The lowest ability at which a level is attained.
   *
   * @param level the level code
   * @param theta the cut on the theta scale
   */
  record Cut(@JsonProperty(required = true) @NotNull String level, @JsonProperty(required = true) @NotNull Double theta) {
    /** Null-checks. */
    public Cut {
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(theta, "theta");
    }
  }
}
