package org.digiskill.model.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Objects;

/**
 * Draws {@code count} items at random, without replacement, from the assessment's bank: the items
 * that match every filter given and are not fixed in any section nor drawn before.
 *
 * @param count how many items to draw
 * @param competence only items aligned to this competence code, or null
 * @param area only items aligned to a competence of this area, or null
 * @param level only items with an alignment at this level code, or null
 * @param tag only items with this tag, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Draw(
    @JsonProperty(required = true) @NotNull @Positive Integer count,
    String competence,
    String area,
    String level,
    String tag) {

  /** Null-checks the count. */
  public Draw {
    Objects.requireNonNull(count, "count");
  }
}
