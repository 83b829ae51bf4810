package org.digiskill.model.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Item response theory parameters of an item, estimated from response data. Stored and validated
 * now; used by IRT scoring and adaptive delivery.
 *
 * @param model the IRT model
 * @param a discrimination ({@code a > 0}); null for Rasch, where it is 1
 * @param b difficulty, for dichotomous models; null for polytomous ones
 * @param c lower asymptote (guessing), {@code 0 ≤ c < 1}, for 3PL only
 * @param thresholds category thresholds (step difficulties) for PCM, GPCM and GRM; GRM's must
 *     increase
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record IrtParameters(
    @JsonProperty(required = true) @NotNull Model model,
    Double a,
    Double b,
    Double c,
    List<Double> thresholds) {

  /** Null-checks the model and copies the thresholds. */
  public IrtParameters {
    Objects.requireNonNull(model, "model");
    thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
  }

  /** The IRT models digiskill understands. */
  public enum Model {
    /** Rasch / one-parameter logistic: difficulty only. */
    RASCH,
    /** Two-parameter logistic: discrimination and difficulty. */
    TWO_PL,
    /** Three-parameter logistic: adds a guessing floor. */
    THREE_PL,
    /** Partial credit model (polytomous). */
    PCM,
    /** Generalized partial credit model (polytomous, with discrimination). */
    GPCM,
    /** Graded response model (polytomous, ordered thresholds). */
    GRM;

    /** Returns the name used in documents: rasch, 2pl, 3pl, pcm, gpcm, grm. */
    @JsonValue
    public String jsonName() {
      return switch (this) {
        case TWO_PL -> "2pl";
        case THREE_PL -> "3pl";
        default -> name().toLowerCase(Locale.ROOT);
      };
    }

    /** Returns true for models of items scored 0/1. */
    public boolean dichotomous() {
      return this == RASCH || this == TWO_PL || this == THREE_PL;
    }
  }
}
