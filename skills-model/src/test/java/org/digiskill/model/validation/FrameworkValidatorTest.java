package org.digiskill.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.framework.Competence;
import org.digiskill.model.framework.CompetenceArea;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.Crosswalk;
import org.digiskill.model.framework.CrosswalkLink;
import org.digiskill.model.framework.FrameworkRef;
import org.digiskill.model.framework.LevelGroup;
import org.digiskill.model.framework.ProficiencyLevel;
import org.digiskill.model.framework.ProficiencyScale;
import org.digiskill.model.framework.Relation;
import org.junit.jupiter.api.Test;

class FrameworkValidatorTest {
  private static final LocalizedText T = LocalizedText.of("vi", "Tên", "en", "Name");

  private static CompetencyFramework framework(ProficiencyScale scale, List<CompetenceArea> areas, List<Crosswalk> cws) {
    return new CompetencyFramework("f", "1", T, null, "vi", null, null, scale, areas, cws);
  }

  private static ProficiencyScale scale(String... groupsPerLevel) {
    java.util.List<ProficiencyLevel> levels = new java.util.ArrayList<>();
    for (int i = 0; i < groupsPerLevel.length; i++) {
      levels.add(new ProficiencyLevel(String.valueOf(i + 1), T, null, groupsPerLevel[i]));
    }
    return new ProficiencyScale(levels, List.of(new LevelGroup("a", T), new LevelGroup("b", T)));
  }

  private static List<CompetenceArea> areas(String... codes) {
    return List.of(new CompetenceArea("1", T, null, java.util.Arrays.stream(codes).map(c -> Competence.of(c, T)).toList()));
  }

  @Test
  void validate_reportsEveryProblemNotOnlyTheFirst() {
    CompetencyFramework f =
        new CompetencyFramework(
            "Bad Id", " ", LocalizedText.of("en", "No Vietnamese"), null, "vi", null, null,
            scale("a", "a"), areas("1.1", "1.1", ""), List.of());
    ValidationReport r = FrameworkValidator.create().validate(f);
    assertThat(r.violations())
        .extracting(Violation::code, Violation::path)
        .contains(
            org.assertj.core.groups.Tuple.tuple("value.pattern", "/id"),
            org.assertj.core.groups.Tuple.tuple("value.blank", "/version"),
            org.assertj.core.groups.Tuple.tuple("text.missing-default-language", "/title"),
            org.assertj.core.groups.Tuple.tuple("framework.duplicate-competence-code", "/areas/0/competences/1/code"),
            org.assertj.core.groups.Tuple.tuple("value.pattern", "/areas/0/competences/2/code"));
    assertThat(r.isValid()).isFalse();
  }

  @Test
  void validate_levelGroupsMustFollowScaleOrder() {
    ValidationReport r = FrameworkValidator.create().validate(framework(scale("b", "a"), areas("1.1"), List.of()));
    assertThat(r.errors()).extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("framework.level-group-order", "/scale/levels/1/group"));
  }

  @Test
  void validate_levelGroupsMustBeContiguous() {
    ProficiencyScale s =
        new ProficiencyScale(
            List.of(
                new ProficiencyLevel("1", T, null, "a"),
                new ProficiencyLevel("2", T, null, "b"),
                new ProficiencyLevel("3", T, null, "c"),
                new ProficiencyLevel("4", T, null, "b")),
            List.of(new LevelGroup("a", T), new LevelGroup("b", T), new LevelGroup("c", T)));
    ValidationReport r = FrameworkValidator.create().validate(framework(s, areas("1.1"), List.of()));
    assertThat(r.errors()).extracting(Violation::code).containsExactly("framework.level-group-order");
  }

  @Test
  void validate_unusedGroupIsAWarningOnly() {
    ValidationReport r = FrameworkValidator.create().validate(framework(scale("a", "a"), areas("1.1"), List.of()));
    assertThat(r.isValid()).isTrue();
    assertThat(r.warnings()).extracting(Violation::code).containsExactly("framework.empty-level-group");
  }

  @Test
  void validate_descriptorsMustNameLevels() {
    CompetenceArea a = new CompetenceArea("1", T, null, List.of(new Competence("1.1", T, null, Map.of("9", T))));
    ValidationReport r = FrameworkValidator.create().validate(framework(scale("a", "b"), List.of(a), List.of()));
    assertThat(r.errors()).extracting(Violation::code, Violation::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("framework.unknown-descriptor-level", "/areas/0/competences/0/levelDescriptors/9"));
  }

  @Test
  void validate_crosswalkNeedsAKnownTargetAndExistingCodesOnBothSides() {
    CompetencyFramework target = new CompetencyFramework("t", "1", T, null, "vi", null, null, scale("a", "b"), areas("1.1"), List.of());
    Crosswalk cw = new Crosswalk(new FrameworkRef("t", "1"), List.of(
        new CrosswalkLink("1.1", "1.1", Relation.EXACT),
        new CrosswalkLink("1.9", "1.1", Relation.RELATED),
        new CrosswalkLink("1.1", "7.7", Relation.BROADER),
        new CrosswalkLink("1.1", "1.1", Relation.NARROWER)));
    CompetencyFramework f = framework(scale("a", "b"), areas("1.1"), List.of(cw));

    assertThat(FrameworkValidator.create().validate(f).errors()).extracting(Violation::code)
        .contains("crosswalk.unknown-framework");
    ValidationReport r = FrameworkValidator.create().withKnown(List.of(target)).validate(f);
    assertThat(r.errors()).extracting(Violation::code, Violation::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("crosswalk.unknown-source", "/crosswalks/0/links/1/source"),
        org.assertj.core.groups.Tuple.tuple("crosswalk.unknown-target", "/crosswalks/0/links/2/target"),
        org.assertj.core.groups.Tuple.tuple("crosswalk.duplicate-link", "/crosswalks/0/links/3"));
  }

  @Test
  void validate_textsNeedWellFormedTagsAndNonBlankValues() {
    LocalizedText bad = new LocalizedText(Map.of("vi", " ", "not a tag", "x"));
    CompetenceArea a = new CompetenceArea("1", bad, null, List.of(Competence.of("1.1", T)));
    ValidationReport r = FrameworkValidator.create().validate(framework(scale("a", "b"), List.of(a), List.of()));
    assertThat(r.errors()).extracting(Violation::code, Violation::path).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple("text.blank", "/areas/0/title/vi"),
        org.assertj.core.groups.Tuple.tuple("text.invalid-language-tag", "/areas/0/title/not a tag"));
  }

  @Test
  void messages_areInVietnameseAndEnglish() {
    ValidationReport r = FrameworkValidator.create().validate(framework(scale("b", "a"), areas("1.1"), List.of()));
    Violation v = r.errors().get(0);
    assertThat(v.message("en")).isEqualTo(
        "level [2] is in group [a], which comes before group [b] of the level below it; groups must follow the scale order");
    assertThat(v.message("vi")).isEqualTo(
        "mức [2] thuộc nhóm [a], nhóm này đứng trước nhóm [b] của mức thấp hơn; các nhóm phải theo thứ tự của thang");
    assertThat(v.format("en")).isEqualTo("/scale/levels/1/group: " + v.message("en") + " [framework.level-group-order]");
  }

  @Test
  void messageFiles_haveTheSameCodes() {
    assertThat(org.digiskill.model.internal.Messages.codes("vi"))
        .isEqualTo(org.digiskill.model.internal.Messages.codes("en"));
  }
}
