package org.digiskill.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.Citation;
import org.digiskill.model.framework.Competence;
import org.digiskill.model.framework.CompetenceArea;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.Crosswalk;
import org.digiskill.model.framework.CrosswalkLink;
import org.digiskill.model.framework.LevelGroup;
import org.digiskill.model.framework.ProficiencyLevel;
import org.digiskill.model.framework.ProficiencyScale;
import org.digiskill.model.framework.Relation;
import org.digiskill.model.validation.InvalidDefinitionException;
import org.digiskill.model.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Invariants of reading, writing and validating frameworks, over generated documents. */
class FrameworkProperties {
  private static final Documents DOCS = Documents.standard();

  /** Text with Vietnamese letters, digits, punctuation, quotes and YAML-significant characters. */
  private static final Gen<String> TEXT =
      SourceDSL.strings()
          .betweenCodePoints(0x20, 0x7e)
          .ofLengthBetween(1, 12)
          .zip(Generate.pick(List.of("", "Hà Nội", "đồng", "ỹ", ": #", "- x", "'q\"", "1.10", "true", "null", "~")), String::concat)
          .assuming(s -> !s.isBlank());

  private static Gen<LocalizedText> text() {
    return TEXT.zip(TEXT, SourceDSL.booleans().all(), (vi, en, both) -> both ? LocalizedText.of("vi", vi, "en", en) : LocalizedText.of("vi", vi));
  }

  private static Gen<CompetencyFramework> frameworks() {
    Gen<Integer> areas = SourceDSL.integers().between(1, 4);
    Gen<Integer> perArea = SourceDSL.integers().between(1, 4);
    Gen<Integer> levels = SourceDSL.integers().between(1, 8);
    return areas.zip(perArea, levels, text(), (a, c, l, t) -> build(a, c, l, t))
        .zip(SourceDSL.booleans().all(), (f, withCrosswalk) -> withCrosswalk ? withCrosswalk(f) : f);
  }

  private static CompetencyFramework build(int areaCount, int perArea, int levelCount, LocalizedText t) {
    List<LevelGroup> groups = List.of(new LevelGroup("low", t), new LevelGroup("high", t));
    List<ProficiencyLevel> levels = new ArrayList<>();
    for (int i = 1; i <= levelCount; i++) {
      levels.add(new ProficiencyLevel(String.valueOf(i), t, i % 2 == 0 ? t : null, levelCount == 1 ? null : i <= (levelCount + 1) / 2 ? "low" : "high"));
    }
    List<CompetenceArea> areas = new ArrayList<>();
    for (int a = 1; a <= areaCount; a++) {
      List<Competence> cs = new ArrayList<>();
      for (int c = 1; c <= perArea; c++) {
        Map<String, LocalizedText> descriptors = new LinkedHashMap<>();
        if (c % 2 == 1) {
          descriptors.put("1", t);
        }
        cs.add(new Competence(a + "." + c, t, c == 2 ? t : null, descriptors));
      }
      areas.add(new CompetenceArea(String.valueOf(a), t, a == 1 ? t : null, cs));
    }
    return new CompetencyFramework(
        "gen-" + areaCount + "-" + perArea, "1." + levelCount, t, t, "vi",
        new Citation("Generated", levelCount % 2 == 0 ? "https://example.org/f" : null),
        levelCount % 3 == 0 ? null : "CC-BY-4.0",
        new ProficiencyScale(levels, levelCount > 1 ? groups : List.of()), areas, List.of());
  }

  private static CompetencyFramework withCrosswalk(CompetencyFramework f) {
    List<CrosswalkLink> links = new ArrayList<>();
    Relation[] relations = Relation.values();
    int i = 0;
    for (Competence c : f.competences()) {
      links.add(new CrosswalkLink(c.code(), "1." + (1 + i % 3), relations[i % relations.length]));
      i++;
    }
    return new CompetencyFramework(
        f.id(), f.version(), f.title(), f.description().orElse(null), f.defaultLanguage(), f.source().orElse(null),
        f.license().orElse(null), f.scale(), f.areas(), List.of(new Crosswalk(Catalogue.DIGCOMP_2_2, links)));
  }

  @Test
  void roundTrip_jsonAndYaml_giveEqualFramework() {
    qt().withExamples(200)
        .forAll(frameworks())
        .checkAssert(
            f -> {
              for (DocumentFormat format : DocumentFormat.values()) {
                String written = DOCS.write(f, format);
                CompetencyFramework back = DOCS.readFramework(written, "generated." + format, format);
                assertThat(back).as("%s:%n%s", format, written).isEqualTo(f);
                assertThat(DOCS.write(back, format)).isEqualTo(written);
              }
            });
  }

  @Test
  void generatedFrameworks_areValid() {
    qt().withExamples(100)
        .forAll(frameworks())
        .checkAssert(f -> assertThat(Catalogue.builtIn().validator().validate(f).errors()).isEmpty());
  }

  @Test
  void check_neverThrows_onMutatedDocuments() {
    String valid = DOCS.write(build(2, 2, 3, LocalizedText.of("vi", "x")), DocumentFormat.JSON);
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    qt().withExamples(500)
        .forAll(
            SourceDSL.integers().between(0, bytes.length - 1),
            SourceDSL.integers().between(0, bytes.length),
            SourceDSL.integers().between(0x09, 0x7e))
        .checkAssert(
            (at, cut, ch) -> {
              byte[] mutated = bytes.clone();
              mutated[at] = (byte) ch.intValue();
              byte[] truncated = java.util.Arrays.copyOf(mutated, Math.max(cut, 0));
              for (byte[] doc : List.of(mutated, truncated)) {
                for (DocumentFormat format : DocumentFormat.values()) {
                  ValidationReport report = checkBytes(doc, format);
                  // Either valid, or every violation is fully described.
                  report.violations().forEach(v -> {
                    assertThat(v.code()).isNotBlank();
                    assertThat(v.message("en")).isNotBlank();
                    assertThat(v.message("vi")).isNotBlank();
                  });
                }
              }
            });
  }

  private static ValidationReport checkBytes(byte[] doc, DocumentFormat format) {
    try {
      Loaded<CompetencyFramework> loaded = DOCS.load(doc, "mutated", format, CompetencyFramework.class);
      return loaded.locate(Catalogue.builtIn().validator().validate(loaded.value()));
    } catch (InvalidDefinitionException e) {
      return e.report();
    }
  }
}
