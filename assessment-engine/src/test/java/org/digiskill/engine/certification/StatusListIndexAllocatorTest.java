package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.digiskill.engine.delivery.SplitMix64;
import org.junit.jupiter.api.Test;

class StatusListIndexAllocatorTest {

  @Test
  void neverReturnsAUsedIndex_evenWhenNearlyFull() {
    qt().withExamples(100)
        .forAll(longs().all(), integers().between(1, 300), integers().between(0, 100))
        .checkAssert((seed, size, fillPercent) -> {
          SplitMix64 rng = new SplitMix64(seed);
          BitSet used = new BitSet();
          int target = Math.min(size - 1, size * fillPercent / 100);
          SplitMix64 filler = new SplitMix64(~seed);
          while (used.cardinality() < target) {
            used.set(filler.nextInt(size));
          }
          int i = StatusListIndexAllocator.allocate(used, size, rng);
          assertThat(i).isBetween(0, size - 1);
          assertThat(used.get(i)).isFalse();
        });
  }

  @Test
  void fillsAWholeList_withDistinctIndexes_thenRefuses() {
    int size = 500;
    BitSet used = new BitSet();
    SplitMix64 rng = new SplitMix64(7);
    for (int n = 0; n < size; n++) {
      int i = StatusListIndexAllocator.allocate(used, size, rng);
      assertThat(used.get(i)).isFalse();
      used.set(i);
    }
    assertThat(used.cardinality()).isEqualTo(size);
    assertThatThrownBy(() -> StatusListIndexAllocator.allocate(used, size, rng))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("full");
  }

  @Test
  void spreadsIndexes_notSequential() {
    BitstringStatusList list = BitstringStatusList.create("revocation");
    BitSet used = new BitSet();
    SplitMix64 rng = new SplitMix64(2024);
    List<Integer> got = new ArrayList<>();
    for (int n = 0; n < 200; n++) {
      int i = StatusListIndexAllocator.allocate(used, list, rng);
      used.set(i);
      got.add(i);
    }
    int adjacent = 0;
    int ascending = 0;
    for (int n = 1; n < got.size(); n++) {
      if (Math.abs(got.get(n) - got.get(n - 1)) == 1) {
        adjacent++;
      }
      if (got.get(n) > got.get(n - 1)) {
        ascending++;
      }
    }
    assertThat(adjacent).isLessThanOrEqualTo(2);
    assertThat(ascending).isBetween(60, 140);
    // Spread over the list: every eighth of it is hit.
    boolean[] octant = new boolean[8];
    got.forEach(i -> octant[i / (list.size() / 8)] = true);
    for (boolean hit : octant) {
      assertThat(hit).isTrue();
    }
  }

  @Test
  void isDeterministicForASeed() {
    BitSet used = new BitSet();
    used.set(0, 10);
    assertThat(StatusListIndexAllocator.allocate(used, 131_072, new SplitMix64(99)))
        .isEqualTo(StatusListIndexAllocator.allocate(used, 131_072, new SplitMix64(99)));
  }

  @Test
  void refusesBadSize() {
    assertThatThrownBy(() -> StatusListIndexAllocator.allocate(new BitSet(), 0, new SplitMix64(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size must be positive");
  }
}
