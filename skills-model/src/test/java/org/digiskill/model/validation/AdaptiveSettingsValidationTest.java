package org.digiskill.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.digiskill.model.assessment.AdaptiveSettings;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.junit.jupiter.api.Test;

class AdaptiveSettingsValidationTest {
  private static Assessment withAdaptive(String block, boolean irt) throws Exception {
    String yaml = Files.readString(Path.of("src/test/resources/fixtures/valid/mini-assessment.yaml"));
    if (irt) {
      yaml = yaml.replace("    alignments: [{competence: \"8.2\", level: \"1\"}]\n",
          "    alignments: [{competence: \"8.2\", level: \"1\"}]\n    irt: {model: 2pl, a: 1.2, b: -0.5}\n");
    }
    return Documents.standard().readAssessment(yaml + block, "adaptive.yaml", DocumentFormat.YAML);
  }

  @Test
  void defaults_areFilledAndRoundTrip() throws Exception {
    Assessment a = withAdaptive("adaptive: {sprt: {cut: 0.5, delta: 0.3, alpha: 0.05, beta: 0.05}}\n", true);
    AdaptiveSettings s = a.adaptive().orElseThrow();
    assertThat(s.estimator()).isEqualTo(AdaptiveSettings.Estimator.EAP);
    assertThat(s.maxItems()).isEqualTo(30);
    assertThat(s.randomesque()).isEqualTo(1);
    String json = Documents.standard().write(a, DocumentFormat.JSON);
    assertThat(Documents.standard().readAssessment(json, "again.json", DocumentFormat.JSON)).isEqualTo(a);
  }

  @Test
  void validate_reportsLengthsAreasAndMissingIrt() throws Exception {
    Assessment a = withAdaptive("adaptive: {minItems: 5, maxItems: 3, contentTargets: {\"9\": 1}}\n", false);
    ValidationReport r = AssessmentValidator.forFramework(Catalogue.builtIn().residentsBasic()).validate(a);
    assertThat(r.errors()).extracting(Violation::code, Violation::path).contains(
        tuple("assessment.adaptive.length-order", "/adaptive/minItems"),
        tuple("assessment.unknown-area", "/adaptive/contentTargets/9"),
        tuple("assessment.adaptive.no-irt-items", "/adaptive"));
  }

  @Test
  void validate_warnsWhenTheBankIsShorterThanTheTest() throws Exception {
    Assessment a = withAdaptive("adaptive: {maxItems: 10}\n", true);
    ValidationReport r = AssessmentValidator.forFramework(Catalogue.builtIn().residentsBasic()).validate(a);
    assertThat(r.isValid()).isTrue();
    assertThat(r.warnings()).extracting(Violation::code).contains("assessment.adaptive.bank-smaller-than-test");
  }
}
