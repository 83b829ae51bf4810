package org.digiskill.engine.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;
import java.util.stream.Collectors;
import org.digiskill.engine.adaptive.AdaptiveAssessments;
import org.digiskill.engine.adaptive.AdaptiveEngine;
import org.digiskill.engine.adaptive.CatSimulation;
import org.digiskill.engine.adaptive.SimulationReport;
import org.digiskill.engine.adaptive.ThetaDistribution;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.item.Item;
import org.digiskill.model.validation.AssessmentValidator;
import org.junit.jupiter.api.Test;

/** The bundled adaptive sample: 200 calibrated items over every area, valid, and a working CAT. */
class SampleAdaptiveContentTest {
  private static final CompetencyFramework RESIDENTS = Catalogue.builtIn().residentsBasic();

  private static Assessment sample() throws Exception {
    try (InputStream in = SampleAdaptiveContentTest.class.getResourceAsStream("/org/digiskill/engine/samples/sample-adaptive-assessment.yaml")) {
      return Documents.standard().readAssessment(in, "sample-adaptive-assessment.yaml", DocumentFormat.YAML);
    }
  }

  @Test
  void bank_has200CalibratedItemsSpreadOverEveryArea() throws Exception {
    Assessment a = sample();
    assertThat(a.items()).hasSize(200).allMatch(i -> i.irt() != null);
    Map<String, Long> perArea = a.items().stream().collect(Collectors.groupingBy(
        (Item i) -> RESIDENTS.areaOf(i.alignments().get(0).competence()).orElseThrow().code(), Collectors.counting()));
    assertThat(perArea).hasSize(RESIDENTS.areas().size()).allSatisfy((area, n) -> assertThat(n).isEqualTo(25));
    assertThat(a.adaptive()).isPresent();
    assertThat(a.adaptive().orElseThrow().sprt()).isNotNull();
    assertThat(AssessmentValidator.forFramework(RESIDENTS).validate(a).violations()).isEmpty();
    a.items().forEach(i -> {
      assertThat(i.prompt().exact("vi")).as(i.id()).isPresent();
      assertThat(i.prompt().exact("en")).as(i.id()).isPresent();
    });
  }

  @Test
  void simulation_classifiesWellWithShortTests() throws Exception {
    AdaptiveEngine engine = AdaptiveAssessments.engine(sample(), RESIDENTS);
    SimulationReport r = CatSimulation.simulate(engine, 500, 1, ThetaDistribution.normal(0, 1), 0.0);
    assertThat(r.classificationAccuracy()).isGreaterThan(0.8);
    assertThat(r.meanTestLength()).isBetween(8.0, 30.0);
    assertThat(Math.abs(r.bias())).isLessThan(0.2);
  }
}
