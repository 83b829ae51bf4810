package org.digiskill.model.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * How an assessment is delivered adaptively: items chosen one at a time from the bank (items with
 * IRT parameters) by maximum information, until a stopping rule holds. The engine's {@code
 * org.digiskill.engine.adaptive} package runs it; {@code digiskill simulate} judges it before
 * going live.
 *
 * @param estimator how ability is estimated after each answer; EAP when omitted
 * @param startTheta the ability assumed before the first answer; 0 when omitted
 * @param randomesque choose at random among this many most informative items (exposure
 *     control); 1 (pure maximum information) when omitted
 * @param minItems the fewest items before any stopping rule may end the test; 1 when omitted
 * @param maxItems the most items; 30 when omitted
 * @param seTarget stop when the standard error is at most this; none when omitted
 * @param contentTargets share of the test per framework area code (Kingsbury–Zara balancing);
 *     empty for none
 * @param sprt pass/fail classification around a cut; none when omitted
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AdaptiveSettings(
    Estimator estimator,
    Double startTheta,
    @Positive Integer randomesque,
    @Positive Integer minItems,
    @Positive Integer maxItems,
    @Positive Double seTarget,
    Map<String, @NotNull @Positive Double> contentTargets,
    @Valid Sprt sprt) {

  /** Fills the defaults and copies the targets. */
  public AdaptiveSettings {
    estimator = estimator == null ? Estimator.EAP : estimator;
    startTheta = startTheta == null ? 0.0 : startTheta;
    randomesque = randomesque == null ? 1 : randomesque;
    minItems = minItems == null ? 1 : minItems;
    maxItems = maxItems == null ? 30 : maxItems;
    contentTargets = contentTargets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(contentTargets));
  }

  /** The ability estimators an adaptive test may use. */
  public enum Estimator {
    /** Posterior mean (expected a posteriori), normal prior N(0, 1). */
    EAP,
    /** Maximum likelihood. */
    MLE,
    /** Warm's weighted likelihood. */
    WLE,
    /** Posterior mode, normal prior N(0, 1). */
    MAP;

    /** Returns the name used in documents. */
    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Sequential probability ratio test for pass/fail (Wald; Reckase 1983): pass when the log
   * likelihood ratio of θ = cut + δ against θ = cut − δ reaches ln((1−β)/α), fail when it falls
   * to ln(β/(1−α)).
   *
   * @param cut the pass/fail ability
   * @param delta half the width of the indifference region around the cut
   * @param alpha the accepted rate of passing a resident below the region
   * @param beta the accepted rate of failing a resident above the region
   */
  public record Sprt(
      @JsonProperty(required = true) @NotNull Double cut,
      @JsonProperty(required = true) @NotNull @Positive Double delta,
      @JsonProperty(required = true) @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "0.5", inclusive = false) Double alpha,
      @JsonProperty(required = true) @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "0.5", inclusive = false) Double beta) {
    /** Null-checks every part. */
    public Sprt {
      Objects.requireNonNull(cut, "cut");
      Objects.requireNonNull(delta, "delta");
      Objects.requireNonNull(alpha, "alpha");
      Objects.requireNonNull(beta, "beta");
    }
  }
}
