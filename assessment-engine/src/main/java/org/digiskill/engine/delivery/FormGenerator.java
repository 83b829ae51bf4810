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

  // The same data as bank indexes, for select(): no strings, no collections per call.
  private final int bankSize;
  private final int[][] fixedIdx; // per section: fixed items' bank indexes
  private final int[][][] poolIdx; // per section, per draw: pool bank indexes in bank order
  private final int[][] drawCount; // per section, per draw
  private final boolean[] shuffleItems; // per section
  // Per section si and bank item i, at si × bankSize + i: the unpinned options less one when the
  // item's options are shuffled in that section and a later section reads the stream, else 0.
  // select() draws the numbers of such a shuffle, which only move the stream on for later sections.
  private final int[] optionDraws;

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

    List<Item> bank = assessment.items();
    this.bankSize = bank.size();
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < bank.size(); i++) {
      index.putIfAbsent(bank.get(i).id(), i);
    }
    int ns = assessment.sections().size();
    fixedIdx = new int[ns][];
    poolIdx = new int[ns][][];
    drawCount = new int[ns][];
    shuffleItems = new boolean[ns];
    boolean[] sectionShufflesChoices = new boolean[ns];
    for (int si = 0; si < ns; si++) {
      Section s = assessment.sections().get(si);
      fixedIdx[si] = s.items().stream().mapToInt(id -> index.getOrDefault(id, -1)).toArray();
      poolIdx[si] = new int[s.draws().size()][];
      drawCount[si] = new int[s.draws().size()];
      for (int di = 0; di < s.draws().size(); di++) {
        poolIdx[si][di] = pools.get(si).get(di).stream().mapToInt(it -> index.get(it.id())).toArray();
        drawCount[si][di] = s.draws().get(di).count();
      }
      shuffleItems[si] = s.shuffleItems();
      sectionShufflesChoices[si] = s.shuffleChoices();
    }
    boolean[] streamReadAfter = new boolean[ns]; // per section: whether a later section draws or shuffles items
    for (int si = ns - 2; si >= 0; si--) {
      streamReadAfter[si] = streamReadAfter[si + 1] || shuffleItems[si + 1] || drawCount[si + 1].length > 0;
    }
    optionDraws = new int[ns * bankSize];
    for (int i = 0; i < bankSize; i++) {
      List<Choice> options = optionsOf(bank.get(i));
      int unpinned = 0;
      for (Choice c : options) {
        if (!c.pinned()) {
          unpinned++;
        }
      }
      Boolean own = bank.get(i) instanceof Item.SingleChoice sc ? sc.shuffle()
          : bank.get(i) instanceof Item.MultipleChoice mc ? mc.shuffle() : null;
      for (int si = 0; si < ns; si++) {
        boolean shuffle = own == null ? sectionShufflesChoices[si] : own;
        optionDraws[si * bankSize + i] = shuffle && !options.isEmpty() && streamReadAfter[si] ? Math.max(0, unpinned - 1) : 0;
      }
    }
  }

  /**
   * The items of the form for this seed, without their option orders: bank indexes in form order
   * in {@code items}, and each one's section index in {@code sections}. Consumes the random stream
   * exactly as {@link #generate(long)} does up to the last number any item choice reads (option
   * shuffles draw their numbers but build no lists, and are skipped when no later section reads
   * the stream), so the two always agree. For scoring, which needs no option order.
   *
   * @return the number of items written
   */
  public int select(long seed, int[] items, int[] sections) {
    SplitMix64 rng = new SplitMix64(seed);
    boolean[] used = new boolean[bankSize];
    for (int[] f : fixedIdx) {
      for (int i : f) {
        used[i] = true;
      }
    }
    int n = 0;
    int[] scratch = new int[bankSize];
    for (int si = 0; si < fixedIdx.length; si++) {
      int start = n;
      for (int i : fixedIdx[si]) {
        items[n++] = i;
      }
      for (int di = 0; di < poolIdx[si].length; di++) {
        int size = 0;
        for (int i : poolIdx[si][di]) {
          if (!used[i]) {
            scratch[size++] = i;
          }
        }
        int count = drawCount[si][di];
        if (size < count) {
          throw new IllegalStateException("draw " + di + " of section " + si + " needs " + count + " items but only " + size + " are left");
        }
        for (int i = 0; i < count; i++) {
          int j = i + rng.nextInt(size - i);
          int picked = scratch[j];
          scratch[j] = scratch[i];
          scratch[i] = picked;
          items[n++] = picked;
          used[picked] = true;
        }
      }
      if (shuffleItems[si]) {
        for (int i = n - start - 1; i > 0; i--) {
          int j = rng.nextInt(i + 1);
          int t = items[start + i];
          items[start + i] = items[start + j];
          items[start + j] = t;
        }
      }
      for (int k = start; k < n; k++) {
        sections[k] = si;
        int item = items[k];
        // The option shuffles only move the stream on for the sections after; when none of them
        // reads it, drawing the numbers would change nothing.
        for (int f = optionDraws[si * bankSize + item]; f > 0; f--) {
          rng.skipInt(f + 1);
        }
      }
    }
    return n;
  }

  /** Returns the number of items every form has (fixed plus drawn), to size arrays for select(). */
  public int formSize() {
    int n = 0;
    for (int si = 0; si < fixedIdx.length; si++) {
      n += fixedIdx[si].length;
      for (int c : drawCount[si]) {
        n += c;
      }
    }
    return n;
  }

  private static List<Choice> optionsOf(Item item) {
    if (item instanceof Item.SingleChoice sc) {
      return sc.choices();
    } else if (item instanceof Item.MultipleChoice mc) {
      return mc.choices();
    } else if (item instanceof Item.Ordering o) {
      return o.steps();
    } else if (item instanceof Item.Matching m) {
      return m.right();
    }
    return List.of();
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
