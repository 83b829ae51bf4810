package org.digiskill.engine.adaptive;

import org.digiskill.engine.delivery.SplitMix64;

/**
 * The distribution simulated examinees' true abilities are drawn from: normal or uniform.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ThetaDistribution permits ThetaDistribution.Normal, ThetaDistribution.Uniform {

  /** Returns N(mean, sd²). */
  static ThetaDistribution normal(double mean, double sd) {
    return new Normal(mean, sd);
  }

  /** Returns the uniform distribution on [min, max). */
  static ThetaDistribution uniform(double min, double max) {
    return new Uniform(min, max);
  }

  /**
   * Returns one draw. Normal: Box–Muller on two uniforms {@code u1, u2} (each the top 53 bits of
   * one {@code nextLong()}), {@code mean + sd sqrt(-2 ln(1 - u1)) cos(2 pi u2)}. Uniform: {@code
   * min + (max - min) u} from one uniform.
   */
  double draw(SplitMix64 rng);

  /**
   * A normal distribution.
   *
   * @param mean the mean
   * @param sd the standard deviation, positive
   */
  record Normal(double mean, double sd) implements ThetaDistribution {
    /** Checks the parameters. */
    public Normal {
      if (!Double.isFinite(mean) || !(sd > 0) || !Double.isFinite(sd)) {
        throw new IllegalArgumentException("expected a finite mean and sd > 0 but was [" + mean + ", " + sd + "]");
      }
    }

    @Override
    public double draw(SplitMix64 rng) {
      double u1 = uniform01(rng);
      double u2 = uniform01(rng);
      return mean + sd * Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
  }

  /**
   * A uniform distribution.
   *
   * @param min the lower end
   * @param max the upper end, above {@code min}
   */
  record Uniform(double min, double max) implements ThetaDistribution {
    /** Checks the parameters. */
    public Uniform {
      if (!Double.isFinite(min) || !Double.isFinite(max) || !(max > min)) {
        throw new IllegalArgumentException("expected finite min < max but was [" + min + ", " + max + "]");
      }
    }

    @Override
    public double draw(SplitMix64 rng) {
      return min + (max - min) * uniform01(rng);
    }
  }

  private static double uniform01(SplitMix64 rng) {
    return (rng.nextLong() >>> 11) * 0x1.0p-53;
  }
}
