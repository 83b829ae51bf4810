package org.digiskill.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String VALID = fixture("valid/residents-mini.yaml");
  private static final String LINKED = fixture("valid/linked-to-residents-mini.yaml");
  private static final String WARNING = fixture("valid/competence-outside-area.yaml");
  private static final String EDITED_DIGCOMP = fixture("valid/digcomp-2.2-edited.yaml");
  private static final String DUPLICATE = fixture("invalid/duplicate-competence-code.yaml");
  private static final String UNKNOWN_PROPERTY = fixture("invalid/unknown-property.yaml");
  private static final String DANGLING = fixture("invalid/dangling-crosswalk.yaml");
  private static final String MALFORMED = fixture("invalid/malformed.yaml");

  @TempDir Path temp;

  @Test
  void validate_validFramework() {
    Result r = run("validate", VALID);

    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("1 file, 0 invalid, 0 errors, 0 warnings\n");
  }

  @Test
  void validate_warningOnly_isValid() {
    Result r = run("validate", WARNING);

    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.outLines())
        .containsExactly(
            WARNING
                + ":15:9: /areas/0/competences/0/code: warning: competence code [2.1] does not start with its"
                + " area code [1] [framework.competence-outside-area]");
    assertThat(r.err()).isEqualTo("1 file, 0 invalid, 0 errors, 1 warning\n");
  }

  @Test
  void validate_duplicateCompetenceCode() {
    Result r = run("validate", DUPLICATE);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            DUPLICATE
                + ":17:9: /areas/0/competences/1/code: duplicate competence code [1.1]; first used at"
                + " /areas/0/competences/0 [framework.duplicate-competence-code]");
    assertThat(r.err()).isEqualTo("1 file, 1 invalid, 1 error, 0 warnings\n");
  }

  @Test
  void validate_unknownProperty() {
    Result r = run("validate", UNKNOWN_PROPERTY);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            UNKNOWN_PROPERTY
                + ":14:5: /areas/0/colour: unknown property [colour]; expected one of [code, competences,"
                + " description, title] [document.unknown-property]");
  }

  @Test
  void validate_danglingCrosswalkCode() {
    Result r = run("validate", DANGLING);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            DANGLING
                + ":21:25: /crosswalks/0/links/1/target: expected a competence code of [digcomp@2.2] but was"
                + " [9.9] [crosswalk.unknown-target]");
  }

  @Test
  void validate_malformedYaml() {
    Result r = run("validate", MALFORMED);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines()).singleElement().asString().startsWith(MALFORMED + ":3:14: /: malformed YAML: ").endsWith(" [document.syntax]");
  }

  @Test
  void validate_missingFile_isInvalidNotUsageError() {
    String missing = temp.resolve("absent.yaml").toString();

    Result r = run("validate", VALID, missing);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines()).singleElement().asString().startsWith(missing + ": /: ").endsWith(" [document.io]");
    assertThat(r.err()).isEqualTo("2 files, 1 invalid, 1 error, 0 warnings\n");
  }

  @Test
  void validate_crosswalkToAnotherGivenFile_resolves() {
    assertThat(run("validate", LINKED, VALID).exitCode()).isEqualTo(0);
  }

  @Test
  void validate_crosswalkToFileNotGiven_isUnknownFramework() {
    Result r = run("validate", LINKED);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines())
        .singleElement()
        .asString()
        .startsWith(LINKED + ":18:5: /crosswalks/0/target: crosswalk target [residents-mini@1.0] is not a known framework; known: [digcomp@2.2, linked-mini@1.0, ")
        .endsWith(" [crosswalk.unknown-framework]");
  }

  @Test
  void validate_givenFileWinsOverCatalogueFrameworkOfSameVersion() {
    // The edited digcomp@2.2 has competence 9.9, which the built-in one lacks.
    assertThat(run("validate", DANGLING, EDITED_DIGCOMP).exitCode()).isEqualTo(0);
  }

  @Test
  void validate_manyFiles_sortedByFileThenLine() {
    Result r = run("validate", WARNING, VALID, UNKNOWN_PROPERTY, DUPLICATE, DANGLING);

    assertThat(r.exitCode()).isEqualTo(1);
    List<String> files = r.outLines().stream().map(l -> l.substring(0, l.indexOf(".yaml:") + 5)).toList();
    // By file name, then line: ".../invalid/..." sorts before ".../valid/...".
    assertThat(files).containsExactly(DANGLING, DUPLICATE, UNKNOWN_PROPERTY, WARNING);
    assertThat(r.err()).isEqualTo("5 files, 3 invalid, 3 errors, 1 warning\n");
  }

  @Test
  void validate_langVi_printsVietnamese() {
    Result r = run("validate", "--lang", "vi", DANGLING, WARNING);

    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.outLines())
        .containsExactly(
            DANGLING
                + ":21:25: /crosswalks/0/links/1/target: cần một mã năng lực của [digcomp@2.2] nhưng lại là [9.9]"
                + " [crosswalk.unknown-target]",
            WARNING
                + ":15:9: /areas/0/competences/0/code: cảnh báo: mã năng lực [2.1] không bắt đầu bằng mã lĩnh"
                + " vực [1] của nó [framework.competence-outside-area]");
    assertThat(r.err()).isEqualTo("2 tệp, 1 không hợp lệ, 1 lỗi, 1 cảnh báo\n");
  }

  @Test
  void validate_formatJson() throws Exception {
    String missing = temp.resolve("absent.yaml").toString();

    Result r = run("validate", "--format", "json", "--lang", "vi", VALID, DANGLING, UNKNOWN_PROPERTY, missing);

    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("valid").booleanValue()).isFalse();
    JsonNode files = root.get("files");
    assertThat(files).hasSize(4);

    JsonNode valid = files.get(0);
    assertThat(valid.get("file").textValue()).isEqualTo(VALID);
    assertThat(valid.get("kind").textValue()).isEqualTo("framework");
    assertThat(valid.get("valid").booleanValue()).isTrue();
    assertThat(valid.get("violations")).isEmpty();

    JsonNode dangling = files.get(1);
    assertThat(dangling.get("kind").textValue()).isEqualTo("framework");
    assertThat(dangling.get("valid").booleanValue()).isFalse();
    JsonNode v = dangling.get("violations").get(0);
    assertThat(v.fieldNames()).toIterable().containsExactly("path", "line", "column", "code", "severity", "message");
    assertThat(v.get("path").textValue()).isEqualTo("/crosswalks/0/links/1/target");
    assertThat(v.get("line").intValue()).isEqualTo(21);
    assertThat(v.get("column").intValue()).isEqualTo(25);
    assertThat(v.get("code").textValue()).isEqualTo("crosswalk.unknown-target");
    assertThat(v.get("severity").textValue()).isEqualTo("error");
    assertThat(v.get("message").textValue()).isEqualTo("cần một mã năng lực của [digcomp@2.2] nhưng lại là [9.9]");

    JsonNode unreadable = files.get(2);
    assertThat(unreadable.get("kind").isNull()).isTrue();
    assertThat(unreadable.get("violations").get(0).get("code").textValue()).isEqualTo("document.unknown-property");

    JsonNode absent = files.get(3);
    assertThat(absent.get("file").textValue()).isEqualTo(missing);
    assertThat(absent.get("kind").isNull()).isTrue();
    assertThat(absent.get("violations").get(0).get("code").textValue()).isEqualTo("document.io");
  }

  @Test
  void validate_formatJson_allValid() throws Exception {
    Result r = run("validate", "--format=json", VALID, WARNING);

    assertThat(r.exitCode()).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("valid").booleanValue()).isTrue();
    assertThat(root.get("files").get(1).get("violations").get(0).get("severity").textValue()).isEqualTo("warning");
  }

  @Test
  void validate_noFiles_isUsageError() {
    Result r = run("validate");

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Missing required parameter: 'FILE'").contains("Usage: digiskill validate");
  }

  @Test
  void validate_unknownOption_isUsageError() {
    Result r = run("validate", "--strict", VALID);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("Unknown option: '--strict'");
  }

  @Test
  void validate_unknownLang_isUsageError() {
    Result r = run("validate", "--lang", "fr", VALID);

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--lang").contains("[vi, en]").contains("'fr'");
  }

  @Test
  void validate_unknownFormat_isUsageError() {
    assertThat(run("validate", "--format", "xml", VALID).exitCode()).isEqualTo(2);
  }

  @Test
  void validate_help() {
    Result r = run("validate", "--help");

    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out()).contains("Usage: digiskill validate").contains("--lang=LANG").contains("vi, en").contains("text, json");
  }

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  static String fixture(String name) {
    URL url = ValidateCommandTest.class.getResource("/fixtures/" + name);
    if (url == null) {
      throw new IllegalStateException("missing fixture " + name);
    }
    try {
      return Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What a run printed and returned; lines use the platform's line separator. */
  record Result(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }
}
