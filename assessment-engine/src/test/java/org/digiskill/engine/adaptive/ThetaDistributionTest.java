package org.digiskill.engine.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.digiskill.engine.delivery.SplitMix64;
import org.junit.jupiter.api.Test;

class ThetaDistributionTest {

  @Test
  void normal_draws_haveTheMeanAndSd() {
    SplitMix64 rng = new SplitMix64(4);
    ThetaDistribution d = ThetaDistribution.normal(0.5, 1.5);
    double sum = 0;
    double sumSq = 0;
    int n = 100_000;
    for (int i = 0; i < n; i++) {
      double x = d.draw(rng);
      sum += x;
      sumSq += x * x;
    }
    double mean = sum / n;
    assertThat(mean).isCloseTo(0.5, within(0.03));
    assertThat(Math.sqrt(sumSq / n - mean * mean)).isCloseTo(1.5, within(0.03));
  }

  @Test
  void uniform_draws_stayInRange() {
    SplitMix64 rng = new SplitMix64(4);
    ThetaDistribution d = ThetaDistribution.uniform(-3, 3);
    double sum = 0;
    for (int i = 0; i < 10_000; i++) {
      double x = d.draw(rng);
      assertThat(x).isGreaterThanOrEqualTo(-3).isLessThan(3);
      sum += x;
    }
    assertThat(sum / 10_000).isCloseTo(0, within(0.1));
  }

  @Test
  void permittedSubclasses_areNormalAndUniform() {
    assertThat(ThetaDistribution.class.getPermittedSubclasses())
        .containsExactlyInAnyOrder(ThetaDistribution.Normal.class, ThetaDistribution.Uniform.class);
  }
}
