package org.digiskill.engine.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.digiskill.model.item.IrtParameters;
import org.digiskill.model.item.IrtParameters.Model;
import org.junit.jupiter.api.Test;

class ItemModelTest {

  /** One instance of every permitted model, so tests cover the whole sealed hierarchy. */
  static final List<ItemModel> SAMPLES =
      List.of(
          ItemModel.rasch(0.3),
          ItemModel.twoPl(1.4, -0.5),
          ItemModel.threePl(1.2, 0.4, 0.2),
          ItemModel.partialCredit(0.5, -0.4, 1.1),
          ItemModel.generalizedPartialCredit(0.8, -1.0, 0.3),
          ItemModel.graded(1.7, -1.2, 0.1, 0.9));

  @Test
  void samples_coverEveryPermittedSubtype() {
    List<Class<?>> leaves =
        List.of(
            ItemModel.Rasch.class,
            ItemModel.TwoPl.class,
            ItemModel.ThreePl.class,
            ItemModel.PartialCredit.class,
            ItemModel.GeneralizedPartialCredit.class,
            ItemModel.Graded.class);
    assertThat(ItemModel.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            ItemModel.Dichotomous.class,
            ItemModel.PartialCredit.class,
            ItemModel.GeneralizedPartialCredit.class,
            ItemModel.Graded.class);
    assertThat(ItemModel.Dichotomous.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            ItemModel.Rasch.class, ItemModel.TwoPl.class, ItemModel.ThreePl.class);
    assertThat(SAMPLES.stream().map(Object::getClass).toList())
        .containsExactlyInAnyOrderElementsOf(leaves);
  }

  @Test
  void rasch_atDifficulty_isOneHalf() {
    ItemModel.Rasch item = ItemModel.rasch(0.7);
    assertThat(item.probabilityCorrect(0.7)).isEqualTo(0.5);
    assertThat(item.information(0.7)).isEqualTo(0.25);
    assertThat(item.probabilityCorrect(1.7)).isCloseTo(1 / (1 + Math.exp(-1)), within(1e-15));
  }

  @Test
  void threePl_matchesReferenceFormulas() {
    ItemModel.ThreePl item = ItemModel.threePl(1.3, 0.2, 0.25);
    for (double theta = -4; theta <= 4; theta += 0.5) {
      double p = 0.25 + 0.75 / (1 + Math.exp(-1.3 * (theta - 0.2)));
      double q = 1 - p;
      assertThat(item.probabilityCorrect(theta)).isCloseTo(p, within(1e-14));
      assertThat(item.probabilityIncorrect(theta)).isCloseTo(q, within(1e-14));
      double info = 1.3 * 1.3 * (q / p) * Math.pow((p - 0.25) / 0.75, 2);
      assertThat(item.information(theta)).isCloseTo(info, within(1e-13));
    }
  }

  @Test
  void partialCredit_matchesMastersFormula() {
    double[] delta = {0.5, -0.4, 1.1};
    ItemModel item = ItemModel.partialCredit(delta);
    double theta = 0.3;
    double[] numerators = new double[4];
    double sum = 0;
    for (int k = 0; k < 4; k++) {
      double s = 0;
      for (int t = 0; t < k; t++) {
        s += theta - delta[t];
      }
      numerators[k] = Math.exp(s);
      sum += numerators[k];
    }
    for (int k = 0; k < 4; k++) {
      assertThat(item.probability(theta, k)).isCloseTo(numerators[k] / sum, within(1e-15));
    }
  }

  @Test
  void graded_matchesDifferenceOfCumulatives() {
    ItemModel.Graded item = ItemModel.graded(1.7, -1.2, 0.1, 0.9);
    double theta = -0.35;
    double[] star = {1, 0, 0, 0, 0};
    double[] b = {-1.2, 0.1, 0.9};
    for (int k = 1; k <= 3; k++) {
      star[k] = 1 / (1 + Math.exp(-1.7 * (theta - b[k - 1])));
    }
    double information = 0;
    for (int k = 0; k <= 3; k++) {
      double p = star[k] - star[k + 1];
      assertThat(item.probability(theta, k)).isCloseTo(p, within(1e-15));
      // psychometrics.md 1.2: P'_k = a [P*_k (1 - P*_k) - P*_{k+1} (1 - P*_{k+1})].
      double dp = 1.7 * (star[k] * (1 - star[k]) - star[k + 1] * (1 - star[k + 1]));
      information += dp * dp / p;
    }
    assertThat(item.information(theta)).isCloseTo(information, within(1e-13));
    assertThat(item.expectedScore(theta)).isCloseTo(star[1] + star[2] + star[3], within(1e-15));
  }

