package org.digiskill.engine.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.digiskill.model.item.Choice;
import org.digiskill.model.item.Item;
import org.digiskill.model.item.Parts;
import org.digiskill.model.item.ScoringRule;
import org.digiskill.model.item.TextMatchPolicy;
import org.digiskill.model.response.Response;

/**
 * One compiled item: its answer key prepared once (normalised texts, compiled patterns, id sets),
 * turning a response into an {@link ItemResult}. The formulas are those of {@code
 * docs/scoring.md}. Immutable and thread-safe.
 */
abstract class ItemScorer {
  private static final double EPS = 1e-9;
  // Multiple-choice items with up to this many options have a shared result for each set of
  // options chosen (2^6 = 64 per section).
  private static final int MAX_SHARED_OPTIONS = 6;
  // The kinds, for the switch in score(Response, int).
  private static final int SINGLE_CHOICE = 0;
  private static final int TRUE_FALSE = 1;
  private static final int MULTIPLE_CHOICE = 2;
  private static final int TEXT_ENTRY = 3;
  private static final int NUMERIC = 4;
  private static final int ORDERING = 5;
  private static final int MATCHING = 6;
  private static final int HOTSPOT = 7;
  private static final int LIKERT = 8;
  private static final int PRACTICAL_TASK = 9;

  final Item item;
  final double max;
  final boolean mapRule;
  final ScoringRule rule;
  // The item's id, kind and flag, read for every result: held here rather than called through
  // the Item interface, whose ten kinds make each call a slow megamorphic one.
  private final String id;
  private final String type;
  private final boolean selfReported;
  private final int kind;
  private final String partialReason;
  private final Class<? extends Response> responseType;
  // The ids of the assessment's sections, by index: a result names the section it was delivered in.
  private final String[] sections;
  private final int sectionCount;
  // Results that depend on nothing but the section: no response.
  private final ItemResult[] unanswered;
  // For kinds whose result can depend only on a small key of the response (the option or set of
  // options chosen, the right order, the key's pairs), the result for each section and key, made
  // once with its detail written and shared by every report that has it; null for the other kinds.
  // Set by the kind's constructor, before the scorer is published (through the compiled
  // assessment's final fields).
  private ItemResult[] fixed; // at key × sections + section

  ItemScorer(Item item, int kind, Class<? extends Response> responseType, String[] sections) {
    this.item = item;
    this.kind = kind;
    this.responseType = responseType;
    this.sections = sections;
    this.sectionCount = sections.length;
    this.rule = item.scoring();
    this.mapRule = rule instanceof ScoringRule.MapResponse;
    this.id = item.id();
    this.type = item.type();
    this.selfReported = item.selfReported();
    this.max = item.points();
    this.partialReason = item.scoring() instanceof ScoringRule.PartialCredit p ? "partial." + p.method().jsonName() : null;
    this.unanswered = new ItemResult[sections.length];
    for (int s = 0; s < sections.length; s++) {
      unanswered[s] = score(null, sections[s], true);
    }
  }

  /**
   * Compiles the scorer for an item delivered in the given sections (ids by section index); every
   * permitted kind of {@link Item} is handled here.
   */
  static ItemScorer of(Item item, String[] sections) {
    if (item instanceof Item.SingleChoice i) {
      return new SingleChoiceScorer(i, sections);
    } else if (item instanceof Item.TrueFalse i) {
      return new TrueFalseScorer(i, sections);
    } else if (item instanceof Item.MultipleChoice i) {
      return new MultipleChoiceScorer(i, sections);
    } else if (item instanceof Item.TextEntry i) {
      return new TextEntryScorer(i, sections);
    } else if (item instanceof Item.Numeric i) {
      return new NumericScorer(i, sections);
    } else if (item instanceof Item.Ordering i) {
      return new OrderingScorer(i, sections);
    } else if (item instanceof Item.Matching i) {
      return new MatchingScorer(i, sections);
    } else if (item instanceof Item.Hotspot i) {
      return new HotspotScorer(i, sections);
    } else if (item instanceof Item.Likert i) {
      return new LikertScorer(i, sections);
    } else if (item instanceof Item.PracticalTask i) {
      return new PracticalTaskScorer(i, sections);
    }
    throw new IllegalArgumentException("no scorer for item kind " + item.getClass().getName());
  }

  /**
   * Scores a response to this item, or its absence (null) as unanswered, delivered in the section
   * of this index. A shared result (see {@link #precompute}) carries its detail; any other result's
   * detail is written when first read, by scoring the response again with {@link #explain}.
   */
  final ItemResult score(Response response, int section) {
    if (response == null) {
      return unanswered[section];
    }
    if (fixed != null && response.getClass() == responseType) {
      int key = fixedKeyOfKind(response);
      if (key >= 0) {
        return fixed[key * sectionCount + section];
      }
    }
    return score(response, sections[section], false).explainedBy(this, response);
  }

  /** Scores the response again, this time writing the detail of the result. */
  final ItemResult explain(Response response, String section) {
    return score(response, section, true);
  }

