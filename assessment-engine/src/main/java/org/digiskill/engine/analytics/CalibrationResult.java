package org.digiskill.engine.analytics;

import java.util.List;
import java.util.Objects;
import org.digiskill.model.item.IrtParameters;

/**
 * The outcome of a calibration. Immutable.
 *
 * @param model {@link IrtParameters.Model#RASCH}, {@link IrtParameters.Model#TWO_PL} or {@link
 *     IrtParameters.Model#PCM}
 * @param items one per item, in column order
 * @param persons one per row
 * @param logLikelihood the conditional log-likelihood (Rasch CML) or the marginal one (2PL MML)
 * @param iterations Newton (CML) or EM (MML) iterations used
 */
public record CalibrationResult(
    IrtParameters.Model model, List<ItemCalibration> items, List<PersonEstimate> persons, double logLikelihood, int iterations) {
  /** Null-checks and copies. */
  public CalibrationResult {
    Objects.requireNonNull(model, "model");
    items = List.copyOf(items);
    persons = List.copyOf(persons);
  }

  /**
   * Returns the item parameter updates, in column order: {@code b} for Rasch, {@code a} and {@code
   * b} for 2PL, {@code thresholds} for PCM.
   */
  public List<ItemParameterUpdate> updates() {
    return items.stream()
        .map(i -> new ItemParameterUpdate(i.id(), model.dichotomous()
            ? new IrtParameters(model, i.discrimination(), i.difficulty(), null, List.of())
            : new IrtParameters(model, null, null, null, i.thresholds())))
        .toList();
  }
}
