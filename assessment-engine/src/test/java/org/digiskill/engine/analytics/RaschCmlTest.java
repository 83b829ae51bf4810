package org.digiskill.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.digiskill.model.item.IrtParameters;
import org.junit.jupiter.api.Test;

/**
 * Rasch CML. No eRm figures for these data are in the reference, so the checks are the defining
 * properties: a zero CML gradient at the estimate, sum-zero identification, the information matching
 * a finite-difference Hessian, recovery of known difficulties within 0.1 logits from 5,000 simulated
 * persons, and standard errors that shrink with more persons.
 */
class RaschCmlTest {
  @Test
  void calibrate_lsat6_gradientIsZero_andSumIsZero() {
    ResponseMatrix m = Lsat.matrix(Lsat.SECTION6);
    CalibrationResult r = RaschCml.defaults().calibrate(m);

    double[] b = Simulated.difficultiesOf(r);
    assertThat(Arrays.stream(b).sum()).isCloseTo(0, within(1e-10));
    for (double g : RaschCml.gradient(m, b)) {
      assertThat(g).isCloseTo(0, within(1e-6));
    }
    // Item facilities .924 .709 .553 .763 .870 order the difficulties.
    assertThat(b[0]).isLessThan(b[4]);
    assertThat(b[4]).isLessThan(b[1]);
    assertThat(b[3]).isLessThan(b[1]);
    assertThat(b[1]).isLessThan(b[2]);
    assertThat(r.model()).isEqualTo(IrtParameters.Model.RASCH);
    assertThat(r.items()).allSatisfy(i -> {
      assertThat(i.discrimination()).isNull();
      assertThat(i.se()).isBetween(0.05, 0.2);
      assertThat(i.infit()).isBetween(0.7, 1.3);
      assertThat(i.outfit()).isBetween(0.7, 1.3);
    });
  }

  /**
   * No eRm (CML) figures for LSAT6 are in the reference. The closest published Rasch estimates are
   * ltm's {@code rasch(LSAT)} (MML, normal abilities, free common slope): -d = a·b = -2.730 -0.999
   * -0.240 -1.307 -2.100, which centred are -1.2548 0.4762 1.2352 0.1682 -0.6248. CML and MML are
   * different estimators and agree only approximately, so the tolerance is 0.01 logits.
   */
  @Test
  void calibrate_lsat6_closeToLtmRaschMml_centred() {
    double[] b = Simulated.difficultiesOf(RaschCml.defaults().calibrate(Lsat.matrix(Lsat.SECTION6)));

    double[] ltm = {-2.730, -0.999, -0.240, -1.307, -2.100};
    double mean = Arrays.stream(ltm).average().orElseThrow();
    for (int i = 0; i < 5; i++) {
      assertThat(b[i]).as("b" + (i + 1)).isCloseTo(ltm[i] - mean, within(0.01));
    }
  }

  @Test
  void evaluate_informationIsMinusTheFiniteDifferenceHessian() {
    ResponseMatrix m = Simulated.rasch(400, Simulated.difficulties(6), 3, 0.15);
    List<RaschCml.Group> groups = RaschCml.groups(m.rawRows(), m.items());
    double[] b = {0.3, -0.5, 1.1, 0.0, -0.2, 0.4};
    RaschCml.Evaluation at = RaschCml.evaluate(groups, b);
    double h = 1e-5;
    for (int j = 0; j < b.length; j++) {
      double[] plus = b.clone();
      double[] minus = b.clone();
      plus[j] += h;
      minus[j] -= h;
      double[] gp = RaschCml.evaluate(groups, plus).gradient();
      double[] gm = RaschCml.evaluate(groups, minus).gradient();
      double lp = RaschCml.evaluate(groups, plus).logLikelihood();
      double lm = RaschCml.evaluate(groups, minus).logLikelihood();
      assertThat((lp - lm) / (2 * h)).isCloseTo(at.gradient()[j], within(1e-4));
      for (int i = 0; i < b.length; i++) {
        assertThat(-(gp[i] - gm[i]) / (2 * h)).as("I[%d][%d]", i, j).isCloseTo(at.information()[i][j], within(1e-4));
      }
    }
  }

  @Test
  void calibrate_simulated5000x20_recoversDifficultiesWithinOneTenth() {
    double[] truth = Simulated.difficulties(20);
    CalibrationResult r = RaschCml.defaults().calibrate(Simulated.rasch(5000, truth, 20240601L, 0));

    double[] b = Simulated.difficultiesOf(r);
    for (int i = 0; i < truth.length; i++) {
      assertThat(b[i]).as("b" + (i + 1)).isCloseTo(truth[i], within(0.1));
      assertThat(r.items().get(i).infit()).isCloseTo(1, within(0.1));
      assertThat(r.items().get(i).outfit()).isCloseTo(1, within(0.15));
    }
  }

  @Test
  void calibrate_missingCells_groupsByPresentedItems_andRecovers() {
    double[] truth = Simulated.difficulties(12);
    CalibrationResult r = RaschCml.defaults().calibrate(Simulated.rasch(4000, truth, 5, 0.3));

    double[] b = Simulated.difficultiesOf(r);
    for (int i = 0; i < truth.length; i++) {
      assertThat(b[i]).as("b" + (i + 1)).isCloseTo(truth[i], within(0.15));
    }
  }

