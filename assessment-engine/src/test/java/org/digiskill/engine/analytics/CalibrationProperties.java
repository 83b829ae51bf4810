package org.digiskill.engine.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Calibration depends on the set of rows, not their order, and anchors only set the origin. */
class CalibrationProperties {
  private static final ResponseMatrix DATA = Simulated.rasch(300, Simulated.difficulties(6), 17, 0.1);

  private static ResponseMatrix shuffled(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = java.util.stream.IntStream.range(0, DATA.persons()).toArray();
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return DATA.selectRows(order);
  }

  @Test
  void rasch_invariantToRowOrder() {
    CalibrationResult base = RaschCml.defaults().calibrate(DATA);
    qt().withExamples(20).forAll(longs().all()).check(seed -> {
      CalibrationResult r = RaschCml.defaults().calibrate(shuffled(seed));
      for (int i = 0; i < DATA.items(); i++) {
        assertThat(r.items().get(i).difficulty()).isCloseTo(base.items().get(i).difficulty(), within(1e-9));
        assertThat(r.items().get(i).se()).isCloseTo(base.items().get(i).se(), within(1e-9));
        assertThat(r.items().get(i).infit()).isCloseTo(base.items().get(i).infit(), within(1e-9));
      }
      return Math.abs(r.logLikelihood() - base.logLikelihood()) < 1e-8;
    });
  }

  @Test
  void rasch_anchorShift_shiftsEveryDifficulty() {
    CalibrationResult base = RaschCml.defaults().withAnchors(java.util.Map.of("i1", 0.0)).calibrate(DATA);
    qt().withExamples(10).forAll(doubles().between(-5, 5)).check(shift -> {
      CalibrationResult r = RaschCml.defaults().withAnchors(java.util.Map.of("i1", shift)).calibrate(DATA);
      for (int i = 0; i < DATA.items(); i++) {
        assertThat(r.items().get(i).difficulty()).isCloseTo(base.items().get(i).difficulty() + shift, within(1e-8));
      }
      return true;
    });
  }

  @Test
  void twoPl_invariantToRowOrder() {
    CalibrationResult base = TwoPlMml.defaults().calibrate(DATA);
    qt().withExamples(5).forAll(longs().all()).check(seed -> {
      CalibrationResult r = TwoPlMml.defaults().calibrate(shuffled(seed));
      for (int i = 0; i < DATA.items(); i++) {
        assertThat(r.items().get(i).difficulty()).isCloseTo(base.items().get(i).difficulty(), within(1e-6));
        assertThat(r.items().get(i).discrimination()).isCloseTo(base.items().get(i).discrimination(), within(1e-6));
      }
      return Math.abs(r.logLikelihood() - base.logLikelihood()) < 1e-6;
    });
  }
}
