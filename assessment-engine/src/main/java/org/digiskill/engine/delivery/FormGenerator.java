package org.digiskill.engine.delivery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.assessment.Draw;
import org.digiskill.model.assessment.Section;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.item.Alignment;
import org.digiskill.model.item.Choice;
import org.digiskill.model.item.Item;

/**
 * Makes forms from an assessment and a seed, by the algorithm of {@code docs/delivery.md}: one
 * {@link SplitMix64} stream consumed in document order — for each section, its draws (partial
 * Fisher–Yates over the filtered bank in document order), then the shuffle of its items, then the
 * shuffle of each item's options (pinned options keep their places).
 *
 * <p>Immutable and thread-safe; the candidate pools of the draws are computed once.
 */
public final class FormGenerator {
  private final Assessment assessment;
  private final List<List<List<Item>>> pools; // per section, per draw: the bank filtered, in bank order
  private final Set<String> fixed;

  /**
   * Prepares a generator. The assessment is assumed valid (draws satisfiable); a draw that
   * cannot be filled fails {@link #generate(long)} with an {@link IllegalStateException}.
   *
   * @param assessment the assessment
   * @param framework its framework, to resolve draws by area
   */
  public FormGenerator(Assessment assessment, CompetencyFramework framework) {
    this.assessment = assessment;
    Set<String> f = new HashSet<>();
    for (Section s : assessment.sections()) {
      f.addAll(s.items());
    }
    this.fixed = Set.copyOf(f);
    List<List<List<Item>>> all = new ArrayList<>();
    for (Section s : assessment.sections()) {
      List<List<Item>> perDraw = new ArrayList<>();
      for (Draw d : s.draws()) {
        List<Item> pool = new ArrayList<>();
        for (Item item : assessment.items()) {
          if (!fixed.contains(item.id()) && matches(item, d, framework)) {
            pool.add(item);
          }
        }
        perDraw.add(List.copyOf(pool));
      }
      all.add(List.copyOf(perDraw));
    }
    this.pools = List.copyOf(all);
  }

  /** Returns true when the item passes every filter of the draw. */
  static boolean matches(Item item, Draw d, CompetencyFramework framework) {
    if (d.tag() != null && !item.tags().contains(d.tag())) {
      return false;
    }
    if (d.competence() == null && d.area() == null && d.level() == null) {
      return true;
    }
    for (Alignment a : item.alignments()) {
      boolean ok = (d.competence() == null || d.competence().equals(a.competence()))
          && (d.level() == null || d.level().equals(a.level()))
          && (d.area() == null || framework.areaOf(a.competence()).map(ar -> ar.code().equals(d.area())).orElse(false));
      if (ok) {
        return true;
      }
    }
    return false;
  }

  /** Returns the form for this seed. */
  public Form generate(long seed) {
    SplitMix64 rng = new SplitMix64(seed);
    Set<String> used = new HashSet<>(fixed);
    List<FormItem> out = new ArrayList<>();
    List<Section> sections = assessment.sections();
    for (int si = 0; si < sections.size(); si++) {
      Section s = sections.get(si);
      List<Item> items = new ArrayList<>();
      for (String id : s.items()) {
        items.add(assessment.item(id).orElseThrow(() -> new IllegalStateException("no item [" + id + "]")));
      }
      List<Draw> draws = s.draws();
      for (int di = 0; di < draws.size(); di++) {
        List<Item> pool = new ArrayList<>();
        for (Item candidate : pools.get(si).get(di)) {
          if (!used.contains(candidate.id())) {
            pool.add(candidate);
          }
        }
        int count = draws.get(di).count();
        if (pool.size() < count) {
          throw new IllegalStateException(
              "draw " + di + " of section [" + s.id() + "] needs " + count + " items but only " + pool.size() + " are left");
        }
        for (int i = 0; i < count; i++) {
          int j = i + rng.nextInt(pool.size() - i);
          Item picked = pool.get(j);
          pool.set(j, pool.get(i));
          pool.set(i, picked);
          items.add(picked);
          used.add(picked.id());
        }
      }
      if (s.shuffleItems()) {
        shuffle(items, rng);
      }
      for (Item item : items) {
        out.add(new FormItem(item.id(), s.id(), optionOrder(item, s.shuffleChoices(), rng)));
      }
    }
    return new Form(assessment.id(), assessment.version(), seed, out);
  }

  private static List<String> optionOrder(Item item, boolean sectionShuffles, SplitMix64 rng) {
    List<Choice> options;
    Boolean itemShuffle = null;
    if (item instanceof Item.SingleChoice sc) {
      options = sc.choices();
      itemShuffle = sc.shuffle();
    } else if (item instanceof Item.MultipleChoice mc) {
      options = mc.choices();
      itemShuffle = mc.shuffle();
    } else if (item instanceof Item.Ordering o) {
      options = o.steps();
    } else if (item instanceof Item.Matching m) {
      options = m.right();
    } else {
      return List.of();
    }
    List<String> ids = new ArrayList<>(options.size());
    for (Choice c : options) {
      ids.add(c.id());
    }
    boolean shuffle = itemShuffle == null ? sectionShuffles : itemShuffle;
    if (!shuffle) {
      return ids;
    }
    // Shuffle the unpinned options among the unpinned places; pinned ones keep theirs.
    List<Integer> free = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      if (!options.get(i).pinned()) {
        free.add(i);
      }
    }
    for (int k = free.size() - 1; k > 0; k--) {
      int j = rng.nextInt(k + 1);
      int a = free.get(k);
      int b = free.get(j);
      String t = ids.get(a);
      ids.set(a, ids.get(b));
      ids.set(b, t);
    }
    return ids;
  }

  private static <T> void shuffle(List<T> list, SplitMix64 rng) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