  /**
   * {@link #fixedKey}, through a switch on the kind to the final class's method rather than a
   * virtual call. Scoring calls it for most items of a form, of every kind in turn, so the virtual
   * call site would be megamorphic: never inlined, and after a parse has filled the caches, a few
   * nanoseconds an item. Each case is bound statically and can be inlined.
   */
  private int fixedKeyOfKind(Response response) {
    switch (kind) {
      case SINGLE_CHOICE:
        return ((SingleChoiceScorer) this).fixedKey(response);
      case TRUE_FALSE:
        return ((TrueFalseScorer) this).fixedKey(response);
      case MULTIPLE_CHOICE:
        return ((MultipleChoiceScorer) this).fixedKey(response);
      case ORDERING:
        return ((OrderingScorer) this).fixedKey(response);
      case MATCHING:
        return ((MatchingScorer) this).fixedKey(response);
      case HOTSPOT:
        return ((HotspotScorer) this).fixedKey(response);
      case LIKERT:
        return ((LikertScorer) this).fixedKey(response);
      case PRACTICAL_TASK:
        return ((PracticalTaskScorer) this).fixedKey(response);
      default:
        return fixedKey(response);
    }
  }

  /**
   * For kinds with {@link #precompute fixed results}: the key of a response of this item's kind,
   * or -1 when its result must be worked out (an unknown option id, say).
   */
  int fixedKey(Response response) {
    return -1;
  }

  /**
   * Makes the results of the responses {@code canonical} gives for keys 0 to {@code keys - 1}, in
   * every section, once; {@link #score(Response, int)} then returns them for responses of those
   * keys. Called at the end of a kind's constructor, when its own fields are set.
   */
  final void precompute(int keys, java.util.function.IntFunction<Response> canonical) {
    precomputeResults(keys, (k, section) -> score(canonical.apply(k), section, true));
  }

  /**
   * {@link #precompute}, for kinds whose keys have no one canonical response: {@code result} gives
   * the explained result of a key in a section, by the same code that scores a response of that key.
   */
  final void precomputeResults(int keys, java.util.function.BiFunction<Integer, String, ItemResult> result) {
    ItemResult[] table = new ItemResult[keys * sections.length];
    for (int k = 0; k < keys; k++) {
      for (int s = 0; s < sections.length; s++) {
        table[k * sections.length + s] = result.apply(k, sections[s]);
      }
    }
    fixed = table;
  }

  private ItemResult score(Response response, String section, boolean explain) {
    if (response == null) {
      return result(section, ItemStatus.UNANSWERED, 0, "response.none", explain ? "not answered" : null, List.of());
    }
    // Responses are records, hence final classes: the class identifies the kind.
    if (response.getClass() != responseType) {
      return invalid(section, "response.wrong-type", explain ? "expected a " + type + " response but was " + response.type() : null);
    }
    return scoreTyped(response, section, explain);
  }

  /**
   * Scores a response of this item's kind. When {@code explain} is false every detail passed to
   * the helpers below is null and nothing is written; when true each is the English sentence.
   */
  abstract ItemResult scoreTyped(Response response, String section, boolean explain);

  /** Self-reported level of the option chosen, for Likert items; null for others. */
  String selfReportedLevel(Response response) {
    return null;
  }

  final ItemResult invalid(String section, String reason, String detail) {
    return result(section, ItemStatus.INVALID, 0, reason, detail, List.of());
  }

  /** Builds a result whose status follows from the points (correct, partial or incorrect). */
  final ItemResult graded(String section, double points, String reason, String detail, List<String> critical) {
    ItemStatus status = points >= max - EPS ? ItemStatus.CORRECT : points > EPS ? ItemStatus.PARTIAL : ItemStatus.INCORRECT;
    return result(section, status, points, reason, detail, critical);
  }

  final ItemResult result(String section, ItemStatus status, double points, String reason, String detail, List<String> critical) {
    return new ItemResult(id, type, section, status, points, max, reason, detail, critical, selfReported);
  }

  /**
   * Applies the item's rule to a response judged fully correct or not, with a fraction of credit
   * for partial rules and the given mapped-value sum for map rules. {@code partialDetail} is null
   * unless explaining.
   */
  final ItemResult apply(String section, boolean correct, double fraction, String partialDetail, Double mapped, List<String> critical) {
    boolean explain = partialDetail != null;
    if (rule instanceof ScoringRule.PartialCredit p) {
      double f = Math.max(p.effectiveFloor(), Math.min(1.0, fraction));
      return graded(section, f * max, partialReason,
          explain ? partialDetail + " × " + fmt(max) + " points = " + fmt(f * max) : null, critical);
    }
    if (rule instanceof ScoringRule.MapResponse m && mapped != null) {
      double upper = m.upperBound() == null ? max : Math.min(m.upperBound(), max);
      double lower = m.lowerBound() == null ? Double.NEGATIVE_INFINITY : m.lowerBound();
      double v = Math.max(lower, Math.min(upper, mapped));
      return graded(section, v, "map",
          explain ? "mapped sum " + fmt(mapped) + " bounded to [" + fmt(lower) + ", " + fmt(upper) + "] = " + fmt(v) : null,
          critical);
    }
    if (rule instanceof ScoringRule.NegativeMarking n && !correct) {
      double v = Math.max(n.effectiveFloor(), -n.penalty());
      return graded(section, v, "negative.wrong",
          explain ? "wrong: −" + fmt(n.penalty()) + " floored at " + fmt(n.effectiveFloor()) + " = " + fmt(v) : null,
          critical);
    }
    return correct
        ? graded(section, max, "correct", explain ? why(partialDetail) + "fully correct, " + fmt(max) + " points" : null, critical)
        : graded(section, 0, "incorrect", explain ? why(partialDetail) + "not fully correct, 0 points" : null, critical);
  }