  @Test
  void calibrate_morePersons_smallerStandardErrors() {
    double[] truth = Simulated.difficulties(10);
    CalibrationResult small = RaschCml.defaults().calibrate(Simulated.rasch(500, truth, 9, 0));
    CalibrationResult large = RaschCml.defaults().calibrate(Simulated.rasch(4500, truth, 9, 0));

    for (int i = 0; i < truth.length; i++) {
      double ratio = large.items().get(i).se() / small.items().get(i).se();
      // SEs scale as 1/sqrt(n): sqrt(500/4500) = 1/3.
      assertThat(ratio).isBetween(0.28, 0.39);
    }
  }

  @Test
  void calibrate_anchored_fixesItems_andKeepsDifferences() {
    ResponseMatrix m = Lsat.matrix(Lsat.SECTION6);
    double[] free = Simulated.difficultiesOf(RaschCml.defaults().calibrate(m));
    CalibrationResult anchored = RaschCml.defaults().withAnchors(Map.of("Item3", 0.5)).calibrate(m);

    double[] b = Simulated.difficultiesOf(anchored);
    assertThat(b[2]).isEqualTo(0.5);
    assertThat(anchored.items().get(2).se()).isNull();
    for (int i = 0; i < 5; i++) {
      assertThat(b[i] - b[2]).isCloseTo(free[i] - free[2], within(1e-6));
    }
  }

  @Test
  void calibrate_personEstimates_mlForInnerScores_wleForExtremes() {
    CalibrationResult r = RaschCml.defaults().calibrate(Lsat.matrix(Lsat.SECTION6));
    double[] b = Simulated.difficultiesOf(r);

    PersonEstimate p = r.persons().stream().filter(e -> e.score() == 3).findFirst().orElseThrow();
    double expected = 0;
    for (double bi : b) {
      expected += Numerics.logistic(p.theta() - bi);
    }
    assertThat(expected).isCloseTo(3, within(1e-6));
    PersonEstimate zero = r.persons().get(0);
    PersonEstimate full = r.persons().get(999);
    assertThat(zero.extreme()).isTrue();
    assertThat(zero.theta()).isFinite().isLessThan(r.persons().get(3).theta());
    assertThat(full.extreme()).isTrue();
    assertThat(full.theta()).isFinite().isGreaterThan(p.theta());
  }

  @Test
  void calibrate_rejectsPolytomousData_extremeItems_andUnknownAnchors() {
    ResponseMatrix poly = ResponseMatrix.of(List.of("a", "b"), new int[][] {{1, 2}, {0, 1}});
    assertThatThrownBy(() -> RaschCml.defaults().calibrate(poly))
        .hasMessage("expected 0, 1 or missing for item [b] but was [2] in row 1");
    ResponseMatrix easy = ResponseMatrix.of(List.of("a", "b", "c"), new int[][] {{1, 1, 0}, {1, 0, 1}, {1, 0, 0}});
    assertThatThrownBy(() -> RaschCml.defaults().calibrate(easy))
        .isInstanceOfSatisfying(CalibrationException.class, e -> assertThat(e.code()).isEqualTo("calibration.extreme-item"))
        .hasMessage("expected item [a] to be answered both right and wrong by persons with a non-extreme score but it was answered all right by 3");
    assertThatThrownBy(() -> RaschCml.defaults().withAnchors(Map.of("zz", 0.0)).calibrate(Lsat.matrix(Lsat.SECTION6)))
        .hasMessage("expected an item id in [Item1, Item2, Item3, Item4, Item5] but was [zz]");
  }

  @Test
  void calibrate_itemsNotLinkedByPersons_areNotIdentified() {
    int m = ResponseMatrix.MISSING;
    ResponseMatrix disconnected = ResponseMatrix.of(List.of("a", "b", "c", "d"),
        new int[][] {{1, 0, m, m}, {0, 1, m, m}, {1, 0, m, m}, {m, m, 1, 0}, {m, m, 0, 1}, {m, m, 0, 1}});

    assertThatThrownBy(() -> RaschCml.defaults().calibrate(disconnected))
        .isInstanceOfSatisfying(CalibrationException.class, e -> assertThat(e.code()).isEqualTo("calibration.not-identified"));
    assertThatThrownBy(() -> PartialCreditCml.defaults().calibrate(disconnected))
        .isInstanceOfSatisfying(CalibrationException.class, e -> assertThat(e.code()).isEqualTo("calibration.not-identified"));
  }

  @Test
  void updates_carryB_only() {
    CalibrationResult r = RaschCml.defaults().calibrate(Lsat.matrix(Lsat.SECTION6));

    ItemParameterUpdate u = r.updates().get(1);
    assertThat(u.itemId()).isEqualTo("Item2");
    assertThat(u.irt()).isEqualTo(new IrtParameters(IrtParameters.Model.RASCH, null, r.items().get(1).difficulty(), null, List.of()));
  }
}
