package org.digiskill.model.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * Links an item to a competence of the assessment's framework and the proficiency level it gives
 * evidence of.
 *
 * @param competence the competence code, e.g. {@code 8.1}
 * @param level the level code the item evidences, e.g. {@code 2}
 * @param weight how much of the item's points count towards this competence, relative to the
 *     item's other alignments; 1 when omitted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Alignment(
    @JsonProperty(required = true) @NotBlank String competence,
    @JsonProperty(required = true) @NotBlank String level,
    @Positive Double weight) {

  /** Null-checks the codes; a null weight means 1. */
  public Alignment {
    Objects.requireNonNull(competence, "competence");
    Objects.requireNonNull(level, "level");
  }

  /** Returns an alignment of weight 1. */
  public static Alignment of(String competence, String level) {
    return new Alignment(competence, level, null);
  }

  /** Returns the weight, 1 when omitted. */
  public double effectiveWeight() {
    return weight == null ? 1.0 : weight;
  }
}
