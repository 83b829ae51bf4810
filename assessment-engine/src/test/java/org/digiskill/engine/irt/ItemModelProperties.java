package org.digiskill.engine.irt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import org.junit.jupiter.api.Test;

class ItemModelProperties {

  @Test
  void dichotomous_probabilityCorrectRisesWithTheta() {
    qt().forAll(IrtGenerators.dichotomousModels(), IrtGenerators.thetas(), doubles().between(0.01, 2))
        .checkAssert(
            (item, theta, step) -> {
              assertThat(item.probabilityCorrect(theta + step))
                  .isGreaterThan(item.probabilityCorrect(theta));
              assertThat(item.probabilityDerivative(theta)).isPositive();
            });
  }

  @Test
  void allModels_expectedScoreDoesNotFallWithTheta() {
    qt().forAll(IrtGenerators.anyModels(), IrtGenerators.thetas(), doubles().between(0.01, 2))
        .checkAssert(
            (item, theta, step) ->
                assertThat(item.expectedScore(theta + step))
                    .isGreaterThanOrEqualTo(item.expectedScore(theta)));
  }

  @Test
  void polytomous_categoryProbabilitiesAreProbabilitiesSummingToOne() {
    qt().forAll(IrtGenerators.polytomousModels(), doubles().between(-10, 10))
        .checkAssert(
            (item, theta) -> {
              double sum = 0;
              for (int k = 0; k < item.categories(); k++) {
                double p = item.probability(theta, k);
                assertThat(p).isBetween(0.0, 1.0);
                sum += p;
              }
              assertThat(sum).isCloseTo(1.0, within(1e-12));
            });
  }

  @Test
  void allModels_informationIsNonNegativeAndEqualsExpectedSquaredScore() {
    qt().forAll(IrtGenerators.anyModels(), doubles().between(-10, 10))
        .checkAssert(
            (item, theta) -> {
              double information = item.information(theta);
              assertThat(information).isGreaterThanOrEqualTo(0.0);
              double expected = 0;
              for (int k = 0; k < item.categories(); k++) {
                double score = item.logProbabilityDerivative(theta, k);
                expected += item.probability(theta, k) * score * score;
              }
              assertThat(information).isCloseTo(expected, within(1e-12 + 1e-9 * expected));
            });
  }
}
