package org.digiskill.engine.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.digiskill.engine.irt.AbilityEstimate.Method;
import org.digiskill.engine.irt.AbilityEstimate.Status;
import org.junit.jupiter.api.Test;

class EstimatorTest {

  // LSAT6 2PL, ltm(LSAT ~ z1), D = 1 (psychometrics.md 7.2, source S22).
  private static final double[] LSAT6_B = {-3.3597, -1.3696, -0.2799, -1.8659, -3.1236};
  private static final double[] LSAT6_A = {0.8254, 0.7229, 0.8905, 0.6886, 0.6575};

  static List<ItemResponse> lsat6(String pattern) {
    List<ItemResponse> responses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      responses.add(
          ItemResponse.of(ItemModel.twoPl(LSAT6_A[i], LSAT6_B[i]), pattern.charAt(i) - '0'));
    }
    return responses;
  }

  private static List<ItemResponse> rasch(double[] b, int... x) {
    List<ItemResponse> responses = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      responses.add(ItemResponse.of(ItemModel.rasch(b[i]), x[i]));
    }
    return responses;
  }

  // ltm "EB" (posterior mode, N(0,1) prior) scores for LSAT, psychometrics.md 7.2 (source S23),
  // published to 3 decimals; tolerance 0.005 on theta and 0.01 on SE covers the rounding of the
  // published item parameters and scores.
  @Test
  void map_lsat6AllWrong_matchesLtm() {
    AbilityEstimate e = MapEstimator.standard().estimate(lsat6("00000"));
    assertThat(e.theta()).isCloseTo(-1.895, within(0.005));
    assertThat(e.se()).isCloseTo(0.795, within(0.01));
    assertThat(e.method()).isEqualTo(Method.MAP);
    assertThat(e.converged()).isTrue();
  }

  @Test
  void map_lsat6AllRight_matchesLtm() {
    AbilityEstimate e = MapEstimator.standard().estimate(lsat6("11111"));
    assertThat(e.theta()).isCloseTo(0.606, within(0.005));
    assertThat(e.se()).isCloseTo(0.855, within(0.01));
  }

  // psychometrics.md 2: 61 rectangular points on [-6, 6] are within 1.9e-6 of the exact integral
  // for 5 items; 2001 points stand in for the exact integral.
  @Test
  void eap_61PointsAgreeWithFineQuadrature() {
    EapEstimator fine = EapEstimator.standard().withQuadrature(-6, 6, 2001);
    for (String pattern : List.of("00000", "01010", "10011", "11011", "11111", "00100")) {
      AbilityEstimate coarse = EapEstimator.standard().estimate(lsat6(pattern));
      AbilityEstimate exact = fine.estimate(lsat6(pattern));
      assertThat(coarse.theta()).as(pattern).isCloseTo(exact.theta(), within(1e-5));
      assertThat(coarse.se()).as(pattern).isCloseTo(exact.se(), within(1e-5));
    }
  }

  @Test
  void eap_noResponses_isPrior() {
    AbilityEstimate e = EapEstimator.standard().withPrior(0.5, 0.8).estimate(List.of());
    assertThat(e.theta()).isCloseTo(0.5, within(1e-6));
    assertThat(e.se()).isCloseTo(0.8, within(1e-6));
    assertThat(e.iterations()).isZero();
  }

  @Test
  void mle_rasch_solvesExpectedScoreEqualsRawScore() {
    double[] b = {-1.5, -0.7, 0.0, 0.4, 1.1, 2.0};
    for (int r = 1; r < b.length; r++) {
      int[] x = new int[b.length];
      for (int i = 0; i < r; i++) {
        x[b.length - 1 - i] = 1; // the hardest items right, so the pattern is not Guttman
      }
      AbilityEstimate e = MleEstimator.standard().estimate(rasch(b, x));
      double expected = 0;
      double information = 0;
      for (double bi : b) {
        expected += ItemModel.rasch(bi).probabilityCorrect(e.theta());
        information += ItemModel.rasch(bi).information(e.theta());
      }
      assertThat(e.converged()).isTrue();
      assertThat(expected).as("raw score %d", r).isCloseTo(r, within(1e-9));
      assertThat(e.se()).isCloseTo(1 / Math.sqrt(information), within(1e-12));
    }
  }

  @Test
  void mle_allCorrect_isUpperBoundAndFlagged() {
    AbilityEstimate e = MleEstimator.standard().estimate(lsat6("11111"));
    assertThat(e.theta()).isEqualTo(4.0);
    assertThat(e.status()).isEqualTo(Status.AT_BOUND);
    assertThat(e.atBound()).isTrue();
    assertThat(e.iterations()).isZero();
    assertThat(e.se()).isFinite();
  }

  @Test
  void mle_allWrong_isLowerBoundAndFlagged() {
    AbilityEstimate e = MleEstimator.standard().withRange(-3, 3).estimate(lsat6("00000"));
    assertThat(e.theta()).isEqualTo(-3.0);
    assertThat(e.atBound()).isTrue();
  }

  @Test
  void mle_noResponses_throws() {
    assertThatThrownBy(() -> MleEstimator.standard().estimate(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected at least 1 response but was [0]");
  }

  @Test
  void mle_gpcm_solvesWeightedScoreEquation() {
    List<ItemResponse> responses =
        List.of(
            ItemResponse.of(ItemModel.generalizedPartialCredit(1.3, -1, 0.2, 1.0), 2),
            ItemResponse.of(ItemModel.generalizedPartialCredit(0.7, -0.5, 0.5), 0),
            ItemResponse.of(ItemModel.partialCredit(-0.3, 0.8), 1));
    AbilityEstimate e = MleEstimator.standard().estimate(responses);
    double score = 0;
    for (ItemResponse r : responses) {
      double a = r.model() instanceof ItemModel.GeneralizedPartialCredit g ? g.a() : 1.0;
      score += a * (r.response() - r.model().expectedScore(e.theta()));
    }
    assertThat(e.converged()).isTrue();
    assertThat(score).isCloseTo(0, within(1e-9));
  }

  @Test
  void mle_graded_findsLikelihoodMaximum() {
    List<ItemResponse> responses =
        List.of(
            ItemResponse.of(ItemModel.graded(1.5, -1, 0, 1.2), 2),
            ItemResponse.of(ItemModel.graded(0.9, -0.4, 0.6), 0),
            ItemResponse.of(ItemModel.graded(1.1, -2, 1), 1));
    AbilityEstimate e = MleEstimator.standard().estimate(responses);
    assertThat(e.converged()).isTrue();
    double at = Likelihood.logLikelihood(responses, e.theta());
    assertThat(Likelihood.logLikelihood(responses, e.theta() - 1e-3)).isLessThan(at);
    assertThat(Likelihood.logLikelihood(responses, e.theta() + 1e-3)).isLessThan(at);
  }

  // For one Rasch item answered right, Warm's equation (1 - P) + (1 - 2P) / 2 = 0 gives P = 3/4,
  // so theta = b + ln 3; by symmetry a wrong answer gives b - ln 3.
  @Test
  void wle_singleRaschItem_isDifficultyPlusLn3() {
    AbilityEstimate right = WleEstimator.standard().estimate(rasch(new double[] {0.5}, 1));
    AbilityEstimate wrong = WleEstimator.standard().estimate(rasch(new double[] {0.5}, 0));
    assertThat(right.theta()).isCloseTo(0.5 + Math.log(3), within(1e-9));
    assertThat(wrong.theta()).isCloseTo(0.5 - Math.log(3), within(1e-9));
    assertThat(right.converged()).isTrue();
    assertThat(right.se()).isCloseTo(1 / Math.sqrt(0.75 * 0.25), within(1e-7));
  }

  @Test
  void wle_lsat6Extremes_areFiniteInsideRange() {
    WleEstimator wle = WleEstimator.standard().withRange(-8, 8);
    AbilityEstimate high = wle.estimate(lsat6("11111"));
    AbilityEstimate low = wle.estimate(lsat6("00000"));
    assertThat(high.converged()).isTrue();
    assertThat(low.converged()).isTrue();
    assertThat(low.theta()).isLessThan(high.theta());
  }

  @Test
  void map_noResponses_isPriorMeanWithPriorSd() {
    AbilityEstimate e = MapEstimator.standard().withPrior(0.3, 2).estimate(List.of());
    assertThat(e.theta()).isCloseTo(0.3, within(1e-12));
    assertThat(e.se()).isCloseTo(2, within(1e-12));
  }

  @Test
  void estimators_rejectBadConfiguration() {
    assertThatThrownBy(() -> MleEstimator.standard().withRange(1, 1))
        .hasMessage("expected a lower bound < upper bound [1.0] but was [1.0]");
    assertThatThrownBy(() -> MapEstimator.standard().withPrior(0, -1))
        .hasMessage("expected sigma > 0 but was [-1.0]");
    assertThatThrownBy(() -> EapEstimator.standard().withQuadrature(-4, 4, 1))
        .hasMessage("expected at least 2 quadrature points but was [1]");
    assertThatThrownBy(() -> WleEstimator.standard().withRange(Double.NaN, 1))
        .hasMessage("expected a finite lower bound but was [NaN]");
  }

  @Test
  void itemResponse_outOfRange_throws() {
    assertThatThrownBy(() -> ItemResponse.of(ItemModel.graded(1, 0, 1), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected a response in [0, 2] but was [3]");
  }

  @Test
  void estimators_coverEveryPermittedSubtype() {
    assertThat(AbilityEstimator.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(
            EapEstimator.class, MleEstimator.class, WleEstimator.class, MapEstimator.class);
  }

  // Independent check of the quadrature: Simpson's rule with 20,000 panels on [-10, 10] stands in
  // for the exact posterior integrals (psychometrics.md 2: 61 rectangular points are within 1.9e-6
  // of the exact EAP for 5 items; asserted here within 1e-5 for all 32 LSAT6 patterns).
  @Test
  void eap_allLsat6Patterns_matchSimpsonIntegration() {
    for (int bits = 0; bits < 32; bits++) {
      StringBuilder pattern = new StringBuilder();
      for (int i = 4; i >= 0; i--) {
        pattern.append((bits >> i) & 1);
      }
      List<ItemResponse> responses = lsat6(pattern.toString());
      int panels = 20_000;
      double h = 20.0 / panels;
      double m0 = 0;
      double m1 = 0;
      double m2 = 0;
      for (int j = 0; j <= panels; j++) {
        double theta = -10 + j * h;
        double w = (j == 0 || j == panels) ? 1 : (j % 2 == 1 ? 4 : 2);
        double f = w * Math.exp(Likelihood.logLikelihood(responses, theta) - 0.5 * theta * theta);
        m0 += f;
        m1 += f * theta;
        m2 += f * theta * theta;
      }
      double mean = m1 / m0;
      double sd = Math.sqrt(m2 / m0 - mean * mean);
      AbilityEstimate e = EapEstimator.standard().estimate(responses);
      assertThat(e.theta()).as("%s", pattern).isCloseTo(mean, within(1e-5));
      assertThat(e.se()).as("%s", pattern).isCloseTo(sd, within(1e-5));
    }
  }

  @Test
  void map_twoPl_seIsOneOverRootOfInformationPlusPriorPrecision() {
    AbilityEstimate e = MapEstimator.standard().withPrior(0.2, 1.5).estimate(lsat6("10110"));
    double information = Likelihood.information(lsat6("10110"), e.theta());
    assertThat(e.se()).isCloseTo(1 / Math.sqrt(information + 1 / 2.25), within(1e-12));
    double posteriorScore = Likelihood.score(lsat6("10110"), e.theta()) - (e.theta() - 0.2) / 2.25;
    assertThat(posteriorScore).isCloseTo(0, within(1e-9));
  }

  @Test
  void mle_threePl_solvesLikelihoodEquation() {
    List<ItemResponse> responses =
        List.of(
            ItemResponse.of(ItemModel.threePl(1.2, -1.0, 0.2), 1),
            ItemResponse.of(ItemModel.threePl(0.9, 0.0, 0.25), 0),
            ItemResponse.of(ItemModel.threePl(1.6, 0.5, 0.15), 1),
            ItemResponse.of(ItemModel.threePl(1.1, 1.2, 0.2), 0));
    AbilityEstimate e = MleEstimator.standard().estimate(responses);
    assertThat(e.converged()).isTrue();
    // psychometrics.md 2: lnL' = sum a (x - P)(P - c) / (P (1 - c)) for 3PL.
    double score = 0;
    for (ItemResponse r : responses) {
      ItemModel.ThreePl item = (ItemModel.ThreePl) r.model();
      double p = item.probabilityCorrect(e.theta());
      score += item.a() * (r.response() - p) * (p - item.c()) / (p * (1 - item.c()));
    }
    assertThat(score).isCloseTo(0, within(1e-9));
  }

  @Test
  void wle_polytomousExtremes_areFinite() {
    ItemModel gpcm = ItemModel.generalizedPartialCredit(1.2, -0.5, 0.4);
    ItemModel pcm = ItemModel.partialCredit(-1, 0, 1);
    AbilityEstimate top = WleEstimator.standard().estimate(
        List.of(ItemResponse.of(gpcm, 2), ItemResponse.of(pcm, 3)));
    AbilityEstimate bottom = WleEstimator.standard().estimate(
        List.of(ItemResponse.of(gpcm, 0), ItemResponse.of(pcm, 0)));
    assertThat(top.converged()).isTrue();
    assertThat(bottom.converged()).isTrue();
    assertThat(bottom.theta()).isLessThan(top.theta());
  }

  @Test
  void estimators_giveSameResultsConcurrently() {
    List<String> patterns = new ArrayList<>();
    for (int bits = 0; bits < 32; bits++) {
      patterns.add(String.format("%5s", Integer.toBinaryString(bits)).replace(' ', '0'));
    }
    for (AbilityEstimator estimator :
        List.of(
            EapEstimator.standard(),
            MleEstimator.standard(),
            WleEstimator.standard(),
            MapEstimator.standard())) {
      List<AbilityEstimate> sequential =
          patterns.stream().map(p -> estimator.estimate(lsat6(p))).toList();
      for (int round = 0; round < 5; round++) {
        List<AbilityEstimate> parallel =
            patterns.parallelStream().map(p -> estimator.estimate(lsat6(p))).toList();
        assertThat(parallel).isEqualTo(sequential);
      }
    }
  }
}
