package org.digiskill.engine.adaptive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import org.digiskill.engine.irt.MleEstimator;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.junit.jupiter.api.Test;

class AdaptiveAssessmentsTest {
  private static Assessment mini(String extra) throws Exception {
    String yaml = Files.readString(Path.of("src/test/resources/fixtures/mini-assessment.yaml"))
        .replace("    alignments: [{competence: \"8.2\", level: \"1\"}]\n", "    alignments: [{competence: \"8.2\", level: \"1\"}]\n    irt: {model: 2pl, a: 1.2, b: -0.5}\n")
        .replace("    alignments: [{competence: \"3.1\", level: \"1\"}]\n", "    alignments: [{competence: \"3.1\", level: \"1\"}]\n    irt: {model: rasch, b: 0.3}\n");
    return Documents.standard().readAssessment(yaml + extra, "adaptive.yaml", DocumentFormat.YAML);
  }

  @Test
  void engine_takesTheCalibratedItemsInTheirAreas_andTheSettings() throws Exception {
    Assessment a = mini("adaptive: {estimator: mle, randomesque: 2, minItems: 1, maxItems: 2, sprt: {cut: 0.5, delta: 0.3, alpha: 0.05, beta: 0.1}}\n");
    AdaptiveEngine engine = AdaptiveAssessments.engine(a, Catalogue.builtIn().residentsBasic());
    assertThat(engine.bank()).extracting(AdaptiveItem::id, AdaptiveItem::area)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("otp-share", "8"), org.assertj.core.groups.Tuple.tuple("city", "3"));
    CatConfig c = AdaptiveAssessments.config(a.adaptive().orElseThrow());
    assertThat(c.estimator()).isInstanceOf(MleEstimator.class);
    assertThat(c.randomesque()).isEqualTo(2);
    assertThat(c.maxItems()).isEqualTo(2);
    assertThat(c.sprt()).isEqualTo(new Sprt(0.5, 0.3, 0.05, 0.1));
  }

  @Test
  void engine_refusesALinearAssessment() throws Exception {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AdaptiveAssessments.engine(mini(""), Catalogue.builtIn().residentsBasic()))
        .withMessage("assessment [mini-safety@1.0] has no adaptive settings");
  }
}
