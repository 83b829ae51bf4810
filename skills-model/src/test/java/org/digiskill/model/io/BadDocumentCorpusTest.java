package org.digiskill.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.validation.Severity;
import org.digiskill.model.validation.ValidationReport;
import org.digiskill.model.validation.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each broken document of the corpus yields its own code at its own place. */
class BadDocumentCorpusTest {
  private static final Path INVALID = Path.of("src/test/resources/fixtures/invalid");

  @ParameterizedTest(name = "{0} -> {1} at {2}")
  @CsvSource({
    "duplicate-key.yaml,                  document.duplicate-key,              /id,                                4",
    "unknown-property.yaml,               document.unknown-property,           /areas/0/colour,                    16",
    "wrong-type.yaml,                     document.wrong-type,                 /version,                           4",
    "truncated.json,                      document.syntax,                     '',                                 0",
    "newer-schema-version.yaml,           document.schema-version.unsupported, /schemaVersion,                     1",
    "dangling-crosswalk.yaml,             crosswalk.unknown-target,            /crosswalks/0/links/1/target,       25",
    "duplicate-competence-code.yaml,      framework.duplicate-competence-code, /areas/0/competences/1/code,        19",
    "missing-default-language-title.yaml, text.missing-default-language,       /areas/0/competences/1/title,       20",
    "too-deep.yaml,                       document.too-deep,                   /crosswalks/0/links/0/0/*,          23",
    "missing-required.yaml,               document.missing-property,           /title,                             1",
    "wrong-kind.yaml,                     document.kind.unknown,               /kind,                              2",
    "bad-relation.yaml,                   document.wrong-type,                 /crosswalks/0/links/0/relation,     24",
    "null-value.yaml,                     document.null,                       /areas/0/description,               16",
    "trailing-content.json,               document.trailing-content,           '',                                 1",
    "duplicate-level-code.yaml,           framework.duplicate-level-code,      /scale/levels/1/code,               11",
  })
  void corpus_eachFileReportsItsCodeAndPath(String file, String code, String path, int line) {
    Path p = INVALID.resolve(file);
    ValidationReport report = Documents.standard().check(p, Catalogue.builtIn().validator());

    assertThat(report.isValid()).as("valid? %s", report).isFalse();
    Violation v =
        report.errors().stream()
            .filter(e -> e.code().equals(code) && (path.endsWith("*") ? e.path().startsWith(path.substring(0, path.length() - 1)) : e.path().equals(path)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no " + code + " at " + path + " in " + report));
    assertThat(v.source()).isEqualTo(p.toString());
    assertThat(v.severity()).isEqualTo(Severity.ERROR);
    if (line > 0) {
      assertThat(v.line()).as("line of %s", v).isEqualTo(line);
      assertThat(v.column()).isPositive();
    }
    assertThat(v.message("en")).isNotBlank().isNotEqualTo(code);
    assertThat(v.message("vi")).isNotBlank().isNotEqualTo(v.message("en"));
    assertThat(v.format("en")).startsWith(p + ":");
  }

  @Test
  void corpus_everyFileIsCovered() throws IOException {
    try (Stream<Path> files = Files.list(INVALID)) {
      assertThat(files.count()).isEqualTo(15);
    }
  }
}
