package org.digiskill.engine.crosswalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.Competence;
import org.digiskill.model.framework.CompetenceArea;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.Crosswalk;
import org.digiskill.model.framework.CrosswalkLink;
import org.digiskill.model.framework.ProficiencyLevel;
import org.digiskill.model.framework.ProficiencyScale;
import org.digiskill.model.framework.Relation;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class CrosswalkCoverageTest {
  private static final LocalizedText T = LocalizedText.of("en", "t");
  private final Catalogue catalogue = Catalogue.builtIn();

  private static CompetencyFramework framework(String id, List<String> codes, List<CrosswalkLink> links) {
    List<Competence> cs = codes.stream().map(c -> Competence.of(c, T)).toList();
    return new CompetencyFramework(id, "1", T, null, "en", null, null,
        new ProficiencyScale(List.of(new ProficiencyLevel("1", T, null, null)), null),
        List.of(new CompetenceArea("1", T, null, cs)),
        links.isEmpty() ? List.of() : List.of(new Crosswalk(new org.digiskill.model.framework.FrameworkRef("t", "1"), links)));
  }

  @Test
  void of_countsRelationsAndFindsGapsOnBothSides() {
    CompetencyFramework target = framework("t", List.of("1.1", "1.2", "1.3"), List.of());
    CompetencyFramework source = framework("s", List.of("1.1", "1.2"), List.of(
        new CrosswalkLink("1.1", "1.1", Relation.EXACT),
        new CrosswalkLink("1.1", "1.3", Relation.RELATED)));
    CrosswalkCoverage c = CrosswalkCoverage.of(source, target);
    assertThat(c.linksByRelation()).containsEntry(Relation.EXACT, 1).containsEntry(Relation.RELATED, 1)
        .containsEntry(Relation.BROADER, 0).containsEntry(Relation.NARROWER, 0);
    assertThat(c.unlinkedSource()).containsExactly("1.2");
    assertThat(c.coveredTarget()).containsExactly("1.1", "1.3");
    assertThat(c.uncoveredTarget()).containsExactly("1.2");
    assertThat(c.coveredAreasByTarget()).containsExactly(java.util.Map.entry("1", 2));
    assertThat(c.targetsOf("1.1")).containsExactly("1.1", "1.3");
    assertThat(c.targetsOf("1.2")).isEmpty();
    assertThat(c.targetCoverage()).isEqualTo(2.0 / 3);
    assertThat(c.linkCount()).isEqualTo(2);
  }

  @Test
  void of_withoutACrosswalkToTheTarget_isRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CrosswalkCoverage.of(catalogue.digComp22(), catalogue.residentsBasic()))
        .withMessage("digcomp@2.2 has no crosswalk to vn-residents-basic@1.0");
  }

  @Test
  void residents_everyCompetenceReachesDigComp() {
    CrosswalkCoverage c = CrosswalkCoverage.of(catalogue.residentsBasic(), catalogue.digComp22());
    assertThat(c.unlinkedSource()).isEmpty();
    assertThat(c.coveredTarget()).isNotEmpty().contains("2.3", "2.6", "4.2");
    assertThat(c.coveredTarget().size() + c.uncoveredTarget().size()).isEqualTo(21);
  }

  @Test
  void coverage_partitionsTheTargetAndCountsEveryLink() {
    CompetencyFramework target = framework("t", List.of("1.1", "1.2", "1.3", "1.4", "1.5"), List.of());
    qt().forAll(SourceDSL.lists().of(SourceDSL.integers().between(1, 5)).ofSizeBetween(1, 12))
        .checkAssert(targets -> {
          List<CrosswalkLink> links = new ArrayList<>();
          for (int i = 0; i < targets.size(); i++) {
            links.add(new CrosswalkLink("1." + (1 + i % 3), "1." + targets.get(i), Relation.values()[i % 4]));
          }
          CrosswalkCoverage c = CrosswalkCoverage.of(framework("s", List.of("1.1", "1.2", "1.3"), links), target);
          Set<String> all = new HashSet<>(c.coveredTarget());
          all.addAll(c.uncoveredTarget());
          assertThat(all).hasSize(5);
          assertThat(new HashSet<>(c.coveredTarget())).hasSize(c.coveredTarget().size())
              .isEqualTo(new HashSet<>(targets.stream().map(t -> "1." + t).toList()));
          assertThat(c.uncoveredTarget()).noneMatch(c.coveredTarget()::contains);
          assertThat(c.linkCount()).isEqualTo(targets.size());
          assertThat(c.targetCoverage()).isBetween(0.0, 1.0);
        });
  }
}
