package org.digiskill.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.digiskill.model.framework.CompetenceArea;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.Crosswalk;
import org.digiskill.model.framework.CrosswalkLink;
import org.digiskill.model.framework.LevelGroup;
import org.digiskill.model.framework.ProficiencyLevel;
import org.junit.jupiter.api.Test;

class CatalogueTest {
  private final Catalogue catalogue = Catalogue.builtIn();

  @Test
  void digComp22_hasTheOfficialStructure() {
    CompetencyFramework d = catalogue.digComp22();
    assertThat(d.ref()).isEqualTo(Catalogue.DIGCOMP_2_2);
    assertThat(d.areas()).extracting(CompetenceArea::code).containsExactly("1", "2", "3", "4", "5");
    assertThat(d.competences())
        .extracting(c -> c.code())
        .containsExactly(
            "1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3", "3.4",
            "4.1", "4.2", "4.3", "4.4", "5.1", "5.2", "5.3", "5.4");
    assertThat(d.scale().levels()).extracting(ProficiencyLevel::code)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    assertThat(d.scale().groups()).extracting(LevelGroup::code)
        .containsExactly("foundation", "intermediate", "advanced", "highly-specialised");
    assertThat(d.scale().levels()).extracting(ProficiencyLevel::group)
        .containsExactly("foundation", "foundation", "intermediate", "intermediate", "advanced", "advanced",
            "highly-specialised", "highly-specialised");
  }

  @Test
  void digComp22_usesTheOfficialEnglishTitles() {
    CompetencyFramework d = catalogue.digComp22();
    assertThat(title(d, "1.1")).isEqualTo("Browsing, searching and filtering data, information and digital content");
    assertThat(title(d, "2.6")).isEqualTo("Managing digital identity");
    assertThat(title(d, "4.2")).isEqualTo("Protecting personal data and privacy");
    assertThat(title(d, "5.4")).isEqualTo("Identifying digital competence gaps");
    assertThat(d.area("4").orElseThrow().title().exact("en")).contains("Safety");
  }

  @Test
  void residents_crosswalkOnlyNamesExistingDigCompCodes() {
    CompetencyFramework r = catalogue.residentsBasic();
    Crosswalk cw = r.crosswalkTo(Catalogue.DIGCOMP_2_2).orElseThrow();
    Set<String> digcomp = catalogue.digComp22().competences().stream().map(c -> c.code()).collect(Collectors.toSet());
    assertThat(cw.links()).isNotEmpty();
    assertThat(cw.links()).extracting(CrosswalkLink::target).allMatch(digcomp::contains);
    assertThat(cw.links()).extracting(CrosswalkLink::source).allMatch(code -> r.competence(code).isPresent());
    // Every residents' competence says where it sits in DigComp.
    assertThat(r.competences()).allMatch(c -> !cw.linksFrom(c.code()).isEmpty());
  }

  @Test
  void residents_isBilingualWithASmallScale() {
    CompetencyFramework r = catalogue.residentsBasic();
    assertThat(r.defaultLanguage()).isEqualTo("vi");
    assertThat(r.scale().levels()).hasSizeBetween(3, 4);
    assertThat(r.areas()).hasSizeGreaterThanOrEqualTo(8);
    r.competences().forEach(c -> {
      assertThat(c.title().exact("vi")).as(c.code()).isPresent();
      assertThat(c.title().exact("en")).as(c.code()).isPresent();
    });
  }

  @Test
  void vietnamLearners_marksUnverifiedFactsAndMapsToDigComp() {
    CompetencyFramework v = catalogue.vietnamLearners2025();
    assertThat(v.areas()).hasSize(6);
    assertThat(v.competences()).hasSize(24);
    assertThat(v.scale().levels()).hasSize(8);
    assertThat(v.description().orElseThrow().exact("en").orElseThrow()).containsIgnoringCase("unverified");
    Crosswalk cw = v.crosswalkTo(Catalogue.DIGCOMP_2_2).orElseThrow();
    assertThat(cw.links()).hasSize(21).allMatch(l -> l.source().equals(l.target()));
  }

  @Test
  void everyBuiltInFramework_isValidWithoutWarnings() {
    for (CompetencyFramework f : catalogue.frameworks()) {
      assertThat(catalogue.validator().validate(f).violations()).as(f.ref().toString()).isEmpty();
    }
    assertThat(catalogue.frameworks()).extracting(CompetencyFramework::ref)
        .containsExactly(Catalogue.DIGCOMP_2_2, Catalogue.VN_LEARNERS_2025, Catalogue.VN_RESIDENTS_BASIC);
  }

  @Test
  void lookups_findByIdAndVersionOnly() {
    assertThat(catalogue.framework("digcomp", "2.2")).isPresent();
    assertThat(catalogue.framework("digcomp", "3.0")).isEmpty();
    assertThat(Catalogue.RESOURCES).hasSize(catalogue.frameworks().size());
    assertThat(List.copyOf(catalogue.frameworks())).isEqualTo(catalogue.frameworks());
  }

  private static String title(CompetencyFramework f, String code) {
    return f.competence(code).orElseThrow().title().exact("en").orElseThrow();
  }
}
