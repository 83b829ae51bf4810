package org.digiskill.engine.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.digiskill.engine.irt.ItemModel;
import org.junit.jupiter.api.Test;

class SprtTest {

  @Test
  void bounds_alphaBetaFivePercent_arePlusMinusLn19() {
    Sprt sprt = Sprt.of(0, 0.3, 0.05, 0.05);
    assertThat(sprt.upperBound()).isCloseTo(Math.log(19), within(1e-12)).isCloseTo(2.944, within(5e-4));
    assertThat(sprt.lowerBound()).isCloseTo(-Math.log(19), within(1e-12)).isCloseTo(-2.944, within(5e-4));
  }

  @Test
  void bounds_asymmetricRates_followWald() {
    Sprt sprt = Sprt.of(0, 0.3, 0.10, 0.05);
    assertThat(sprt.upperBound()).isCloseTo(Math.log(0.95 / 0.10), within(1e-12));
    assertThat(sprt.lowerBound()).isCloseTo(Math.log(0.05 / 0.90), within(1e-12));
  }

  @Test
  void decide_atAndBeyondBounds() {
    Sprt sprt = Sprt.of(0, 0.3, 0.05, 0.05);
    assertThat(sprt.decide(sprt.upperBound())).contains(Classification.PASS);
    assertThat(sprt.decide(sprt.lowerBound())).contains(Classification.FAIL);
    assertThat(sprt.decide(0)).isEmpty();
  }

  @Test
  void raschLogLikelihoodRatio_equalsGeneralFormula() {
    Sprt sprt = Sprt.of(0.4, 0.25, 0.05, 0.1);
    double[] b = {-1.2, -0.3, 0.0, 0.7, 1.5, 2.2};
    int[] x = {1, 1, 0, 1, 0, 1};
    double general = 0;
    int r = 0;
    for (int i = 0; i < b.length; i++) {
      ItemModel m = ItemModel.rasch(b[i]);
      general += m.logProbability(sprt.theta1(), x[i]) - m.logProbability(sprt.theta0(), x[i]);
      r += x[i];
    }
    assertThat(sprt.raschLogLikelihoodRatio(r, b)).isCloseTo(general, within(1e-12));
  }

  @Test
  void raschLogLikelihoodRatio_matchesEngineRatio() {
    double[] b = {-1, -0.5, 0, 0.5, 1};
    Sprt sprt = Sprt.of(0, 0.5, 0.05, 0.05);
    AdaptiveEngine engine = AdaptiveEngine.of(Banks.rasch(b),
        CatConfig.standard().withSeTarget(null).withLength(5, 5).withSprt(Sprt.of(0, 0.5, 0.01, 0.01)));
    AdaptiveSession s = engine.start(1);
    int r = 0;
    double[] given = new double[5];
    for (int i = 0; i < 3; i++) {
      String id = engine.next(s).orElseThrow();
      given[i] = b[Integer.parseInt(id.substring(1))];
      s = engine.answer(s, id, i % 2);
      r += i % 2;
    }
    assertThat(s.logLikelihoodRatio())
        .isCloseTo(sprt.raschLogLikelihoodRatio(r, given[0], given[1], given[2]), within(1e-12));
  }

  @Test
  void constructor_rejectsOutOfRange() {
    assertThatThrownBy(() -> Sprt.of(0, 0, 0.05, 0.05))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected delta > 0 but was [0.0]");
    assertThatThrownBy(() -> Sprt.of(0, 0.2, 1, 0.05))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("expected alpha in (0, 1) but was [1.0]");
  }
}
