package org.digiskill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digiskill.cli.ValidateCommandTest.fixture;
import static org.digiskill.cli.ValidateCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.digiskill.cli.ValidateCommandTest.Result;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.io.Documents;
import org.digiskill.model.validation.Violation;
import org.junit.jupiter.api.Test;

/** {@code digiskill validate} on assessments: checked against the framework they name. */
class ValidateAssessmentTest {
  private static final String MINI = fixture("valid/mini-assessment.yaml");
  private static final String ON_RESIDENTS_MINI = fixture("valid/assessment-on-residents-mini.yaml");
  private static final String RESIDENTS_MINI = fixture("valid/residents-mini.yaml");
  private static final String BAD_KEY = fixture("invalid/assessment-correct-not-a-choice.yaml");
  private static final String DANGLING = fixture("invalid/dangling-crosswalk.yaml");

  @Test
  void validate_assessmentOnBuiltInFramework() {
    Result r = run("validate", MINI);

    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("1 file, 0 invalid, 0 errors, 0 warnings\n");
  }

  @Test
  void validate_assessmentWithAKeyThatIsNotAChoice_isLocated() {
    Result r = run("validate", BAD_KEY);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(BAD_KEY + ":17:5: /items/0/correct: expected a choice id in [a, b] but was [d] [item.unknown-choice]");
    assertThat(r.err()).isEqualTo("1 file, 1 invalid, 1 error, 0 warnings\n");
  }

  @Test
  void validate_assessmentInVietnamese() {
    Result r = run("validate", "--lang", "vi", BAD_KEY);

    assertThat(r.outLines())
        .containsExactly(BAD_KEY + ":17:5: /items/0/correct: cần một mã phương án trong [a, b] nhưng lại là [d] [item.unknown-choice]");
  }

  @Test
  void validate_assessmentOnAFrameworkGivenAlongside() {
    Result r = run("validate", ON_RESIDENTS_MINI, RESIDENTS_MINI);

    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("2 files, 0 invalid, 0 errors, 0 warnings\n");
  }

  @Test
  void validate_assessmentOnAFrameworkFoundNowhere_isLocatedAtItsFramework() {
    Result r = run("validate", ON_RESIDENTS_MINI);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines())
        .singleElement()
        .asString()
        .startsWith(ON_RESIDENTS_MINI + ":6:1: /framework: framework [residents-mini@1.0] is not a known framework; known: [digcomp@2.2, ")
        .contains("vn-residents-basic@1.0")
        .endsWith(" [assessment.unknown-framework]");
  }

  @Test
  void validate_assessmentsAndFrameworksTogether_sortedByFile() {
    Result r = run("validate", MINI, BAD_KEY, DANGLING, RESIDENTS_MINI, ON_RESIDENTS_MINI);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines()).extracting(l -> l.substring(0, l.indexOf(".yaml:") + 5)).containsExactly(BAD_KEY, DANGLING);
    assertThat(r.err()).isEqualTo("5 files, 2 invalid, 2 errors, 0 warnings\n");
  }

  @Test
  void validate_formatJson_namesTheAssessmentKind() throws Exception {
    Result r = run("validate", "--format", "json", MINI, BAD_KEY);

    JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
    assertThat(files.get(0).get("kind").textValue()).isEqualTo("assessment");
    assertThat(files.get(0).get("valid").booleanValue()).isTrue();
    JsonNode v = files.get(1).get("violations").get(0);
    assertThat(v.get("path").textValue()).isEqualTo("/items/0/correct");
    assertThat(v.get("line").intValue()).isEqualTo(17);
    assertThat(v.get("code").textValue()).isEqualTo("item.unknown-choice");
  }

  /** A given framework wins over a built-in one of the same id and version, for assessments too. */
  @Test
  void batch_givenFrameworkWinsOverBuiltIn() {
    // The "built-in" list here holds a residents-mini@1.0 with area 2 only, so that the
    // assessment's references into area 1 dangle unless the given file is preferred.
    var docs = Documents.standard();
    var given = docs.readFramework(Path.of(RESIDENTS_MINI));
    var builtIn =
        new org.digiskill.model.framework.CompetencyFramework(
            given.id(), given.version(), given.title(), null, given.defaultLanguage(), null, null, given.scale(),
            List.of(given.areas().get(1)), List.of());
    List<org.digiskill.model.framework.CompetencyFramework> catalogue = new java.util.ArrayList<>(List.of(builtIn));
    catalogue.addAll(Catalogue.builtIn().frameworks());
    BatchValidator batch = new BatchValidator(docs, () -> catalogue);

    List<FileReport> alone = batch.validate(List.of(Path.of(ON_RESIDENTS_MINI)));
    assertThat(alone.get(0).report().errors())
        .extracting(Violation::code, Violation::path, Violation::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("assessment.unknown-competence", "/items/0/alignments/0/competence", 13),
            org.assertj.core.groups.Tuple.tuple("assessment.unknown-competence", "/items/1/alignments/0/competence", 18),
            org.assertj.core.groups.Tuple.tuple("assessment.unknown-competence", "/certification/rules/1/competence", 29));

    List<FileReport> together = batch.validate(List.of(Path.of(ON_RESIDENTS_MINI), Path.of(RESIDENTS_MINI)));
    assertThat(together).allSatisfy(f -> assertThat(f.report().violations()).isEmpty());
  }

  @Test
  void batch_builtInCatalogueIsAskedForOnlyWhenNeeded() {
    int[] calls = {0};
    BatchValidator batch =
        new BatchValidator(Documents.standard(), () -> {
          calls[0]++;
          return Catalogue.builtIn().frameworks();
        });
    batch.validate(List.of(Path.of(fixture("invalid/malformed.yaml"))));
    assertThat(calls[0]).isZero();
    batch.validate(List.of(Path.of(MINI)));
    assertThat(calls[0]).isEqualTo(1);
  }
}
