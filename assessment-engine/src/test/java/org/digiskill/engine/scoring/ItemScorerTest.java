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
   * Results that depend only on a small key of the response (the option or set of options chosen,
   * the right order, the key's pairs) are made once per key and section when the item is compiled,
   * and unanswered results once per section; each must be exactly what scoring that response
   * afresh, with its detail, gives. Responses outside the keys (an unknown option, a wrong order)
   * are scored afresh and must give the same too.
   */
  @Test
  void sharedResults_areWhatScoringTheResponseAfreshGives_inEverySection() {
    String[] sections = {"first", "second"};
    int shared = 0;
    for (Item item : Stream.concat(Fixtures.MINI.items().stream(), Samples.ASSESSMENT.items().stream()).toList()) {
      ItemScorer scorer = ItemScorer.of(item, sections);
      for (Response r : responsesToTry(item)) {
        for (int s = 0; s < sections.length; s++) {
          ItemResult result = scorer.score(r, s);
          ItemResult afresh = scorer.explain(r, sections[s]);
          assertThat(result).as("%s in %s", r, sections[s]).isEqualTo(afresh);
          assertThat(result.section()).isEqualTo(sections[s]);
          assertThat(result.detail()).isEqualTo(afresh.detail()).isNotBlank();
          if (scorer.score(r, s) == result) {
            shared++;
          }
        }
      }
    }
    assertThat(shared).as("results made once and shared").isGreaterThan(500);
  }

  /**
   * A multiple-choice answer is scored the same whatever order its options were ticked in: the
   * critical options chosen are listed in the item's order, and mapped values summed in it.
   */
  @Test
  void multipleChoice_theOrderOptionsWereTickedInChangesNothing() {
    Item.MultipleChoice base = Fixtures.MINI.items().stream()
        .filter(Item.MultipleChoice.class::isInstance).map(Item.MultipleChoice.class::cast).findFirst().orElseThrow();
    // Every option critical, and seven of them so that the answer is scored afresh, not shared.
    List<Choice> choices = new ArrayList<>();
    for (int k = 0; k < 7; k++) {
      choices.add(new Choice("o" + k, base.choices().get(0).text(), null, false, true, null));
    }
    Item.MultipleChoice mc = new Item.MultipleChoice("many", base.prompt(), null, base.alignments(), 2.0, null, null, null,
        base.scoring(), choices, List.of("o0", "o1"), null, null, null);
    ItemScorer scorer = ItemScorer.of(mc, new String[] {"s"});
    List<String> ticked = List.of("o5", "o0", "o3");
    ItemResult result = scorer.score(new Response.MultipleChoice("many", ticked), 0);
    assertThat(result.critical()).containsExactly("o0", "o3", "o5");
    assertThat(scorer.score(new Response.MultipleChoice("many", List.of("o3", "o5", "o0")), 0)).isEqualTo(result);
  }

  /**
   * The checklist followed with each expected value entered, by a simulator, by an assessor who
   * names the observer and by one who does not; with other values and times logged too; with an
   * expected value wrong, a step left out, a step repeated, the steps reversed and, when the task
   * has one, a forbidden step taken.
   */
  private static List<Response> taskLogs(Item.PracticalTask t) {
    List<Response.LoggedStep> followed = new ArrayList<>();
    List<Response.LoggedStep> annotated = new ArrayList<>();
    for (Parts.TaskStep step : t.steps()) {
      followed.add(new Response.LoggedStep(step.id(), step.expectedValue(), null));
      annotated.add(new Response.LoggedStep(step.id(), step.expectedValue() == null ? "typed" : step.expectedValue(),
          java.time.Instant.parse("2026-11-24T08:00:00Z")));
    }
    List<Response> out = new ArrayList<>();
    out.add(new Response.PracticalTask(t.id(), followed, Response.StepSource.SIMULATOR, null));
    out.add(new Response.PracticalTask(t.id(), annotated, Response.StepSource.ASSESSOR, "tcns-01"));
    out.add(new Response.PracticalTask(t.id(), followed, Response.StepSource.ASSESSOR, " "));
    List<Response.LoggedStep> wrongValue = new ArrayList<>(followed);
    wrongValue.replaceAll(ls -> new Response.LoggedStep(ls.step(), ls.value() == null ? null : ls.value() + "0", null));
    out.add(new Response.PracticalTask(t.id(), wrongValue, Response.StepSource.SIMULATOR, null));
    out.add(new Response.PracticalTask(t.id(), followed.subList(1, followed.size()), Response.StepSource.SIMULATOR, null));
    List<Response.LoggedStep> repeated = new ArrayList<>(followed);
    repeated.set(repeated.size() - 1, followed.get(0));
    out.add(new Response.PracticalTask(t.id(), repeated, Response.StepSource.SIMULATOR, null));
    List<Response.LoggedStep> reversed = new ArrayList<>(followed);
    java.util.Collections.reverse(reversed);
    out.add(new Response.PracticalTask(t.id(), reversed, Response.StepSource.SIMULATOR, null));
    if (!t.forbidden().isEmpty()) {
      List<Response.LoggedStep> withForbidden = new ArrayList<>(followed);
      withForbidden.set(withForbidden.size() - 1, new Response.LoggedStep(t.forbidden().get(0).id(), null, null));
      out.add(new Response.PracticalTask(t.id(), withForbidden, Response.StepSource.SIMULATOR, null));
    }
    return out;
  }

  /**
   * Null (unanswered); every option and an unknown one of single-choice and Likert items; both
   * answers of true/false ones; every set of options of multiple-choice ones, in the item's order and
   * reversed, and with an unknown one; the right order and a wrong one; one tap in each region of a
   * hotspot, one outside them all, and one in each at once; the key's pairs in order, reversed, with
   * one left out, one wrong and one repeated; the right order, a wrong one, one step short and one too many;
   * and the practical-task logs of {@link #taskLogs}.
   */
  private static List<Response> responsesToTry(Item item) {
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
      out.add(new Response.Likert(l.id(), "no-such-option"));
    } else if (item instanceof Item.MultipleChoice mc) {
      int n = Math.min(mc.choices().size(), 8);
      for (int mask = 0; mask < 1 << n; mask++) {
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          if ((mask & (1 << k)) != 0) {
            chosen.add(mc.choices().get(k).id());
          }
        }
        out.add(new Response.MultipleChoice(mc.id(), chosen));
        List<String> reversed = new ArrayList<>(chosen);
        java.util.Collections.reverse(reversed);
        out.add(new Response.MultipleChoice(mc.id(), reversed));
      }
      out.add(new Response.MultipleChoice(mc.id(), List.of(mc.choices().get(0).id(), "no-such-option")));
    } else if (item instanceof Item.Ordering o) {
      out.add(new Response.Ordering(o.id(), o.correctOrder()));
      List<String> swapped = new ArrayList<>(o.correctOrder());
      java.util.Collections.swap(swapped, 0, swapped.size() - 1);
      out.add(new Response.Ordering(o.id(), swapped));
      out.add(new Response.Ordering(o.id(), o.correctOrder().subList(0, o.correctOrder().size() - 1)));
      List<String> longer = new ArrayList<>(o.correctOrder());
      longer.add(o.correctOrder().get(0));
      out.add(new Response.Ordering(o.id(), longer));
    } else if (item instanceof Item.Hotspot h) {
      List<Parts.Point> taps = new ArrayList<>();
      for (Parts.Region region : h.regions()) {
        // The top-left corner of a rectangle, the centre of a circle, the first vertex of a polygon.
        Parts.Point inside = new Parts.Point(region.coords().get(0), region.coords().get(1));
        taps.add(inside);
        out.add(new Response.Hotspot(h.id(), List.of(inside)));
      }
      out.add(new Response.Hotspot(h.id(), List.of(new Parts.Point(-10.0, -10.0))));
      out.add(new Response.Hotspot(h.id(), taps)); // several taps: scored afresh (or too many)
    } else if (item instanceof Item.Matching m) {
      out.add(new Response.Matching(m.id(), m.pairs()));
      List<Parts.Pair> reversed = new ArrayList<>(m.pairs());
      java.util.Collections.reverse(reversed);
      out.add(new Response.Matching(m.id(), reversed));
      out.add(new Response.Matching(m.id(), m.pairs().subList(1, m.pairs().size())));
      List<Parts.Pair> oneWrong = new ArrayList<>(m.pairs());
      Parts.Pair last = oneWrong.get(oneWrong.size() - 1);
      oneWrong.set(oneWrong.size() - 1, new Parts.Pair(last.left(), m.pairs().get(0).right()));
      out.add(new Response.Matching(m.id(), oneWrong));
      List<Parts.Pair> oneMore = new ArrayList<>(m.pairs());
      oneMore.add(m.pairs().get(0));
      out.add(new Response.Matching(m.id(), oneMore));
    } else if (item instanceof Item.PracticalTask t) {
      out.addAll(taskLogs(t));
    }
    return out;
  }
}
