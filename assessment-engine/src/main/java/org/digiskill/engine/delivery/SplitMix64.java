package org.digiskill.engine.delivery;

/**
 * The pseudo-random generator behind every seeded choice digiskill makes: SplitMix64 (Steele,
 * Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014), chosen because
 * it is tiny, fast, passes BigCrush, and is easy to re-implement exactly in any language. The
 * exact steps are in {@code docs/delivery.md}.
 *
 * <p>Not thread-safe: one instance per form being made.
 */
public final class SplitMix64 {
  /** The increment of SplitMix64's state per output (the golden gamma). */
  static final long GAMMA = 0x9E3779B97F4A7C15L;

  private long state;
  private long draws;

  /** Creates a generator whose first output depends only on {@code seed}. */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /**
   * Returns the generator for {@code seed} after {@code draws} outputs: the state after {@code n}
   * outputs is {@code seed + n × GAMMA}, so a position stored as one number resumes the stream
   * exactly (adaptive sessions do this).
   */
  public static SplitMix64 resume(long seed, long draws) {
    SplitMix64 rng = new SplitMix64(seed + draws * GAMMA);
    rng.draws = draws;
    return rng;
  }

  /** Returns how many 64-bit outputs have been drawn since the seed. */
  public long draws() {
    return draws;
  }

  /** Returns a uniform double in [0, 1): the top 53 bits of one output. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Returns the next 64 pseudo-random bits. */
  public long nextLong() {
    draws++;
    long z = (state += GAMMA);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  // Per bound b below 64: b × floor(2^31 / b), the end of the last whole bucket of 31-bit values.
  private static final long[] LIMITS = new long[64];

  static {
    for (int b = 1; b < LIMITS.length; b++) {
      LIMITS[b] = (1L << 31) / b * b;
    }
  }

  /**
   * Moves the stream on exactly as {@link #nextInt(int) nextInt(bound)} does, without working out
   * the value: {@code nextInt} redraws exactly when {@code u ≥ bound × floor(2^31 / bound)}, the
   * values past the last whole bucket, so no division is needed. For draws whose value is not used.
   */
  void skipInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive but was [" + bound + "]");
    }
    long limit = bound < LIMITS.length ? LIMITS[bound] : (1L << 31) / bound * bound;
    while ((nextLong() >>> 33) >= limit) {
      // a value in the incomplete last bucket: nextInt draws again too
    }
  }

  /**
   * Returns a uniform integer in {@code [0, bound)}: the top 31 bits {@code u} of {@link
   * #nextLong()}, reduced {@code u mod bound}, redrawn while {@code u - (u mod bound) + bound - 1}
   * does not fit in 31 bits (so that every value is equally likely).
   *
   * @throws IllegalArgumentException if {@code bound <= 0}
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive but was [" + bound + "]");
    }
    while (true) {
      int u = (int) (nextLong() >>> 33);
      int v = u % bound;
      if (u - v + (bound - 1) >= 0) {
        return v;
      }
    }
  }
}
