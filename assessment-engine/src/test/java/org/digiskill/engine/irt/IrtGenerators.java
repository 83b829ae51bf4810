package org.digiskill.engine.irt;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.quicktheories.core.Gen;

/** QuickTheories generators of valid item models and responses. */
final class IrtGenerators {

  private IrtGenerators() {}

  static Gen<Double> discriminations() {
    return doubles().between(0.3, 2.5);
  }

  static Gen<Double> difficulties() {
    return doubles().between(-3, 3);
  }

  static Gen<Double> thetas() {
    return doubles().between(-6, 6);
  }

  /** Kinds 0..2 are Rasch, 2PL, 3PL; 3..5 are PCM, GPCM, GRM. */
  static Gen<ItemModel> models(int firstKind, int lastKind) {
    Gen<List<Double>> gaps = lists().of(doubles().between(0.05, 1.5)).ofSizeBetween(1, 4);
    return integers()
        .between(firstKind, lastKind)
        .zip(
            discriminations(),
            difficulties(),
            doubles().between(0, 0.4),
            gaps,
            IrtGenerators::model);
  }

  private static ItemModel model(int kind, double a, double b, double c, List<Double> gaps) {
    // Thresholds start at b and rise by the gaps, so GRM's are strictly increasing; PCM and GPCM
    // get them reversed in part to cover disordered steps.
    double[] t = new double[gaps.size()];
    double next = b - 1;
    for (int i = 0; i < t.length; i++) {
      next += gaps.get(i);
      t[i] = next;
    }
    if (kind != 5 && t.length > 1) {
      double first = t[0];
      t[0] = t[t.length - 1];
      t[t.length - 1] = first;
    }
    switch (kind) {
      case 0:
        return ItemModel.rasch(b);
      case 1:
        return ItemModel.twoPl(a, b);
      case 2:
        return ItemModel.threePl(a, b, c);
      case 3:
        return ItemModel.partialCredit(t);
      case 4:
        return ItemModel.generalizedPartialCredit(a, t);
      default:
        return ItemModel.graded(a, t);
    }
  }

  static Gen<ItemModel> anyModels() {
    return models(0, 5);
  }

  static Gen<ItemModel.Dichotomous> dichotomousModels() {
    return models(0, 2).map(m -> (ItemModel.Dichotomous) m);
  }

  static Gen<ItemModel> polytomousModels() {
    return models(3, 5);
  }

  /** A response to the model, chosen in proportion to u in [0, 1). */
  static Gen<ItemResponse> responses(Gen<ItemModel> models) {
    return models.zip(
        doubles().between(0, 0.999),
        (m, u) -> ItemResponse.of(m, (int) (u * m.categories())));
  }

  static Gen<List<ItemResponse>> patterns(Gen<ItemModel> models, int maxItems) {
    return lists().of(responses(models)).ofSizeBetween(1, maxItems);
  }

  static Gen<ItemModel> twoPlModels() {
    return models(1, 1);
  }
}
