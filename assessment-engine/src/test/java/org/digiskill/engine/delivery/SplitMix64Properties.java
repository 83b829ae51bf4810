package org.digiskill.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;

/** Properties of {@link SplitMix64}. */
class SplitMix64Properties {
  /**
   * Skipping a bounded draw moves the stream on exactly as drawing it does, redraws included.
   * Bounds just above 2^30 have half their 31-bit values in the incomplete last bucket, so those
   * redraws happen often here.
   */
  @Test
  void skipInt_movesTheStreamOnExactlyAsNextIntDoes() {
    qt().forAll(longs().all(), integers().between(1, 70).mix(integers().between(1, Integer.MAX_VALUE), 50))
        .checkAssert(
            (seed, bound) -> {
              SplitMix64 drawn = new SplitMix64(seed);
              SplitMix64 skipped = new SplitMix64(seed);
              for (int k = 0; k < 8; k++) {
                drawn.nextInt(bound);
                skipped.skipInt(bound);
                assertThat(skipped.draws()).isEqualTo(drawn.draws());
              }
              assertThat(skipped.nextLong()).isEqualTo(drawn.nextLong());
            });
  }

  @Test
  void skipInt_redrawsWhereNextIntDoes() {
    int bound = (1 << 30) + 1; // limit 2^30 + 1: about half of all draws are redrawn
    SplitMix64 drawn = new SplitMix64(20261125);
    SplitMix64 skipped = new SplitMix64(20261125);
    for (int k = 0; k < 1000; k++) {
      drawn.nextInt(bound);
      skipped.skipInt(bound);
    }
    assertThat(drawn.draws()).as("redraws happened").isGreaterThan(1500);
    assertThat(skipped.draws()).isEqualTo(drawn.draws());
  }
}
