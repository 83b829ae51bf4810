package org.digiskill.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.validation.InvalidDefinitionException;
import org.digiskill.model.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {
  private static final Path MINIMAL = Path.of("src/test/resources/fixtures/valid/minimal-framework.yaml");
  private final Documents docs = Documents.standard();

  private static Violation violationOf(Runnable r) {
    try {
      r.run();
    } catch (InvalidDefinitionException e) {
      assertThat(e.report().violations()).hasSize(1);
      return e.report().violations().get(0);
    }
    throw new AssertionError("expected InvalidDefinitionException");
  }

  private String minimalYaml() throws Exception {
    return Files.readString(MINIMAL);
  }

  @Test
  void read_yamlAndItsJsonFormAreEqual() throws Exception {
    CompetencyFramework fromYaml = docs.readFramework(MINIMAL);
    String json = docs.write(fromYaml, DocumentFormat.JSON);
    assertThat(docs.readFramework(json, "same.json", DocumentFormat.JSON)).isEqualTo(fromYaml);
    assertThat(json).startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"kind\": \"framework\",\n  \"id\": \"example-basic\"");
  }

  @Test
  void write_toFileAndBackByExtension(@TempDir Path dir) {
    CompetencyFramework f = docs.readFramework(MINIMAL);
    for (String name : new String[] {"f.json", "f.yaml", "f.yml"}) {
      docs.write(f, dir.resolve(name));
      assertThat(docs.readFramework(dir.resolve(name))).isEqualTo(f);
    }
  }

  @Test
  void read_unquotedNumberWhereTextIsExpected_isAWrongType() throws Exception {
    String yaml = minimalYaml().replace("version: \"1.0\"", "version: 2.10");
    Violation v = violationOf(() -> docs.readFramework(yaml, "author.yaml", DocumentFormat.YAML));
    assertThat(v.code()).isEqualTo("document.wrong-type");
    assertThat(v.path()).isEqualTo("/version");
    assertThat(v.format("en")).isEqualTo(
        "author.yaml:4:1: /version: expected a string (quote values such as 2.10 or no so they stay text) but was a number [2.10] [document.wrong-type]");
  }

  @Test
  void read_stringLongerThanTheLimit_isRefused() throws Exception {
    Documents strict = Documents.withLimits(new ReadLimits(1 << 20, 64, 20));
    String yaml = minimalYaml().replace("Example framework", "An example framework with a long title");
    Violation v = violationOf(() -> strict.readFramework(yaml, "long.yaml", DocumentFormat.YAML));
    assertThat(v.code()).isEqualTo("document.string-too-long");
    assertThat(v.message("en")).isEqualTo("a text is longer than 20 characters");
  }

  @Test
  void read_documentLargerThanTheLimit_isRefusedBeforeParsing() throws Exception {
    Documents strict = Documents.withLimits(new ReadLimits(100, 64, 1000));
    byte[] bytes = minimalYaml().getBytes(StandardCharsets.UTF_8);
    Violation v = violationOf(() -> strict.readFramework(new ByteArrayInputStream(bytes), "big.yaml", DocumentFormat.YAML));
    assertThat(v.code()).isEqualTo("document.too-large");
    assertThat(v.source()).isEqualTo("big.yaml");
  }

  @Test
  void read_jsonNestedDeeperThanTheLimit_isRefused() {
    String json = "{\"schemaVersion\":\"1.0\",\"kind\":\"framework\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
    Violation v = violationOf(() -> docs.readFramework(json, "deep.json", DocumentFormat.JSON));
    assertThat(v.code()).isEqualTo("document.too-deep");
  }

  @Test
  void read_yamlAliasBomb_isRefused() {
    StringBuilder y = new StringBuilder("schemaVersion: \"1.0\"\nkind: framework\na0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 30; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 9; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    Violation v = violationOf(() -> docs.readFramework(y.toString(), "bomb.yaml", DocumentFormat.YAML));
    // Jackson does not expand aliases, so the bomb is an ordinary, quickly refused document.
    assertThat(v.code()).isIn("document.syntax", "document.unknown-property", "document.missing-property");
  }

  @Test
  void read_missingSchemaVersionOrKind_isNamed() throws Exception {
    String noVersion = minimalYaml().replace("schemaVersion: \"1.0\"\n", "");
    assertThat(violationOf(() -> docs.readFramework(noVersion, "a.yaml", DocumentFormat.YAML)).code())
        .isEqualTo("document.schema-version.missing");
    String noKind = minimalYaml().replace("kind: framework\n", "");
    assertThat(violationOf(() -> docs.readFramework(noKind, "a.yaml", DocumentFormat.YAML)).code())
        .isEqualTo("document.kind.missing");
    String badVersion = minimalYaml().replace("schemaVersion: \"1.0\"", "schemaVersion: 1.0");
    assertThat(violationOf(() -> docs.readFramework(badVersion, "a.yaml", DocumentFormat.YAML)).code())
        .isEqualTo("document.schema-version.invalid");
  }

  @Test
  void read_newerMinorVersionIsRead_newerMajorIsRefusedWithTheSupportedVersion() throws Exception {
    String minor = minimalYaml().replace("schemaVersion: \"1.0\"", "schemaVersion: \"1.7\"");
    assertThat(docs.readFramework(minor, "a.yaml", DocumentFormat.YAML).id()).isEqualTo("example-basic");
    String major = minimalYaml().replace("schemaVersion: \"1.0\"", "schemaVersion: \"3.1\"");
    Violation v = violationOf(() -> docs.readFramework(major, "a.yaml", DocumentFormat.YAML));
    assertThat(v.message("en")).isEqualTo(
        "schemaVersion [3.1] is newer than this library reads; it reads major version 1 (up to [1.0]); upgrade digiskill");
  }

  @Test
  void read_emptyAndNonObjectDocuments() {
    assertThat(violationOf(() -> docs.readFramework("", "e.yaml", DocumentFormat.YAML)).code()).isEqualTo("document.empty");
    assertThat(violationOf(() -> docs.readFramework("[1]", "l.json", DocumentFormat.JSON)).code()).isEqualTo("document.not-object");
  }

  @Test
  void check_missingFileIsReportedNotThrown() {
    var report = docs.check(Path.of("no/such/file.yaml"), Catalogue.builtIn().validator());
    assertThat(report.errors()).extracting(Violation::code).containsExactly("document.io");
  }

  @Test
  void module_letsAnIntegratorsMapperWriteAndReadTheSameDocument() throws Exception {
    ObjectMapper own = new ObjectMapper().registerModule(new DigiskillModule());
    CompetencyFramework f = docs.readFramework(MINIMAL);
    String json = own.writeValueAsString(f);
    assertThat(json).startsWith("{\"schemaVersion\":\"1.0\",\"kind\":\"framework\",\"id\":\"example-basic\"");
    assertThat(own.readValue(json, CompetencyFramework.class)).isEqualTo(f);
    assertThat(docs.readFramework(json, "own.json", DocumentFormat.JSON)).isEqualTo(f);
  }

  @Test
  void load_keepsLocationsForLaterValidation() {
    Loaded<CompetencyFramework> loaded = docs.load(MINIMAL, CompetencyFramework.class);
    var located = loaded.locate(org.digiskill.model.validation.ValidationReport.of(
        new Violation("", "/areas/0/competences/0/title/fr", 0, 0, "x", org.digiskill.model.validation.Severity.ERROR,
            org.digiskill.model.LocalizedText.of("en", "m"))));
    Violation v = located.violations().get(0);
    assertThat(v.source()).isEqualTo(MINIMAL.toString());
    assertThat(v.line()).isEqualTo(20);
    assertThatThrownBy(() -> docs.load(MINIMAL, String.class)).isInstanceOf(InvalidDefinitionException.class)
        .hasMessageContaining("document.kind.mismatch");
  }

  @Test
  void read_listWhereTextIsExpected_saysWhatWasFound() throws Exception {
    String yaml = minimalYaml().replace("version: \"1.0\"", "version: [\"1.0\"]");
    Violation v = violationOf(() -> docs.readFramework(yaml, "a.yaml", DocumentFormat.YAML));
    assertThat(v.message("en")).isEqualTo("expected a string (quote values such as 2.10 or no so they stay text) but was a list");
  }
}
