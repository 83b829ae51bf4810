package org.digiskill.engine.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatSimulationTest {
  private static final List<AdaptiveItem> BANK = Banks.twoPl(200, 2026, "A", "B", "C", "D");

  private static SimulationReport fixedLength(int items) {
    AdaptiveEngine engine = AdaptiveEngine.of(BANK,
        CatConfig.standard().withSeTarget(null).withLength(items, items));
    return CatSimulation.simulate(engine, 1000, 99, ThetaDistribution.normal(0, 1), null);
  }

  @Test
  void simulate_moreItems_lowerRmse() {
    SimulationReport r5 = fixedLength(5);
    SimulationReport r15 = fixedLength(15);
    SimulationReport r40 = fixedLength(40);
    assertThat(r15.rmse()).isLessThan(r5.rmse());
    assertThat(r40.rmse()).isLessThan(r15.rmse());
    assertThat(r40.meanTestLength()).isEqualTo(40.0);
    assertThat(r5.classificationAccuracy()).isNull();
    assertThat(r40.bias()).isCloseTo(0, within(0.1));
  }

  @Test
  void simulate_sprtAroundCut_classifiesAccurately() {
    CatConfig config = CatConfig.standard().withSeTarget(null).withLength(5, 60).withRandomesque(3)
        .withSprt(Sprt.of(0.5, 0.3, 0.05, 0.05));
    SimulationReport report = CatSimulation.simulate(
        AdaptiveEngine.of(BANK, config), 2000, 7, ThetaDistribution.normal(0, 1), 0.5);
    assertThat(report.classificationAccuracy()).isGreaterThan(0.85);
    assertThat(report.meanTestLength()).isLessThan(60);
    assertThat(report.examinees()).isEqualTo(2000);
  }

  @Test
  void simulate_exposureRates_areRates() {
    CatConfig config = CatConfig.standard().withLength(5, 30).withRandomesque(4)
        .withContentTargets(java.util.Map.of("A", 0.25, "B", 0.25, "C", 0.25, "D", 0.25));
    SimulationReport report = CatSimulation.simulate(
        AdaptiveEngine.of(BANK, config), 500, 3, ThetaDistribution.uniform(-3, 3), 0.0);
    assertThat(report.maxExposure()).isBetween(0.0, 1.0);
    assertThat(report.unusedItemShare()).isBetween(0.0, 1.0);
    assertThat(report.classificationAccuracy()).isBetween(0.0, 1.0);
  }

  @Test
  void simulate_sameSeed_sameReport() {
    AdaptiveEngine engine = AdaptiveEngine.of(BANK, CatConfig.standard().withRandomesque(5));
    assertThat(CatSimulation.simulate(engine, 300, 5, ThetaDistribution.normal(0, 1), 0.0))
        .isEqualTo(CatSimulation.simulate(engine, 300, 5, ThetaDistribution.normal(0, 1), 0.0));
  }

  @Test
  void simulate_tenThousandExaminees_runsInSeconds() {
    AdaptiveEngine engine = AdaptiveEngine.of(BANK, CatConfig.standard().withLength(5, 30).withRandomesque(5));
    long t0 = System.nanoTime();
    SimulationReport report = CatSimulation.simulate(engine, 10_000, 1, ThetaDistribution.normal(0, 1), 0.0);
    double seconds = (System.nanoTime() - t0) / 1e9;
    assertThat(seconds).isLessThan(60);
    assertThat(report.examinees()).isEqualTo(10_000);
    org.slf4j.LoggerFactory.getLogger(CatSimulationTest.class).info(
        "10k x 200 in {}s: {}", String.format("%.2f", seconds), report);
  }

  @Test
  void calibrateSympsonHetter_capsMaxExposure() {
    AdaptiveEngine engine = AdaptiveEngine.of(BANK, CatConfig.standard().withLength(5, 20));
    ThetaDistribution abilities = ThetaDistribution.normal(0, 1);
    SimulationReport before = CatSimulation.simulate(engine, 1000, 11, abilities, null);
    java.util.Map<String, Double> k = CatSimulation.calibrateSympsonHetter(engine, 0.3, 1000, 6, 1, abilities);
    SimulationReport after = CatSimulation.simulate(
        AdaptiveEngine.of(BANK, engine.config().withSympsonHetter(k)), 1000, 11, abilities, null);
    assertThat(before.maxExposure()).isGreaterThan(0.6);
    assertThat(after.maxExposure()).isLessThan(0.4);
    assertThat(after.unusedItemShare()).isLessThan(before.unusedItemShare());
    assertThat(k.values()).allSatisfy(v -> assertThat(v).isGreaterThan(0).isLessThan(1));
  }
}