  private static String why(String partialDetail) {
    return partialDetail.isEmpty() ? "" : partialDetail + ": ";
  }

  static String fmt(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    if (Math.abs(d) >= 1e-3 && Math.abs(d) < 1e7) {
      // At most four decimals, no trailing zeros, never scientific notation: 0.5, 1.3333, 72.5.
      return Double.toString(Math.round(d * 10_000.0) / 10_000.0);
    }
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    return new java.math.BigDecimal(d).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }


  /**
   * Whether the list holds exactly these ids in this order. Compared through a {@code String[]}
   * rather than {@link List#equals}, whose calls to {@code Object.equals} every list in the JVM
   * shares.
   */
  static boolean sameIds(String[] ids, List<String> list) {
    if (list.size() != ids.length) {
      return false;
    }
    for (int k = 0; k < ids.length; k++) {
      if (!ids[k].equals(list.get(k))) {
        return false;
      }
    }
    return true;
  }

  /** The positions of an item's options by id, for lookups while scoring. */
  static IdIndex index(List<Choice> options) {
    return IdIndex.of(options.stream().map(Choice::id).toList());
  }

  /** Per position of {@link #index}: whether that option is critical. */
  static boolean[] criticalFlags(List<Choice> options, IdIndex index) {
    boolean[] flags = new boolean[options.size()];
    for (Choice c : options) {
      flags[index.get(c.id())] |= c.critical();
    }
    return flags;
  }

  /** QTI map_response: the sum over distinct values of their entry, or the default. */
  static Double mapped(ScoringRule rule, Iterable<String> distinctValues) {
    if (!(rule instanceof ScoringRule.MapResponse m)) {
      return null;
    }
    double def = m.defaultValue() == null ? 0 : m.defaultValue();
    double sum = 0;
    for (String v : distinctValues) {
      Double e = m.entries().get(v);
      sum += e == null ? def : e;
    }
    return sum;
  }

  // ------------------------------------------------------------------ kinds

  static final class SingleChoiceScorer extends ItemScorer {
    private final IdIndex ids;
    private final boolean[] critical;
    private final int correct; // position of the correct option
    private final String correctId;

    SingleChoiceScorer(Item.SingleChoice i, String[] sections) {
      super(i, SINGLE_CHOICE, Response.SingleChoice.class, sections);
      ids = index(i.choices());
      critical = criticalFlags(i.choices(), ids);
      correct = ids.get(i.correct());
      correctId = i.correct();
      precompute(i.choices().size(), k -> new Response.SingleChoice(i.id(), i.choices().get(k).id()));
    }

    @Override
    int fixedKey(Response response) {
      // Most residents choose the right option: compare with it before hashing.
      String choice = ((Response.SingleChoice) response).choice();
      return choice.equals(correctId) ? correct : ids.get(choice);
    }

    @Override
    ItemResult scoreTyped(Response response, String section, boolean explain) {
      String choice = ((Response.SingleChoice) response).choice();
      int k = ids.get(choice);
      if (k == IdIndex.ABSENT) {
        return invalid(section, "response.unknown-choice",
            explain ? "expected a choice id in " + ids.sortedIds() + " but was [" + choice + "]" : null);
      }
      boolean right = k == correct;
      List<String> crit = critical[k] ? List.of(choice) : List.of();
      return apply(section, right, right ? 1 : 0,
          explain ? "chose [" + choice + "]" : null, mapRule ? mapped(rule, List.of(choice)) : null, crit);
    }
  }

  static final class TrueFalseScorer extends ItemScorer {
    private final boolean correct;
    private final boolean criticalIfWrong;

    TrueFalseScorer(Item.TrueFalse i, String[] sections) {
      super(i, TRUE_FALSE, Response.TrueFalse.class, sections);
      correct = i.correct();
      criticalIfWrong = i.criticalIfWrong();
      precompute(2, k -> new Response.TrueFalse(i.id(), k == 1));
    }

    @Override
    int fixedKey(Response response) {
      Boolean value = ((Response.TrueFalse) response).value();
      return value == null ? -1 : value ? 1 : 0;
    }

    @Override
    ItemResult scoreTyped(Response response, String section, boolean explain) {
      boolean value = ((Response.TrueFalse) response).value();
      boolean right = value == correct;
      List<String> crit = !right && criticalIfWrong ? List.of(String.valueOf(value)) : List.of();
      return apply(section, right, right ? 1 : 0,
          explain ? "answered [" + value + "]" : null, mapRule ? mapped(rule, List.of(String.valueOf(value))) : null, crit);
    }
  }

  static final class MultipleChoiceScorer extends ItemScorer {
    private final IdIndex ids; // option id -> position
    private final boolean[] correct; // per position
    private final boolean[] critical; // per position
    private final int correctCount;
    private final Item.MultipleChoice mc;
    private final boolean rightMinusWrong;
    private final String[] optionIds; // by position

