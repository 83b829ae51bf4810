package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.digiskill.engine.samples.Samples;
import org.digiskill.model.item.Choice;
import org.digiskill.model.item.Item;
import org.digiskill.model.item.Parts;
import org.digiskill.model.response.Response;
import org.junit.jupiter.api.Test;

class ItemScorerTest {
  @Test
  void everyPermittedItemKind_hasAScorer_andAResponseKind() {
    Set<Class<?>> compiled = Fixtures.MINI.items().stream().map(i -> ItemScorer.of(i, new String[] {"s"}).item.getClass()).collect(Collectors.toSet());
    assertThat(compiled).containsExactlyInAnyOrder(Item.class.getPermittedSubclasses());
    Set<String> itemTypes = Fixtures.MINI.items().stream().map(Item::type).collect(Collectors.toSet());
    Set<String> responseTypes = Fixtures.allCorrect().stream().map(Response::type).collect(Collectors.toSet());
    assertThat(responseTypes).isEqualTo(itemTypes);
    assertThat(Response.class.getPermittedSubclasses()).hasSize(Item.class.getPermittedSubclasses().length + 0)
        .extracting(Class::getSimpleName)
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(Item.class.getPermittedSubclasses()).map(Class::getSimpleName).toList());
  }

  /**
   * Single-choice, true/false and Likert results are made once per option and section when the
   * item is compiled, and unanswered results once per section; each must be exactly what scoring
   * that response afresh, with its detail, gives.
   */
  @Test
  void sharedResults_areWhatScoringTheResponseAfreshGives_inEverySection() {
    String[] sections = {"first", "second"};
    int shared = 0;
    for (Item item : Stream.concat(Fixtures.MINI.items().stream(), Samples.ASSESSMENT.items().stream()).toList()) {
      ItemScorer scorer = ItemScorer.of(item, sections);
      for (Response r : everyKeyedResponse(item)) {
        for (int s = 0; s < sections.length; s++) {
          ItemResult result = scorer.score(r, s);
          ItemResult afresh = scorer.explain(r, sections[s]);
          assertThat(result).as("%s in %s", r, sections[s]).isEqualTo(afresh);
          assertThat(result.section()).isEqualTo(sections[s]);
          assertThat(result.detail()).isEqualTo(afresh.detail()).isNotBlank();
          if (r == null || !(r instanceof Response.SingleChoice sc) || !sc.choice().equals("no-such-option")) {
            assertThat(scorer.score(r, s)).as("made once and shared").isSameAs(result);
            shared++;
          }
        }
      }
    }
    assertThat(shared).isGreaterThan(100);
  }

  /** Null (unanswered), then for the kinds with shared results every option and an unknown one. */
  private static List<Response> everyKeyedResponse(Item item) {
    List<Response> out = new ArrayList<>();
    out.add(null);
    if (item instanceof Item.SingleChoice sc) {
      for (Choice c : sc.choices()) {
        out.add(new Response.SingleChoice(sc.id(), c.id()));
      }
      out.add(new Response.SingleChoice(sc.id(), "no-such-option"));
    } else if (item instanceof Item.TrueFalse tf) {
      out.add(new Response.TrueFalse(tf.id(), true));
      out.add(new Response.TrueFalse(tf.id(), false));
    } else if (item instanceof Item.Likert l) {
      for (Parts.LikertOption o : l.options()) {
        out.add(new Response.Likert(l.id(), o.id()));
      }
    }
    return out;
  }
}
