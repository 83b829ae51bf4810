package org.digiskill.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.digiskill.model.item.IrtParameters;
import org.junit.jupiter.api.Test;

/**
 * PCM by CML: equals Rasch CML on 0/1 data, has a zero gradient at the estimate, and recovers known
 * thresholds within 0.15 logits from 4,000 simulated persons.
 */
class PartialCreditCmlTest {
  /** Thresholds of 8 three-category items, averaging zero. */
  private static final double[][] THRESHOLDS = {
    {-1.5, -0.5}, {-1.0, 0.0}, {-0.5, 0.5}, {0.0, 1.0}, {-1.2, 0.8}, {-0.8, 1.2}, {0.2, 0.4}, {0.5, 1.5}
  };

  static ResponseMatrix simulate(int persons, long seed, double missing) {
    double mean = 0;
    for (double[] t : THRESHOLDS) {
      mean += t[0] + t[1];
    }
    mean /= 2 * THRESHOLDS.length;
    SplittableRandom random = new SplittableRandom(seed);
    int k = THRESHOLDS.length;
    int[][] rows = new int[persons][k];
    for (int v = 0; v < persons; v++) {
      double theta = random.nextGaussian();
      for (int i = 0; i < k; i++) {
        double[] w = {1, Math.exp(theta - (THRESHOLDS[i][0] - mean)), Math.exp(2 * theta - (THRESHOLDS[i][0] + THRESHOLDS[i][1] - 2 * mean))};
        double u = random.nextDouble() * (w[0] + w[1] + w[2]);
        int x = u < w[0] ? 0 : u < w[0] + w[1] ? 1 : 2;
        rows[v][i] = random.nextDouble() < missing ? ResponseMatrix.MISSING : x;
      }
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      ids.add("p" + (i + 1));
    }
    return ResponseMatrix.of(ids, rows);
  }

  @Test
  void calibrate_dichotomousData_equalsRaschCml() {
    ResponseMatrix m = Lsat.matrix(Lsat.SECTION6);
    CalibrationResult rasch = RaschCml.defaults().calibrate(m);
    CalibrationResult pcm = PartialCreditCml.defaults().calibrate(m);

    assertThat(pcm.model()).isEqualTo(IrtParameters.Model.PCM);
    assertThat(pcm.logLikelihood()).isCloseTo(rasch.logLikelihood(), within(1e-8));
    for (int i = 0; i < 5; i++) {
      ItemCalibration a = rasch.items().get(i);
      ItemCalibration b = pcm.items().get(i);
      assertThat(b.difficulty()).isCloseTo(a.difficulty(), within(1e-8));
      assertThat(b.se()).isCloseTo(a.se(), within(1e-8));
      assertThat(b.infit()).isCloseTo(a.infit(), within(1e-6));
      assertThat(b.outfit()).isCloseTo(a.outfit(), within(1e-6));
      assertThat(b.thresholds()).hasSize(1);
      assertThat(b.thresholds().get(0)).isCloseTo(a.difficulty(), within(1e-8));
    }
  }

  @Test
  void calibrate_simulated_recoversThresholds_withZeroGradient() {
    ResponseMatrix m = simulate(4000, 77, 0.1);
    CalibrationResult r = PartialCreditCml.defaults().calibrate(m);

    double mean = 0;
    for (double[] t : THRESHOLDS) {
      mean += t[0] + t[1];
    }
    mean /= 2 * THRESHOLDS.length;
    double[] eta = new double[2 * THRESHOLDS.length];
    for (int i = 0; i < THRESHOLDS.length; i++) {
      ItemCalibration item = r.items().get(i);
      assertThat(item.thresholds().get(0)).as("t%d1", i + 1).isCloseTo(THRESHOLDS[i][0] - mean, within(0.15));
      assertThat(item.thresholds().get(1)).as("t%d2", i + 1).isCloseTo(THRESHOLDS[i][1] - mean, within(0.15));
      assertThat(item.difficulty()).isCloseTo((item.thresholds().get(0) + item.thresholds().get(1)) / 2, within(1e-12));
      assertThat(item.se()).isBetween(0.01, 0.1);
      // Short test: ML abilities fit the data closely, so mean squares sit somewhat below 1.
      assertThat(item.infit()).isBetween(0.75, 1.25);
      eta[2 * i] = item.thresholds().get(0);
      eta[2 * i + 1] = item.thresholds().get(0) + item.thresholds().get(1);
    }
    for (double g : PartialCreditCml.gradient(m, eta)) {
      assertThat(g).isCloseTo(0, within(1e-6));
    }
    assertThat(r.updates().get(0).irt().thresholds()).isEqualTo(r.items().get(0).thresholds());
    assertThat(r.updates().get(0).irt().b()).isNull();
  }

  @Test
  void evaluate_informationIsMinusTheFiniteDifferenceHessian() {
    ResponseMatrix data = simulate(300, 4, 0.2);
    int k = THRESHOLDS.length;
    int[] m = new int[k];
    int[] offset = new int[k + 1];
    for (int i = 0; i < k; i++) {
      m[i] = 2;
      offset[i + 1] = offset[i] + 2;
    }
    PartialCreditCml.Model model = new PartialCreditCml.Model(m, offset, PartialCreditCml.groups(data.rawRows(), m));
    double[] eta = new double[2 * k];
    for (int p = 0; p < eta.length; p++) {
      eta[p] = 0.1 * (p % 5) - 0.2;
    }
    PartialCreditCml.Evaluation at = model.evaluate(eta);
    double h = 1e-5;
    for (int q = 0; q < eta.length; q++) {
      double[] plus = eta.clone();
      double[] minus = eta.clone();
      plus[q] += h;
      minus[q] -= h;
      PartialCreditCml.Evaluation ep = model.evaluate(plus);
      PartialCreditCml.Evaluation em = model.evaluate(minus);
      assertThat((ep.logLikelihood() - em.logLikelihood()) / (2 * h)).isCloseTo(at.gradient()[q], within(1e-4));
      for (int p = 0; p < eta.length; p++) {
        assertThat(-(ep.gradient()[p] - em.gradient()[p]) / (2 * h)).as("I[%d][%d]", p, q).isCloseTo(at.information()[p][q], within(1e-4));
      }
    }
  }

  @Test
  void calibrate_unusedCategory_isRejected() {
    ResponseMatrix m = ResponseMatrix.of(List.of("a", "b"), new int[][] {{0, 2}, {2, 0}, {1, 2}, {2, 0}, {1, 0}});
    assertThatThrownBy(() -> PartialCreditCml.defaults().calibrate(m))
        .hasMessage("expected category [1] of item [b] to be used by a person with a non-extreme score but it was not");
  }
}
