package org.digiskill.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.io.Documents;
import org.digiskill.model.io.Loaded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each assessment of the corpus reads fine but breaks one semantic rule, and is reported with that
 * rule's code at its path, line and column, and nothing else.
 */
class BadAssessmentCorpusTest {
  private static final Path INVALID = Path.of("src/test/resources/fixtures/invalid-assessments");

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource({
    "dangling-alignment.yaml,         assessment.unknown-competence,      /items/0/alignments/0/competence, 14",
    "correct-not-a-choice.yaml,       item.unknown-choice,                /items/0/correct,                 18",
    "duplicate-item-id.yaml,          item.duplicate-id,                  /items/1/id,                      20",
    "unsatisfiable-draw.yaml,         section.draw.unsatisfiable,         /sections/1/draws/0,              28",
    "bad-hotspot-coords.yaml,         item.region.coords,                 /items/0/regions/0/coords,        17",
    "partial-method-wrong-kind.yaml,  item.scoring.method-not-for-kind,   /items/0/scoring/method,          20",
    "task-order-cycle.yaml,           item.task.order-cycle,              /items/0/order/1,                 21",
    "unknown-certification-area.yaml, assessment.unknown-area,            /certification/rules/1/area,      24",
  })
  void corpus_eachFileReportsItsCodeAndPath(String file, String code, String path, int line) {
    Path p = INVALID.resolve(file);
    Loaded<Assessment> loaded = Documents.standard().load(p, Assessment.class);
    CompetencyFramework framework = Catalogue.builtIn().framework(loaded.value().framework()).orElseThrow();

    ValidationReport report = loaded.locate(AssessmentValidator.forFramework(framework).validate(loaded.value()));

    assertThat(report.violations()).as("%s", report).hasSize(1);
    Violation v = report.violations().get(0);
    assertThat(v.code()).isEqualTo(code);
    assertThat(v.path()).isEqualTo(path);
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    assertThat(v.source()).isEqualTo(p.toString());
    assertThat(v.line()).as("line of %s", v).isEqualTo(line);
    assertThat(v.column()).isPositive();
    assertThat(v.message("en")).isNotBlank().isNotEqualTo(code);
    assertThat(v.message("vi")).isNotBlank().isNotEqualTo(v.message("en"));
    assertThat(v.format("en")).startsWith(p + ":" + line + ":").endsWith("[" + code + "]");
  }

  @Test
  void corpus_everyFileIsCovered() throws IOException {
    try (Stream<Path> files = Files.list(INVALID)) {
      assertThat(files.count()).isEqualTo(8);
    }
  }
}
