package org.digiskill.engine.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EstimatorProperties {

  private static List<ItemResponse> plus(List<ItemResponse> pattern, ItemResponse... more) {
    List<ItemResponse> all = new ArrayList<>(pattern);
    all.addAll(List.of(more));
    return all;
  }

  /** Two 2PL items at b = theta with slope a, one right and one wrong: their score is 0 there. */
  private static ItemResponse[] balancedPair(double a, double theta) {
    return new ItemResponse[] {
      ItemResponse.of(ItemModel.twoPl(a, theta), 1), ItemResponse.of(ItemModel.twoPl(a, theta), 0)
    };
  }

  @Test
  void eap_liesInsideQuadratureRange() {
    qt().forAll(
            IrtGenerators.patterns(IrtGenerators.anyModels(), 15),
            doubles().between(-6, 2),
            doubles().between(0.5, 10),
            integers().between(2, 80))
        .checkAssert(
            (pattern, lower, width, points) -> {
              AbilityEstimate e =
                  EapEstimator.standard()
                      .withQuadrature(lower, lower + width, points)
                      .estimate(pattern);
              assertThat(e.theta()).isBetween(lower, lower + width);
              assertThat(e.se()).isBetween(0.0, width);
            });
  }

  // Brascamp–Lieb: a normal prior times a log-concave likelihood (Rasch, 2PL) has variance at
  // most the prior's. Compared with the discretised prior, i.e. the EAP SE of no responses.
  @Test
  void eap_psdNeverExceedsPriorSdForLogConcaveModels() {
    double priorSd = EapEstimator.standard().estimate(List.of()).se();
    qt().forAll(IrtGenerators.patterns(IrtGenerators.models(0, 1), 20))
        .checkAssert(
            pattern ->
                assertThat(EapEstimator.standard().estimate(pattern).se())
                    .isLessThanOrEqualTo(priorSd + 1e-12));
  }

  // Adding two 2PL items located at the current EAP, one answered right and one wrong (each in
  // line with a resident at that theta), does not raise the posterior SD.
  @Test
  void eap_addingBalancedPairAtEstimate_doesNotRaisePsd() {
    qt().forAll(
            IrtGenerators.patterns(IrtGenerators.anyModels(), 15),
            IrtGenerators.discriminations())
        .checkAssert(
            (pattern, a) -> {
              AbilityEstimate before = EapEstimator.standard().estimate(pattern);
              AbilityEstimate after =
                  EapEstimator.standard()
                      .estimate(plus(pattern, balancedPair(a, before.theta())));
              assertThat(after.se()).isLessThanOrEqualTo(before.se() + 1e-12);
            });
  }

  // For a mixed 2PL pattern, the balanced pair at the MLE adds zero to the likelihood equation
  // there, so the MLE stays put and its SE 1/sqrt(I) strictly shrinks.
  @Test
  void mle_addingBalancedPairAtEstimate_keepsThetaAndShrinksSe() {
    qt().forAll(
            IrtGenerators.patterns(IrtGenerators.twoPlModels(), 15),
            IrtGenerators.discriminations(),
            IrtGenerators.discriminations(),
            IrtGenerators.difficulties())
        .checkAssert(
            (pattern, a, a2, b) -> {
              // One wrong answer to an easy item and one right answer to a hard one keep the
              // pattern mixed, so the MLE is finite.
              List<ItemResponse> mixed =
                  plus(
                      pattern,
                      ItemResponse.of(ItemModel.twoPl(a2, b - 2), 0),
                      ItemResponse.of(ItemModel.twoPl(a2, b + 2), 1));
              MleEstimator mle = MleEstimator.standard().withRange(-20, 20);
              AbilityEstimate before = mle.estimate(mixed);
              AbilityEstimate after = mle.estimate(plus(mixed, balancedPair(a, before.theta())));
              assertThat(before.converged()).isTrue();
              assertThat(after.converged()).isTrue();
              assertThat(after.theta()).isCloseTo(before.theta(), within(1e-7));
              assertThat(after.se()).isLessThan(before.se());
            });
  }

  @Test
  void wle_extremeTwoPlPatterns_areFinite() {
    qt().forAll(lists().of(IrtGenerators.twoPlModels()).ofSizeBetween(1, 20))
        .checkAssert(
            models -> {
              List<ItemResponse> right = new ArrayList<>();
              List<ItemResponse> wrong = new ArrayList<>();
              for (ItemModel m : models) {
                right.add(ItemResponse.of(m, 1));
                wrong.add(ItemResponse.of(m, 0));
              }
              WleEstimator wle = WleEstimator.standard().withRange(-30, 30);
              for (AbilityEstimate e : List.of(wle.estimate(right), wle.estimate(wrong))) {
                assertThat(e.converged()).as("%s", e).isTrue();
                assertThat(e.theta()).isStrictlyBetween(-30.0, 30.0);
                assertThat(e.se()).isFinite();
              }
            });
  }

  @Test
  void estimators_areDeterministic() {
    List<AbilityEstimator> estimators =
        List.of(
            EapEstimator.standard(),
            MleEstimator.standard(),
            WleEstimator.standard(),
            MapEstimator.standard());
    qt().forAll(IrtGenerators.patterns(IrtGenerators.anyModels(), 15))
        .checkAssert(
            pattern -> {
              for (AbilityEstimator estimator : estimators) {
                AbilityEstimate first = estimator.estimate(pattern);
                assertThat(estimator.estimate(new ArrayList<>(pattern))).isEqualTo(first);
                assertThat(first.se()).isPositive();
              }
            });
  }

  @Test
  void map_liesBetweenPriorMeanAndLikelihoodSide() {
    // The posterior mode of a mixed 2PL pattern is pulled from the MLE towards the prior mean.
    qt().forAll(IrtGenerators.patterns(IrtGenerators.twoPlModels(), 15), IrtGenerators.difficulties())
        .checkAssert(
            (pattern, b) -> {
              List<ItemResponse> mixed =
                  plus(
                      pattern,
                      ItemResponse.of(ItemModel.twoPl(1, b - 2), 0),
                      ItemResponse.of(ItemModel.twoPl(1, b + 2), 1));
              double mle = MleEstimator.standard().withRange(-20, 20).estimate(mixed).theta();
              double map = MapEstimator.standard().withRange(-20, 20).estimate(mixed).theta();
              assertThat(map).isBetween(Math.min(0, mle) - 1e-9, Math.max(0, mle) + 1e-9);
            });
  }

  // Independent of the root finder: the MAP beats its neighbours on the log posterior. At a bound
  // of the search range (a pattern whose posterior still rises there, e.g. top categories of very
  // hard graded items) only the neighbour inside the range is a rival.
  @Test
  void map_maximisesLogPosterior() {
    qt().forAll(IrtGenerators.patterns(IrtGenerators.models(0, 5), 15))
        .checkAssert(
            pattern -> {
              AbilityEstimate e = MapEstimator.standard().estimate(pattern);
              double t = e.theta();
              double at = Likelihood.logLikelihood(pattern, t) - 0.5 * t * t;
              double[] steps = e.status() != AbilityEstimate.Status.AT_BOUND ? new double[] {-1e-3, 1e-3}
                  : t > 0 ? new double[] {-1e-3} : new double[] {1e-3};
              for (double d : steps) {
                double near = Likelihood.logLikelihood(pattern, t + d) - 0.5 * (t + d) * (t + d);
                assertThat(near).isLessThanOrEqualTo(at + 1e-12);
              }
            });
  }

  // Under 2PL, J = dI/dtheta, so Warm's equation is the stationarity condition of
  // lnL + ln(I) / 2: the WLE maximises that function.
  @Test
  void wle_twoPl_maximisesLikelihoodTimesRootInformation() {
    qt().forAll(IrtGenerators.patterns(IrtGenerators.models(0, 1), 15))
        .checkAssert(
            pattern -> {
              AbilityEstimate e = WleEstimator.standard().withRange(-30, 30).estimate(pattern);
              double t = e.theta();
              double at = weighted(pattern, t);
              assertThat(e.converged()).isTrue();
              assertThat(weighted(pattern, t - 1e-3)).isLessThanOrEqualTo(at + 1e-12);
              assertThat(weighted(pattern, t + 1e-3)).isLessThanOrEqualTo(at + 1e-12);
            });
  }

  private static double weighted(List<ItemResponse> pattern, double theta) {
    return Likelihood.logLikelihood(pattern, theta)
        + 0.5 * Math.log(Likelihood.information(pattern, theta));
  }
}
