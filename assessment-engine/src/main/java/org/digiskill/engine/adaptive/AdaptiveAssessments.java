package org.digiskill.engine.adaptive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.digiskill.engine.irt.AbilityEstimator;
import org.digiskill.engine.irt.ItemModel;
import org.digiskill.model.assessment.AdaptiveSettings;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.item.Item;

/**
 * Builds an {@link AdaptiveEngine} from an assessment document: its {@code adaptive} settings and
 * the bank items that carry IRT parameters (each in the framework area of its first alignment).
 */
public final class AdaptiveAssessments {
  private AdaptiveAssessments() {}

  /**
   * Returns the engine for an adaptive assessment.
   *
   * @throws IllegalArgumentException if the assessment has no {@code adaptive} settings or no item
   *     with IRT parameters
   */
  public static AdaptiveEngine engine(Assessment assessment, CompetencyFramework framework) {
    Objects.requireNonNull(assessment, "assessment");
    AdaptiveSettings s = assessment.adaptive().orElseThrow(() ->
        new IllegalArgumentException("assessment [" + assessment.id() + "@" + assessment.version() + "] has no adaptive settings"));
    List<AdaptiveItem> bank = new ArrayList<>();
    for (Item item : assessment.items()) {
      if (item.irt() == null || item.selfReported()) {
        continue;
      }
      String area = framework.areaOf(item.alignments().get(0).competence()).map(a -> a.code()).orElse("");
      bank.add(new AdaptiveItem(item.id(), area, ItemModel.from(item.irt())));
    }
    if (bank.isEmpty()) {
      throw new IllegalArgumentException("assessment [" + assessment.id() + "] has no item with IRT parameters");
    }
    return AdaptiveEngine.of(bank, config(s));
  }

  /** Returns the engine configuration the settings describe. */
  public static CatConfig config(AdaptiveSettings s) {
    CatConfig c = CatConfig.standard()
        .withEstimator(AbilityEstimator.standard(s.estimator().jsonName()))
        .withStartTheta(s.startTheta())
        .withRandomesque(s.randomesque())
        .withLength(s.minItems(), s.maxItems())
        .withSeTarget(s.seTarget());
    if (!s.contentTargets().isEmpty()) {
      c = c.withContentTargets(s.contentTargets());
    }
    if (s.sprt() != null) {
      c = c.withSprt(new Sprt(s.sprt().cut(), s.sprt().delta(), s.sprt().alpha(), s.sprt().beta()));
    }
    return c;
  }
}