  @Test
  void gpcm_informationIsASquaredTimesScoreVariance() {
    ItemModel item = ItemModel.generalizedPartialCredit(0.8, -1.0, 0.3);
    double theta = 0.6;
    double mean = 0;
    double square = 0;
    for (int k = 0; k < 3; k++) {
      mean += k * item.probability(theta, k);
      square += k * k * item.probability(theta, k);
    }
    assertThat(item.information(theta)).isCloseTo(0.64 * (square - mean * mean), within(1e-14));
  }

  // Derivatives against central differences of the model's own functions.
  @Test
  void derivatives_matchFiniteDifferences() {
    double h = 1e-4;
    for (ItemModel item : SAMPLES) {
      for (double theta = -3; theta <= 3; theta += 0.75) {
        double warm = 0;
        for (int k = 0; k < item.categories(); k++) {
          double d1 =
              (item.logProbability(theta + h, k) - item.logProbability(theta - h, k)) / (2 * h);
          double d2 =
              (item.logProbabilityDerivative(theta + h, k)
                      - item.logProbabilityDerivative(theta - h, k))
                  / (2 * h);
          assertThat(item.logProbabilityDerivative(theta, k)).as("%s", item).isCloseTo(d1, within(1e-7));
          assertThat(item.logProbabilitySecondDerivative(theta, k))
              .as("%s", item)
              .isCloseTo(d2, within(1e-7));
          double p = item.probability(theta, k);
          double dp = (item.probability(theta + h, k) - item.probability(theta - h, k)) / (2 * h);
          double d2p =
              (item.probability(theta + h, k) - 2 * p + item.probability(theta - h, k)) / (h * h);
          warm += dp * d2p / p;
        }
        assertThat(item.warmJ(theta)).as("%s", item).isCloseTo(warm, within(1e-5));
      }
    }
  }

  @Test
  void dichotomous_probabilityDerivativesMatchFiniteDifferences() {
    double h = 1e-4;
    for (ItemModel model : SAMPLES.subList(0, 3)) {
      ItemModel.Dichotomous item = (ItemModel.Dichotomous) model;
      for (double theta = -3; theta <= 3; theta += 0.75) {
        double dp = (item.probabilityCorrect(theta + h) - item.probabilityCorrect(theta - h)) / (2 * h);
        double d2p =
            (item.probabilityDerivative(theta + h) - item.probabilityDerivative(theta - h)) / (2 * h);
        assertThat(item.probabilityDerivative(theta)).isCloseTo(dp, within(1e-8));
        assertThat(item.probabilitySecondDerivative(theta)).isCloseTo(d2p, within(1e-8));
      }
    }
  }

  @Test
  void logProbability_staysFiniteFarFromTheItem() {
    for (ItemModel item : SAMPLES) {
      for (int k = 0; k < item.categories(); k++) {
        assertThat(item.logProbability(-40, k)).as("%s", item).isFinite();
        assertThat(item.logProbability(40, k)).as("%s", item).isFinite();
      }
    }
  }