    MultipleChoiceScorer(Item.MultipleChoice i, String[] sections) {
      super(i, MULTIPLE_CHOICE, Response.MultipleChoice.class, sections);
      mc = i;
      rightMinusWrong = i.scoring() instanceof ScoringRule.PartialCredit p && p.method() == ScoringRule.PartialMethod.RIGHT_MINUS_WRONG;
      ids = index(i.choices());
      critical = criticalFlags(i.choices(), ids);
      correct = new boolean[i.choices().size()];
      for (String id : i.correct()) {
        correct[ids.get(id)] = true;
      }
      correctCount = Set.copyOf(i.correct()).size();
      optionIds = i.choices().stream().map(Choice::id).toArray(String[]::new);
      if (optionIds.length <= MAX_SHARED_OPTIONS) {
        // Every set of options chosen, as a bit mask of their positions.
        precompute(1 << optionIds.length, mask -> {
          List<String> chosen = new ArrayList<>();
          for (int k = 0; k < optionIds.length; k++) {
            if ((mask & (1 << k)) != 0) {
              chosen.add(optionIds[k]);
            }
          }
          return new Response.MultipleChoice(i.id(), chosen);
        });
      }
    }

    @Override
    int fixedKey(Response response) {
      if (optionIds.length > MAX_SHARED_OPTIONS) {
        return -1;
      }
      int mask = 0;
      for (String c : ((Response.MultipleChoice) response).choices()) {
        int k = ids.get(c);
        if (k == IdIndex.ABSENT) {
          return -1;
        }
        mask |= 1 << k;
      }
      return mask;
    }

