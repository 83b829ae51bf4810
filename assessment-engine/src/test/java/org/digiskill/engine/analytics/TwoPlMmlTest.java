package org.digiskill.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.digiskill.model.item.IrtParameters;
import org.junit.jupiter.api.Test;

/**
 * Agreement with published 2PL estimates on the LSAT data (psychometrics.md 7.2). Tolerances: |Δa|,
 * |Δb|, |Δd| ≤ 0.005 and |ΔlogLik| ≤ 0.005, against figures published to 3–4 decimals; we
 * reproduce them to about 0.001.
 */
class TwoPlMmlTest {
  private static final double TOL = 0.005;

  @Test
  void calibrate_lsat6_matchesLtm_gaussHermite21() {
    CalibrationResult r = TwoPlMml.defaults().withQuadrature(Quadrature.gaussHermite(21)).calibrate(Lsat.matrix(Lsat.SECTION6));

    double[] b = {-3.3597, -1.3696, -0.2799, -1.8659, -3.1236};
    double[] a = {0.8254, 0.7229, 0.8905, 0.6886, 0.6575};
    for (int i = 0; i < 5; i++) {
      ItemCalibration item = r.items().get(i);
      assertThat(item.id()).isEqualTo(Lsat.ITEMS.get(i));
      assertThat(item.difficulty()).as("b" + (i + 1)).isCloseTo(b[i], within(TOL));
      assertThat(item.discrimination()).as("a" + (i + 1)).isCloseTo(a[i], within(TOL));
      assertThat(item.se()).isPositive();
    }
    assertThat(r.logLikelihood()).isCloseTo(-2466.653, within(TOL));
    assertThat(r.model()).isEqualTo(IrtParameters.Model.TWO_PL);
    assertThat(r.persons()).hasSize(1000);
  }

  @Test
  void calibrate_lsat7_matchesMirt_rectangular61() {
    CalibrationResult r = TwoPlMml.defaults().withQuadrature(Quadrature.rectangular(61, -6, 6)).calibrate(Lsat.matrix(Lsat.SECTION7));

    double[] a = {0.988, 1.081, 1.706, 0.765, 0.736};
    double[] d = {1.856, 0.808, 1.804, 0.486, 1.855};
    for (int i = 0; i < 5; i++) {
      ItemCalibration item = r.items().get(i);
      assertThat(item.discrimination()).as("a" + (i + 1)).isCloseTo(a[i], within(TOL));
      assertThat(-item.difficulty() * item.discrimination()).as("d" + (i + 1)).isCloseTo(d[i], within(TOL));
    }
    assertThat(r.logLikelihood()).isCloseTo(-2658.805, within(TOL));
  }

  @Test
  void calibrate_lsat6_eapOfPatterns_orderedByScore() {
    CalibrationResult r = TwoPlMml.defaults().calibrate(Lsat.matrix(Lsat.SECTION6));

    PersonEstimate none = r.persons().get(0);
    PersonEstimate all = r.persons().get(999);
    assertThat(none.score()).isZero();
    assertThat(none.extreme()).isTrue();
    assertThat(all.score()).isEqualTo(5);
    // ltm's EB (posterior mode) scores are -1.895 and 0.606; EAP lies close to them.
    assertThat(none.theta()).isCloseTo(-1.895, within(0.1));
    assertThat(all.theta()).isCloseTo(0.606, within(0.1));
  }

  @Test
  void updates_carryAandB() {
    CalibrationResult r = TwoPlMml.defaults().calibrate(Lsat.matrix(Lsat.SECTION6));

    List<ItemParameterUpdate> updates = r.updates();
    assertThat(updates).extracting(ItemParameterUpdate::itemId).isEqualTo(Lsat.ITEMS);
    IrtParameters first = updates.get(0).irt();
    assertThat(first.model()).isEqualTo(IrtParameters.Model.TWO_PL);
    assertThat(first.a()).isEqualTo(r.items().get(0).discrimination());
    assertThat(first.b()).isEqualTo(r.items().get(0).difficulty());
    assertThat(first.c()).isNull();
  }

  @Test
  void quadrature_weightsSumToOne_andIntegrateVariance() {
    for (Quadrature q : List.of(Quadrature.gaussHermite(21), Quadrature.rectangular(61, -6, 6))) {
      double sum = 0;
      double var = 0;
      for (int i = 0; i < q.size(); i++) {
        sum += q.weights()[i];
        var += q.weights()[i] * q.nodes()[i] * q.nodes()[i];
      }
      assertThat(sum).isCloseTo(1, within(1e-12));
      assertThat(var).isCloseTo(1, within(1e-6));
    }
  }

  @Test
  void calibrate_missingCells_stillRecoversRaschItems() {
    double[] b = Simulated.difficulties(10);
    CalibrationResult r = TwoPlMml.defaults().calibrate(Simulated.rasch(3000, b, 11, 0.2));

    for (int i = 0; i < b.length; i++) {
      assertThat(r.items().get(i).difficulty()).isCloseTo(b[i], within(0.2));
      assertThat(r.items().get(i).discrimination()).isCloseTo(1, within(0.2));
    }
  }
}
