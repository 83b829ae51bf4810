package org.digiskill.engine.analytics;

import java.util.List;
import java.util.Objects;

/**
 * The calibrated parameters and fit of one item. Immutable.
 *
 * @param id the item id, as in the CSV header
 * @param difficulty b, in logits (D = 1)
 * @param se standard error of b; null when b was anchored
 * @param discrimination a, for 2PL; null for Rasch
 * @param infit information-weighted mean square; null when no non-extreme person answered
 * @param outfit unweighted mean square of standardized residuals; null as for infit
 * @param thresholds for the partial credit model, the step difficulties (their mean is the
 *     difficulty); empty for dichotomous models
 */
public record ItemCalibration(
    String id, double difficulty, Double se, Double discrimination, Double infit, Double outfit, List<Double> thresholds) {
  /** Null-checks the id and copies the thresholds. */
  public ItemCalibration {
    Objects.requireNonNull(id, "id");
    thresholds = thresholds == null ? List.of() : List.copyOf(thresholds);
  }

  /** Returns a calibration of a dichotomous item, without thresholds. */
  public ItemCalibration(String id, double difficulty, Double se, Double discrimination, Double infit, Double outfit) {
    this(id, difficulty, se, discrimination, infit, outfit, List.of());
  }
}