    @Override
    ItemResult scoreTyped(Response response, String section, boolean explain) {
      List<String> chosen = ((Response.MultipleChoice) response).choices();
      boolean[] picked = new boolean[correct.length]; // a repeated choice counts once
      for (String c : chosen) {
        int k = ids.get(c);
        if (k == IdIndex.ABSENT) {
          return invalid(section, "response.unknown-choice",
              explain ? "expected choice ids in " + ids.sortedIds() + " but found [" + c + "]" : null);
        }
        picked[k] = true;
      }
      // The options chosen are taken in the item's order, whatever order they were ticked in: the
      // critical ones are listed, and mapped values summed, in that order.
      int selected = 0;
      int right = 0;
      int wrong = 0;
      List<String> crit = List.of();
      List<String> values = mapRule ? new ArrayList<>() : null;
      for (int k = 0; k < picked.length; k++) {
        if (!picked[k]) {
          continue;
        }
        selected++;
        if (correct[k]) {
          right++;
        } else {
          wrong++;
        }
        if (critical[k]) {
          crit = crit.isEmpty() ? new ArrayList<>(2) : crit;
          crit.add(optionIds[k]);
        }
        if (values != null) {
          values.add(optionIds[k]);
        }
      }
      if (selected == 0) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", explain ? "no option selected" : null, List.of());
      }
      if ((mc.maxSelections() != null && selected > mc.maxSelections())
          || (mc.minSelections() != null && selected < mc.minSelections())) {
        return invalid(section, "response.selection-count",
            explain ? "expected between " + (mc.minSelections() == null ? 0 : mc.minSelections()) + " and "
                + (mc.maxSelections() == null ? ids.size() : mc.maxSelections()) + " selections but was " + selected : null);
      }
      boolean exact = wrong == 0 && right == correctCount;
      Double mapped = mapRule ? mapped(rule, values) : null;
      if (rightMinusWrong) {
        return apply(section, exact, (double) (right - wrong) / correctCount,
            explain ? "(" + right + " right − " + wrong + " wrong) / " + correctCount + " correct" : null, mapped, crit);
      }
      int judged = right + (ids.size() - correctCount - wrong);
      return apply(section, exact, (double) judged / ids.size(), explain ? judged + " of " + ids.size() + " options judged right" : null,
          mapped, crit);
    }
  }

  static final class TextEntryScorer extends ItemScorer {
    private final TextMatchPolicy policy;
    private final int maxLength;
    private final Map<String, Parts.AcceptedAnswer> literal; // normalised key -> best answer
    private final List<BoundedPattern> patterns;
    private final List<Parts.AcceptedAnswer> patternAnswers;

    TextEntryScorer(Item.TextEntry i, String[] sections) {
      super(i, TEXT_ENTRY, Response.TextEntry.class, sections);
      policy = i.match();
      maxLength = i.maxLength();
      Map<String, Parts.AcceptedAnswer> lit = new HashMap<>();
      List<BoundedPattern> pats = new ArrayList<>();
      List<Parts.AcceptedAnswer> patAnswers = new ArrayList<>();
      for (Parts.AcceptedAnswer a : i.answers()) {
        if (a.pattern()) {
          pats.add(BoundedPattern.compile(a.value()));
          patAnswers.add(a);
        } else {
          lit.merge(TextNormalizer.normalize(a.value(), policy), a, (x, y) -> x.points() >= y.points() ? x : y);
        }
      }
      literal = Map.copyOf(lit);
      patterns = List.copyOf(pats);
      patternAnswers = List.copyOf(patAnswers);
    }

    @Override
    ItemResult scoreTyped(Response response, String section, boolean explain) {
      String text = ((Response.TextEntry) response).text();
      if (text.length() > maxLength) {
        return invalid(section, "response.too-long",
            explain ? "expected at most " + maxLength + " characters but was " + text.length() : null);
      }
      // Text typed exactly as an accepted answer's normal form (the usual right answer) is its own
      // normal form, normalising being idempotent: the normaliser is skipped.
      Parts.AcceptedAnswer typed = literal.get(text);
      String norm = typed != null ? text : TextNormalizer.normalize(text, policy);
      if (norm.isBlank()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", explain ? "blank answer" : null, List.of());
      }
      Parts.AcceptedAnswer best = typed != null ? typed : literal.get(norm);
      boolean limited = false;
      for (int k = 0; k < patterns.size(); k++) {
        Parts.AcceptedAnswer a = patternAnswers.get(k);
        if (best != null && best.points() >= a.points()) {
          continue;
        }
        BoundedPattern.Result r = patterns.get(k).matchesFully(norm);
        if (r == BoundedPattern.Result.MATCH) {
          best = a;
        } else if (r == BoundedPattern.Result.LIMIT_EXCEEDED) {
          limited = true;
        }
      }
      if (best == null && limited) {
        return invalid(section, "response.pattern-limit",
            explain ? "the answer could not be checked against a pattern within the engine's limits" : null);
      }
      if (best == null) {
        return apply(section, false, 0, explain ? "no accepted answer matched" : null, mapRule ? mapped(rule, List.of()) : null, List.of());
      }
      double points = Math.min(best.points(), max);
      if (mapRule) {
        return apply(section, points >= max, 0, explain ? "" : null, mapped(rule, List.of(best.value())), List.of());
      }
      if (points >= max) {
        return apply(section, true, 1, explain ? "matched [" + best.value() + "]" : null, null, List.of());
      }
      return graded(section, points, "text.partial-answer",
          explain ? "matched [" + best.value() + "] worth " + fmt(points) + " points" : null, List.of());
    }
  }

  static final class NumericScorer extends ItemScorer {
    private final double value;
    private final double tolerance;

    NumericScorer(Item.Numeric i, String[] sections) {
      super(i, NUMERIC, Response.Numeric.class, sections);
      value = i.value();
      Parts.Tolerance t = i.tolerance();
      tolerance = t == null ? 0 : t.mode() == Parts.ToleranceMode.ABSOLUTE ? t.amount() : t.amount() * Math.abs(i.value());
    }

    @Override
    ItemResult scoreTyped(Response response, String section, boolean explain) {
      String text = ((Response.Numeric) response).text();
      if (text.isBlank()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", explain ? "blank answer" : null, List.of());
      }
      NumberParser.Result r = NumberParser.read(text);
      if (!r.isNumber()) {
        return invalid(section, "response.not-a-number", explain ? "expected a number but was [" + text + "]: " + r.problem() : null);
      }
      double x = r.value().getAsDouble();
      boolean right = Math.abs(x - value) <= tolerance + 1e-12 * Math.max(1, Math.abs(value));
      double read = x;
      String note = "";
      if (!right && r.ambiguous()) {
        // "1.500" may mean 1500 to a Vietnamese writer: accept that reading too (docs/scoring.md).
        OptionalDouble grouped = NumberParser.parse(text.replace(".", "").replace(",", ""));
        if (grouped.isPresent() && Math.abs(grouped.getAsDouble() - value) <= tolerance) {
          right = true;
          read = grouped.getAsDouble();
          note = " (thousands separator)";
        }
      }
      return apply(section, right, right ? 1 : 0,
          explain ? "read [" + text + "] as " + fmt(read) + note + " against " + fmt(value) + " ± " + fmt(tolerance) : null,
          null, List.of());
    }
  }

  static final class OrderingScorer extends ItemScorer {
    private final List<String> correctOrder;
    private final String[] correctSteps; // correctOrder, for a comparison with String.equals bound statically
    private final IdIndex rank; // step id -> position in the correct order
    private final boolean adjacentPairs;

    OrderingScorer(Item.Ordering i, String[] sections) {
      super(i, ORDERING, Response.Ordering.class, sections);
      adjacentPairs = i.scoring() instanceof ScoringRule.PartialCredit p && p.method() == ScoringRule.PartialMethod.ADJACENT_PAIRS;
      correctOrder = i.correctOrder();
      correctSteps = correctOrder.toArray(String[]::new);
      rank = IdIndex.of(correctOrder);
      precompute(1, k -> new Response.Ordering(i.id(), correctOrder));
    }

    @Override
    int fixedKey(Response response) {
      // The steps in the right order, as most residents give them: key 0.
      return sameIds(correctSteps, ((Response.Ordering) response).order()) ? 0 : -1;
    }

    @Override
    ItemResult scoreTyped(Response response, String section, boolean explain) {
      List<String> order = ((Response.Ordering) response).order();
      int n = correctOrder.size();
      // given[k] = the correct-order rank of the step the resident put in place k
      int[] given = new int[n];
      boolean[] seen = new boolean[n];
      boolean permutation = order.size() == n;
      for (int k = 0; permutation && k < n; k++) {
        int r = rank.get(order.get(k), k); // most residents put most steps in their place
        if (r == IdIndex.ABSENT || seen[r]) {
          permutation = false;
        } else {
          seen[r] = true;
          given[k] = r;
        }
      }
      if (!permutation) {
        return invalid(section, "response.not-a-permutation",
            explain ? "expected each of " + rank.sortedIds() + " once but was " + order : null);
      }
      int same = 0;
      int pairs = 0;
      for (int k = 0; k < n; k++) {
        if (given[k] == k) {
          same++;
        }
        if (k + 1 < n && given[k] + 1 == given[k + 1]) {
          pairs++;
        }
      }
      boolean exact = same == n;
      if (adjacentPairs) {
        int m = Math.max(1, n - 1);
        return apply(section, exact, (double) pairs / m, explain ? pairs + " of " + m + " adjacent pairs in order" : null, null, List.of());
      }
      return apply(section, exact, (double) same / n, explain ? same + " of " + n + " steps in their place" : null, null, List.of());
    }
  }

  static final class MatchingScorer extends ItemScorer {
    private final IdIndex leftIndex;
    private final IdIndex rightIndex;
    private final int[] key; // left index -> right index of the correct pair, or -1
    private final int pairsInKey;
    private final String[] keyLeft; // the key's pairs, in the key's order
    private final String[] keyRight;

    MatchingScorer(Item.Matching i, String[] sections) {
      super(i, MATCHING, Response.Matching.class, sections);
      leftIndex = index(i.left());
      rightIndex = index(i.right());
      key = new int[i.left().size()];
      java.util.Arrays.fill(key, -1);
      for (Parts.Pair p : i.pairs()) {
        key[leftIndex.get(p.left())] = rightIndex.get(p.right());
      }
      pairsInKey = i.pairs().size();
      List<Parts.Pair> correctPairs = i.pairs();
      keyLeft = correctPairs.stream().map(Parts.Pair::left).toArray(String[]::new);
      keyRight = correctPairs.stream().map(Parts.Pair::right).toArray(String[]::new);
      precompute(1, k -> new Response.Matching(i.id(), correctPairs));
    }

    @Override
    int fixedKey(Response response) {
      // The key's pairs in the key's order: key 0.
      List<Parts.Pair> pairs = ((Response.Matching) response).pairs();
      if (pairs.size() != keyLeft.length) {
        return -1;
      }
      for (int k = 0; k < keyLeft.length; k++) {
        Parts.Pair p = pairs.get(k);
        if (!keyLeft[k].equals(p.left()) || !keyRight[k].equals(p.right())) {
          return -1;
        }
      }
      return 0;
    }

    @Override
    ItemResult scoreTyped(Response response, String section, boolean explain) {
      List<Parts.Pair> pairs = ((Response.Matching) response).pairs();
      if (pairs.isEmpty()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", explain ? "no pair made" : null, List.of());
      }
      boolean[] used = new boolean[key.length];
      int right = 0;
      for (int k = 0; k < pairs.size(); k++) {
        Parts.Pair p = pairs.get(k);
        // Guesses: pairs come in the order of the left options, and most are right.
        int l = leftIndex.get(p.left(), k);
        int r = rightIndex.get(p.right(), l < 0 ? -1 : key[l]);
        if (l == IdIndex.ABSENT || r == IdIndex.ABSENT) {
          return invalid(section, "response.unknown-choice", explain ? "expected pairs of " + leftIndex.sortedIds() + " and "
              + rightIndex.sortedIds() + " but found [" + p.left() + ", " + p.right() + "]" : null);
        }
        if (used[l]) {
          return invalid(section, "response.duplicate-pair", explain ? "left option [" + p.left() + "] is paired more than once" : null);
        }
        used[l] = true;
        if (key[l] == r) {
          right++;
        }
      }
      boolean exact = right == pairsInKey && pairs.size() == pairsInKey;
      Double mapped = null;
      if (mapRule) {
        List<String> made = new ArrayList<>(pairs.size());
        for (Parts.Pair p : pairs) {
          made.add(p.left() + "-" + p.right());
        }
        mapped = mapped(rule, made);
      }
      return apply(section, exact, (double) right / pairsInKey,
          explain ? right + " of " + pairsInKey + " pairs right" : null, mapped, List.of());
    }
  }

  static final class HotspotScorer extends ItemScorer {
    private final Geometry geometry;
    private final String[] regionIds;
    private final boolean[] correct; // per region
    private final boolean[] critical; // per region
    private final int correctCount;
    private final int maxTaps;

    HotspotScorer(Item.Hotspot i, String[] sections) {
      super(i, HOTSPOT, Response.Hotspot.class, sections);
      List<Parts.Region> regions = i.regions();
      geometry = Geometry.of(regions);
      regionIds = new String[regions.size()];
      correct = new boolean[regions.size()];
      critical = new boolean[regions.size()];
      int c = 0;
      for (int r = 0; r < regions.size(); r++) {
        regionIds[r] = regions.get(r).id();
        correct[r] = regions.get(r).correct();
        critical[r] = regions.get(r).critical();
        c += correct[r] ? 1 : 0;
      }
      correctCount = c;
      maxTaps = i.maxTaps();
      // One tap, the usual answer: key 0 for a tap outside every region, 1 + r for one in region r.
      precomputeResults(regions.size() + 1, (key, section) -> {
        boolean[] hit = new boolean[regionIds.length];
        if (key > 0) {
          hit[key - 1] = true;
        }
        return outcome(hit, key == 0, key > 0 && critical[key - 1] ? List.of(regionIds[key - 1]) : List.of(), section, true);
      });
    }

    @Override
    int fixedKey(Response response) {
      List<Parts.Point> taps = ((Response.Hotspot) response).taps();
      if (taps.size() != 1) {
        return -1;
      }
      return 1 + geometry.regionIndexAt(taps.get(0).x(), taps.get(0).y());
    }

    @Override
    ItemResult scoreTyped(Response response, String section, boolean explain) {
      List<Parts.Point> taps = ((Response.Hotspot) response).taps();
      if (taps.isEmpty()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", explain ? "no tap" : null, List.of());
      }
      if (taps.size() > maxTaps) {
        return invalid(section, "response.too-many-taps", explain ? "expected at most " + maxTaps + " taps but was " + taps.size() : null);
      }
      boolean[] hit = new boolean[regionIds.length];
      boolean strayOutside = false;
      List<String> crit = List.of();
      for (Parts.Point p : taps) {
        int r = geometry.regionIndexAt(p.x(), p.y());
        if (r < 0) {
          strayOutside = true;
          continue;
        }
        if (critical[r] && !hit[r]) {
          crit = crit.isEmpty() ? new ArrayList<>(2) : crit;
          crit.add(regionIds[r]);
        }
        hit[r] = true;
      }
      return outcome(hit, strayOutside, crit, section, explain);
    }

    /** The result of taps that hit these regions, and also missed every region if {@code strayOutside}. */
    private ItemResult outcome(boolean[] hit, boolean strayOutside, List<String> crit, String section, boolean explain) {
      boolean stray = strayOutside;
      int correctHit = 0;
      for (int r = 0; r < hit.length; r++) {
        if (hit[r]) {
          if (correct[r]) {
            correctHit++;
          } else {
            stray = true;
          }
        }
      }
      boolean exact = !stray && correctHit == correctCount;
      Double mapped = null;
      if (mapRule) {
        List<String> values = new ArrayList<>();
        for (int r = 0; r < hit.length; r++) {
          if (hit[r]) {
            values.add(regionIds[r]);
          }
        }
        if (strayOutside) {
          values.add("");
        }
        mapped = mapped(rule, values);
      }
      return apply(section, exact, (double) correctHit / correctCount,
          explain ? correctHit + " of " + correctCount + " correct regions tapped" : null, mapped, crit);
    }
  }

  static final class LikertScorer extends ItemScorer {
    private final IdIndex ids; // option id -> position
    private final List<Parts.LikertOption> options;
    private final double best;

    LikertScorer(Item.Likert i, String[] sections) {
      super(i, LIKERT, Response.Likert.class, sections);
      options = i.options();
      ids = IdIndex.of(options.stream().map(Parts.LikertOption::id).toList());
      double b = 0;
      for (Parts.LikertOption o : options) {
        b = Math.max(b, o.points());
      }
      best = b;
      precompute(options.size(), k -> new Response.Likert(i.id(), options.get(k).id()));
    }

    @Override
    int fixedKey(Response response) {
      return ids.get(((Response.Likert) response).option());
    }

    @Override
    ItemResult scoreTyped(Response response, String section, boolean explain) {
      String id = ((Response.Likert) response).option();
      int k = ids.get(id);
      if (k == IdIndex.ABSENT) {
        return invalid(section, "response.unknown-choice",
            explain ? "expected an option id in " + ids.sortedIds() + " but was [" + id + "]" : null);
      }
      Parts.LikertOption o = options.get(k);
      double points = best == 0 ? 0 : o.points() / best * max;
      return result(section, ItemStatus.REPORTED, points, "self-reported",
          explain ? "reported [" + id + "]" + (o.level() == null ? "" : " at level " + o.level()) : null, List.of());
    }

    @Override
    String selfReportedLevel(Response response) {
      int k = ids.get(((Response.Likert) response).option());
      return k == IdIndex.ABSENT ? null : options.get(k).level();
    }
  }

  static final class PracticalTaskScorer extends ItemScorer {
    // Per checklist step, unboxed: its points, whether it is required, the value it expects (or null).
    private final double[] stepPoints;
    private final boolean[] stepRequired;
    private final String[] stepExpected;
    private final String[] stepIds;
    private final List<Parts.ForbiddenStep> forbidden;
    private final IdIndex stepIndex; // checklist steps 0..n-1, forbidden steps n..n+m-1
    private final int[][] order; // pairs of step indexes: before, after
    private final double stepTotal;

    PracticalTaskScorer(Item.PracticalTask i, String[] sections) {
      super(i, PRACTICAL_TASK, Response.PracticalTask.class, sections);
      List<Parts.TaskStep> steps = i.steps();
      forbidden = i.forbidden();
      stepPoints = new double[steps.size()];
      stepRequired = new boolean[steps.size()];
      stepExpected = new String[steps.size()];
      List<String> ids = new ArrayList<>();
      double total = 0;
      for (int k = 0; k < steps.size(); k++) {
        Parts.TaskStep step = steps.get(k);
        ids.add(step.id());
        stepPoints[k] = step.points();
        stepRequired[k] = step.required();
        stepExpected[k] = step.expectedValue();
        total += step.points();
      }
      for (Parts.ForbiddenStep step : forbidden) {
        ids.add(step.id());
      }
      stepIds = ids.subList(0, steps.size()).toArray(String[]::new);
      stepIndex = IdIndex.of(ids);
      order = new int[i.order().size()][];
      for (int k = 0; k < order.length; k++) {
        Parts.OrderConstraint oc = i.order().get(k);
        order[k] = new int[] {stepIndex.get(oc.before()), stepIndex.get(oc.after())};
      }
      stepTotal = total;
      // The checklist followed step by step, each expected value entered: key 0.
      List<Response.LoggedStep> followed = new ArrayList<>();
      for (int k = 0; k < steps.size(); k++) {
        followed.add(new Response.LoggedStep(stepIds[k], stepExpected[k], null));
      }
      precompute(1, k -> new Response.PracticalTask(i.id(), followed, Response.StepSource.SIMULATOR, null));
    }

    @Override
    int fixedKey(Response response) {
      // Scoring reads the log's steps, the values of steps that expect one, and whether an
      // assessor's log names the observer; nothing else (times, other values) changes the result.
      Response.PracticalTask r = (Response.PracticalTask) response;
      List<Response.LoggedStep> log = r.log();
      if (log.size() != stepIds.length || (r.source() == Response.StepSource.ASSESSOR && (r.observer() == null || r.observer().isBlank()))) {
        return -1;
      }
      for (int k = 0; k < stepIds.length; k++) {
        Response.LoggedStep ls = log.get(k);
        if (!stepIds[k].equals(ls.step()) || (stepExpected[k] != null && !stepExpected[k].equals(ls.value()))) {
          return -1;
        }
      }
      return 0;
    }

    @Override
    ItemResult scoreTyped(Response response, String section, boolean explain) {
      Response.PracticalTask r = (Response.PracticalTask) response;
      if (r.source() == Response.StepSource.ASSESSOR && (r.observer() == null || r.observer().isBlank())) {
        return invalid(section, "response.missing-observer", explain ? "a log ticked by an assessor must name the observer's id" : null);
      }
      if (r.log().isEmpty()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", explain ? "empty step log" : null, List.of());
      }
      int n = stepPoints.length;
      int[] first = new int[n + forbidden.size()];
      java.util.Arrays.fill(first, -1);
      String[] firstValue = new String[n];
      int next = 0;
      for (int k = 0; k < r.log().size(); k++) {
        Response.LoggedStep ls = r.log().get(k);
        int s = stepIndex.get(ls.step(), next); // logs usually follow the checklist
        if (s == IdIndex.ABSENT) {
          return invalid(section, "response.unknown-step", explain ? "expected a step id in "
              + stepIndex.sortedIds() + " but was [" + ls.step() + "]" : null);
        }
        next = s + 1;
        if (first[s] < 0) {
          first[s] = k;
          if (s < n) {
            firstValue[s] = ls.value();
          }
        }
      }
      List<String> crit = List.of();
      List<String> forbiddenTaken = List.of();
      for (int f = 0; f < forbidden.size(); f++) {
        if (first[n + f] >= 0) {
          forbiddenTaken = forbiddenTaken.isEmpty() ? new ArrayList<>() : forbiddenTaken;
          forbiddenTaken.add(forbidden.get(f).id());
          if (forbidden.get(f).critical()) {
            crit = crit.isEmpty() ? new ArrayList<>() : crit;
            crit.add(forbidden.get(f).id());
          }
        }
      }
      boolean[] done = new boolean[n];
      for (int k = 0; k < n; k++) {
        String expected = stepExpected[k];
        done[k] = first[k] >= 0 && (expected == null || expected.equals(firstValue[k]));
      }
      // A step whose order constraint is broken does not count.
      for (int[] oc : order) {
        if (oc[1] >= 0 && oc[1] < n && first[oc[1]] >= 0 && (oc[0] < 0 || first[oc[0]] < 0 || first[oc[0]] > first[oc[1]])) {
          done[oc[1]] = false;
        }
      }
      double earned = 0;
      boolean requiredDone = true;
      boolean allDone = true;
      for (int k = 0; k < n; k++) {
        if (done[k]) {
          earned += stepPoints[k];
        } else {
          allDone = false;
          if (stepRequired[k]) {
            requiredDone = false;
          }
        }
      }
      if (!forbiddenTaken.isEmpty()) {
        return graded(section, 0, "task.forbidden-step", explain ? "took forbidden step(s) " + forbiddenTaken + ": 0 points" : null, crit);
      }
      boolean exact = requiredDone && allDone;
      double fraction = stepTotal == 0 ? (requiredDone ? 1 : 0) : earned / stepTotal;
      return apply(section, exact, fraction, explain ? fmt(earned) + " of " + fmt(stepTotal) + " step points" : null, null, crit);
    }
  }
}
