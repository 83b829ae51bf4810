package org.digiskill.engine.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class AdaptiveSessionProperties {
  private static final List<AdaptiveItem> BANK = Banks.twoPl(40, 12, "A", "B", "C");
  private static final AdaptiveEngine ENGINE = AdaptiveEngine.of(BANK,
      CatConfig.standard().withLength(3, 25).withSeTarget(0.4).withRandomesque(4)
          .withContentTargets(Map.of("A", 0.5, "B", 0.3, "C", 0.2))
          .withSympsonHetter(Map.of("q000", 0.3, "q001", 0.5, "q002", 0.7, "q005", 0.4, "q007", 0.2)));

  @Test
  void session_anySeed_isDeterministicAndNeverRepeatsAnItem() {
    qt().withExamples(200)
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().all(), SourceDSL.doubles().between(-3, 3))
        .checkAssert((seed, responseSeed, theta) -> {
          AdaptiveSession a = Banks.run(ENGINE, seed, theta, responseSeed);
          AdaptiveSession b = Banks.run(ENGINE, seed, theta, responseSeed);
          assertThat(a).isEqualTo(b);
          Set<String> seen = new HashSet<>();
          a.responses().forEach(r -> assertThat(seen.add(r.itemId())).isTrue());
          a.excluded().forEach(id -> assertThat(seen.add(id)).isTrue());
          assertThat(a.finished()).isTrue();
          assertThat(a.length()).isBetween(1, 25);
        });
  }
}
