package org.digiskill.engine.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import org.digiskill.engine.samples.Samples;
import org.digiskill.engine.scoring.Fixtures;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

/**
 * {@link FormGenerator#select} is what scoring uses to know which items a seed delivered; it must
 * pick exactly the items and sections of {@link FormGenerator#generate}, in the same order, for
 * every seed, also where it skips the option shuffles that no later section reads.
 */
class FormGeneratorProperties {
  @Test
  void select_picksTheItemsAndSectionsOfGenerate_sample() {
    // The sample shuffles options in early sections and draws in later ones, so the option
    // shuffles of the early sections move the stream the later draws read.
    assertSelectAgrees(Samples.ASSESSMENT);
  }

  @Test
  void select_picksTheItemsAndSectionsOfGenerate_everyItemKind() {
    assertSelectAgrees(Fixtures.MINI);
  }

  private static void assertSelectAgrees(Assessment assessment) {
    FormGenerator generator = new FormGenerator(assessment, Catalogue.builtIn().framework(assessment.framework()).orElseThrow());
    qt().forAll(longs().all()).checkAssert(seed -> {
      Form form = generator.generate(seed);
      int[] items = new int[generator.formSize()];
      int[] sections = new int[generator.formSize()];
      int n = generator.select(seed, items, sections);
      List<String> selected = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        selected.add(assessment.items().get(items[k]).id() + "@" + assessment.sections().get(sections[k]).id());
      }
      assertThat(selected).containsExactlyElementsOf(form.items().stream().map(i -> i.item() + "@" + i.section()).toList());
    });
  }
}