  @Test
  void twoPl_nonPositiveA_throws() {
    assertThatThrownBy(() -> ItemModel.twoPl(-1.0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a > 0 but was [-1.0]");
    assertThatThrownBy(() -> ItemModel.twoPl(Double.NaN, 0))
        .hasMessage("expected a > 0 but was [NaN]");
    assertThatThrownBy(() -> ItemModel.graded(Double.POSITIVE_INFINITY, 0))
        .hasMessage("expected a finite a but was [Infinity]");
  }

  @Test
  void rasch_infiniteB_throws() {
    assertThatThrownBy(() -> ItemModel.rasch(Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a finite b but was [-Infinity]");
  }

  @Test
  void threePl_cOutOfRange_throws() {
    assertThatThrownBy(() -> ItemModel.threePl(1, 0, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 0 <= c < 1 but was [1.0]");
    assertThatThrownBy(() -> ItemModel.threePl(1, 0, -0.1))
        .hasMessage("expected 0 <= c < 1 but was [-0.1]");
  }

  @Test
  void graded_thresholdsNotIncreasing_throws() {
    assertThatThrownBy(() -> ItemModel.graded(1, -1, 0.5, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a threshold > [0.5] but was [0.5] at thresholds[2]");
  }

  @Test
  void polytomous_badThresholds_throw() {
    assertThatThrownBy(() -> ItemModel.partialCredit())
        .hasMessage("expected at least 1 threshold but was [0]");
    assertThatThrownBy(() -> ItemModel.generalizedPartialCredit(1, 0, Double.NaN))
        .hasMessage("expected a finite threshold but was [NaN]");
  }

  @Test
  void probability_unknownCategory_throws() {
    assertThatThrownBy(() -> ItemModel.partialCredit(0, 1).probability(0, 3))
        .hasMessage("expected a category in [0, 2] but was [3]");
    assertThatThrownBy(() -> ItemModel.rasch(0).logProbability(0, -1))
        .hasMessage("expected a category in [0, 1] but was [-1]");
  }

  @Test
  void thresholds_areCopiedInAndOut() {
    double[] t = {-1, 1};
    ItemModel.Graded item = ItemModel.graded(1, t);
    t[0] = 5;
    item.thresholds()[1] = 9;
    assertThat(item.thresholds()).containsExactly(-1, 1);
    assertThat(item).isEqualTo(ItemModel.graded(1, -1, 1));
    assertThat(item.hashCode()).isEqualTo(ItemModel.graded(1, -1, 1).hashCode());
    assertThat(item).isNotEqualTo(ItemModel.graded(1.1, -1, 1));
    assertThat(item.toString()).isEqualTo("Graded[a=1.0, thresholds=[-1.0, 1.0]]");
    assertThat(ItemModel.partialCredit(0.5)).isEqualTo(ItemModel.partialCredit(0.5));
    assertThat(ItemModel.generalizedPartialCredit(2, 0.5))
        .isEqualTo(ItemModel.generalizedPartialCredit(2, 0.5));
  }

  @Test
  void from_mapsEveryModel() {
    List<Double> t = List.of(-0.5, 0.5);
    assertThat(ItemModel.from(new IrtParameters(Model.RASCH, null, 0.2, null, null)))
        .isEqualTo(ItemModel.rasch(0.2));
    assertThat(ItemModel.from(new IrtParameters(Model.RASCH, 1.0, 0.2, null, null)))
        .isEqualTo(ItemModel.rasch(0.2));
    assertThat(ItemModel.from(new IrtParameters(Model.TWO_PL, 1.5, 0.2, null, null)))
        .isEqualTo(ItemModel.twoPl(1.5, 0.2));
    assertThat(ItemModel.from(new IrtParameters(Model.THREE_PL, 1.5, 0.2, 0.1, null)))
        .isEqualTo(ItemModel.threePl(1.5, 0.2, 0.1));
    assertThat(ItemModel.from(new IrtParameters(Model.PCM, null, null, null, t)))
        .isEqualTo(ItemModel.partialCredit(-0.5, 0.5));
    assertThat(ItemModel.from(new IrtParameters(Model.GPCM, 0.9, null, null, t)))
        .isEqualTo(ItemModel.generalizedPartialCredit(0.9, -0.5, 0.5));
    assertThat(ItemModel.from(new IrtParameters(Model.GRM, 0.9, null, null, t)))
        .isEqualTo(ItemModel.graded(0.9, -0.5, 0.5));
    assertThat(Arrays.stream(Model.values()).map(m -> m.jsonName()))
        .containsExactly("rasch", "2pl", "3pl", "pcm", "gpcm", "grm");
  }

  @Test
  void from_missingOrInvalidParameters_throw() {
    assertThatThrownBy(() -> ItemModel.from(new IrtParameters(Model.TWO_PL, null, 0.0, null, null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a for model [2pl] but was [null]");
    assertThatThrownBy(() -> ItemModel.from(new IrtParameters(Model.THREE_PL, 1.0, 0.0, null, null)))
        .hasMessage("expected c for model [3pl] but was [null]");
    assertThatThrownBy(() -> ItemModel.from(new IrtParameters(Model.RASCH, 0.75, 0.0, null, null)))
        .hasMessage("expected a null or 1 for model [rasch] but was [0.75]");
    assertThatThrownBy(() -> ItemModel.from(new IrtParameters(Model.GRM, 1.0, null, null, null)))
        .hasMessage("expected at least 1 threshold but was [0]");
    assertThatThrownBy(
            () -> ItemModel.from(new IrtParameters(Model.GRM, 1.0, null, null, List.of(1.0, 0.0))))
        .hasMessage("expected a threshold > [1.0] but was [0.0] at thresholds[1]");
    assertThatThrownBy(() -> ItemModel.from(new IrtParameters(Model.TWO_PL, -1.0, 0.0, null, null)))
        .hasMessage("expected a > 0 but was [-1.0]");
  }
}
