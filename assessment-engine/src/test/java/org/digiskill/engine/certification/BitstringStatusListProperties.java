package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

class BitstringStatusListProperties {
  private static final int SIZE = BitstringStatusList.MIN_SIZE_BITS;

  @Test
  void setBit_survivesEncodeDecode_andNothingElseChanges() {
    BitstringStatusList base = BitstringStatusList.create("revocation")
        .set(3, true).set(70_000, true).set(SIZE - 1, true);
    qt().withExamples(60)
        .forAll(integers().between(0, SIZE - 1), lists().of(integers().between(0, SIZE - 1)).ofSizeBetween(1, 40))
        .checkAssert((Integer i, List<Integer> sampled) -> {
          BitstringStatusList decoded = BitstringStatusList.decode(base.set(i, true).encodedList(), "revocation");
          assertThat(decoded.get(i)).isTrue();
          assertThat(decoded.size()).isEqualTo(SIZE);
          for (int j : sampled) {
            if (j != i) {
              assertThat(decoded.get(j)).as("bit %d", j).isEqualTo(base.get(j));
            }
          }
        });
  }

  @Test
  void clearedBit_survivesEncodeDecode() {
    qt().withExamples(40)
        .forAll(integers().between(0, SIZE - 1))
        .checkAssert(i -> {
          BitstringStatusList on = BitstringStatusList.create("suspension").set(i, true);
          BitstringStatusList off = BitstringStatusList.decode(on.set(i, false).encodedList(), "suspension");
          assertThat(off.get(i)).isFalse();
          assertThat(off).isEqualTo(BitstringStatusList.create("suspension"));
        });
  }
}
