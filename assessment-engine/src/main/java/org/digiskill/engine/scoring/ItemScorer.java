package org.digiskill.engine.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
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

  final Item item;
  final double max;
  private final String partialReason;

  ItemScorer(Item item) {
    this.item = item;
    this.max = item.points();
    this.partialReason = item.scoring() instanceof ScoringRule.PartialCredit p ? "partial." + p.method().jsonName() : null;
  }

  /** Compiles the scorer for an item; every permitted kind of {@link Item} is handled here. */
  static ItemScorer of(Item item) {
    if (item instanceof Item.SingleChoice i) {
      return new SingleChoiceScorer(i);
    } else if (item instanceof Item.TrueFalse i) {
      return new TrueFalseScorer(i);
    } else if (item instanceof Item.MultipleChoice i) {
      return new MultipleChoiceScorer(i);
    } else if (item instanceof Item.TextEntry i) {
      return new TextEntryScorer(i);
    } else if (item instanceof Item.Numeric i) {
      return new NumericScorer(i);
    } else if (item instanceof Item.Ordering i) {
      return new OrderingScorer(i);
    } else if (item instanceof Item.Matching i) {
      return new MatchingScorer(i);
    } else if (item instanceof Item.Hotspot i) {
      return new HotspotScorer(i);
    } else if (item instanceof Item.Likert i) {
      return new LikertScorer(i);
    } else if (item instanceof Item.PracticalTask i) {
      return new PracticalTaskScorer(i);
    }
    throw new IllegalArgumentException("no scorer for item kind " + item.getClass().getName());
  }

  /** Scores a response to this item, or its absence (null) as unanswered. */
  final ItemResult score(Response response, String section) {
    if (response == null) {
      return result(section, ItemStatus.UNANSWERED, 0, "response.none", () -> "not answered", List.of());
    }
    if (!response.type().equals(item.type())) {
      return invalid(section, "response.wrong-type", () -> "expected a " + item.type() + " response but was " + response.type());
    }
    return scoreTyped(response, section);
  }

  abstract ItemResult scoreTyped(Response response, String section);

  /** Self-reported level of the option chosen, for Likert items; null for others. */
  String selfReportedLevel(Response response) {
    return null;
  }

  final ItemResult invalid(String section, String reason, Supplier<String> detail) {
    return result(section, ItemStatus.INVALID, 0, reason, detail, List.of());
  }

  /** Builds a result whose status follows from the points (correct, partial or incorrect). */
  final ItemResult graded(String section, double points, String reason, Supplier<String> detail, List<String> critical) {
    ItemStatus status = points >= max - EPS ? ItemStatus.CORRECT : points > EPS ? ItemStatus.PARTIAL : ItemStatus.INCORRECT;
    return result(section, status, points, reason, detail, critical);
  }

  final ItemResult result(String section, ItemStatus status, double points, String reason, Supplier<String> detail, List<String> critical) {
    return new ItemResult(item.id(), item.type(), section, status, points, max, reason, detail, critical, item.selfReported());
  }

  /**
   * Applies the item's rule to a response judged fully correct or not, with a fraction of credit
   * for partial rules and the given mapped-value sum for map rules.
   */
  final ItemResult apply(String section, boolean correct, double fraction, Supplier<String> partialDetail, Double mapped, List<String> critical) {
    ScoringRule rule = item.scoring();
    if (rule instanceof ScoringRule.PartialCredit p) {
      double f = Math.max(p.effectiveFloor(), Math.min(1.0, fraction));
      return graded(section, f * max, partialReason, () -> partialDetail.get() + " × " + fmt(max) + " points = " + fmt(f * max), critical);
    }
    if (rule instanceof ScoringRule.MapResponse m && mapped != null) {
      double upper = m.upperBound() == null ? max : Math.min(m.upperBound(), max);
      double lower = m.lowerBound() == null ? Double.NEGATIVE_INFINITY : m.lowerBound();
      double v = Math.max(lower, Math.min(upper, mapped));
      return graded(section, v, "map", () -> "mapped sum " + fmt(mapped) + " bounded to [" + fmt(lower) + ", " + fmt(upper) + "] = " + fmt(v), critical);
    }
    if (rule instanceof ScoringRule.NegativeMarking n && !correct) {
      double v = Math.max(n.effectiveFloor(), -n.penalty());
      return graded(section, v, "negative.wrong", () -> "wrong: −" + fmt(n.penalty()) + " floored at " + fmt(n.effectiveFloor()) + " = " + fmt(v), critical);
    }
    return correct
        ? graded(section, max, "correct", () -> why(partialDetail) + "fully correct, " + fmt(max) + " points", critical)
        : graded(section, 0, "incorrect", () -> why(partialDetail) + "not fully correct, 0 points", critical);
  }

  private static String why(Supplier<String> partialDetail) {
    String d = partialDetail == null ? "" : partialDetail.get();
    return d.isEmpty() ? "" : d + ": ";
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


  static Set<String> ids(List<Choice> choices) {
    Set<String> s = new HashSet<>();
    for (Choice c : choices) {
      s.add(c.id());
    }
    return Set.copyOf(s);
  }

  static Set<String> critical(List<Choice> choices) {
    Set<String> s = new HashSet<>();
    for (Choice c : choices) {
      if (c.critical()) {
        s.add(c.id());
      }
    }
    return Set.copyOf(s);
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
    private final Set<String> ids;
    private final Set<String> critical;
    private final String correct;

    SingleChoiceScorer(Item.SingleChoice i) {
      super(i);
      ids = ids(i.choices());
      critical = critical(i.choices());
      correct = i.correct();
    }

    @Override
    ItemResult scoreTyped(Response response, String section) {
      String choice = ((Response.SingleChoice) response).choice();
      if (!ids.contains(choice)) {
        return invalid(section, "response.unknown-choice", () -> "expected a choice id in " + new java.util.TreeSet<>(ids) + " but was [" + choice + "]");
      }
      List<String> crit = critical.contains(choice) ? List.of(choice) : List.of();
      return apply(section, correct.equals(choice), correct.equals(choice) ? 1 : 0, () -> "chose [" + choice + "]", mapped(item.scoring(), List.of(choice)), crit);
    }
  }

  static final class TrueFalseScorer extends ItemScorer {
    private final boolean correct;
    private final boolean criticalIfWrong;

    TrueFalseScorer(Item.TrueFalse i) {
      super(i);
      correct = i.correct();
      criticalIfWrong = i.criticalIfWrong();
    }

    @Override
    ItemResult scoreTyped(Response response, String section) {
      boolean value = ((Response.TrueFalse) response).value();
      boolean right = value == correct;
      List<String> crit = !right && criticalIfWrong ? List.of(String.valueOf(value)) : List.of();
      return apply(section, right, right ? 1 : 0, () -> "answered [" + value + "]", mapped(item.scoring(), List.of(String.valueOf(value))), crit);
    }
  }

  static final class MultipleChoiceScorer extends ItemScorer {
    private final Set<String> ids;
    private final Set<String> critical;
    private final Set<String> correct;
    private final Item.MultipleChoice mc;
    private final boolean rightMinusWrong;

    MultipleChoiceScorer(Item.MultipleChoice i) {
      super(i);
      mc = i;
      rightMinusWrong = i.scoring() instanceof ScoringRule.PartialCredit p && p.method() == ScoringRule.PartialMethod.RIGHT_MINUS_WRONG;
      ids = ids(i.choices());
      critical = critical(i.choices());
      correct = Set.copyOf(i.correct());
    }

    @Override
    ItemResult scoreTyped(Response response, String section) {
      List<String> chosen = ((Response.MultipleChoice) response).choices();
      Set<String> selected = new java.util.LinkedHashSet<>();
      for (String c : chosen) {
        if (!ids.contains(c)) {
          return invalid(section, "response.unknown-choice", () -> "expected choice ids in " + new java.util.TreeSet<>(ids) + " but found [" + c + "]");
        }
        selected.add(c);
      }
      if (selected.isEmpty()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", () -> "no option selected", List.of());
      }
      if ((mc.maxSelections() != null && selected.size() > mc.maxSelections())
          || (mc.minSelections() != null && selected.size() < mc.minSelections())) {
        return invalid(section, "response.selection-count",
            () -> "expected between " + (mc.minSelections() == null ? 0 : mc.minSelections()) + " and "
                + (mc.maxSelections() == null ? ids.size() : mc.maxSelections()) + " selections but was " + selected.size());
      }
      int right = 0;
      int wrong = 0;
      List<String> crit = new ArrayList<>();
      for (String c : selected) {
        if (correct.contains(c)) {
          right++;
        } else {
          wrong++;
        }
        if (critical.contains(c)) {
          crit.add(c);
        }
      }
      boolean exact = wrong == 0 && right == correct.size();
      int r = right;
      int w = wrong;
      if (rightMinusWrong) {
        return apply(section, exact, (double) (right - wrong) / correct.size(),
            () -> "(" + r + " right − " + w + " wrong) / " + correct.size() + " correct", mapped(item.scoring(), selected), crit);
      }
      int judged = right + (ids.size() - correct.size() - wrong);
      return apply(section, exact, (double) judged / ids.size(), () -> judged + " of " + ids.size() + " options judged right",
          mapped(item.scoring(), selected), crit);
    }
  }

  static final class TextEntryScorer extends ItemScorer {
    private final TextMatchPolicy policy;
    private final int maxLength;
    private final Map<String, Parts.AcceptedAnswer> literal; // normalised key -> best answer
    private final List<BoundedPattern> patterns;
    private final List<Parts.AcceptedAnswer> patternAnswers;

    TextEntryScorer(Item.TextEntry i) {
      super(i);
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
    ItemResult scoreTyped(Response response, String section) {
      String text = ((Response.TextEntry) response).text();
      if (text.length() > maxLength) {
        return invalid(section, "response.too-long", () -> "expected at most " + maxLength + " characters but was " + text.length());
      }
      String norm = TextNormalizer.normalize(text, policy);
      if (norm.isBlank()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", () -> "blank answer", List.of());
      }
      Parts.AcceptedAnswer best = literal.get(norm);
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
        return invalid(section, "response.pattern-limit", () -> "the answer could not be checked against a pattern within the engine's limits");
      }
      if (best == null) {
        return apply(section, false, 0, () -> "no accepted answer matched", mapped(item.scoring(), List.of()), List.of());
      }
      double points = Math.min(best.points(), max);
      Parts.AcceptedAnswer answer = best;
      if (item.scoring() instanceof ScoringRule.MapResponse) {
        return apply(section, points >= max, 0, () -> "", mapped(item.scoring(), List.of(answer.value())), List.of());
      }
      if (points >= max) {
        return apply(section, true, 1, () -> "matched [" + answer.value() + "]", null, List.of());
      }
      return graded(section, points, "text.partial-answer", () -> "matched [" + answer.value() + "] worth " + fmt(points) + " points", List.of());
    }
  }

  static final class NumericScorer extends ItemScorer {
    private final double value;
    private final double tolerance;

    NumericScorer(Item.Numeric i) {
      super(i);
      value = i.value();
      Parts.Tolerance t = i.tolerance();
      tolerance = t == null ? 0 : t.mode() == Parts.ToleranceMode.ABSOLUTE ? t.amount() : t.amount() * Math.abs(i.value());
    }

    @Override
    ItemResult scoreTyped(Response response, String section) {
      String text = ((Response.Numeric) response).text();
      if (text.isBlank()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", () -> "blank answer", List.of());
      }
      NumberParser.Result r = NumberParser.read(text);
      if (!r.isNumber()) {
        return invalid(section, "response.not-a-number", () -> "expected a number but was [" + text + "]: " + r.problem());
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
      double shownValue = read;
      String shownNote = note;
      return apply(section, right, right ? 1 : 0,
          () -> "read [" + text + "] as " + fmt(shownValue) + shownNote + " against " + fmt(value) + " ± " + fmt(tolerance), null, List.of());
    }
  }

  static final class OrderingScorer extends ItemScorer {
    private final List<String> correctOrder;
    private final Map<String, Integer> rank; // step id -> position in the correct order
    private final boolean adjacentPairs;

    OrderingScorer(Item.Ordering i) {
      super(i);
      adjacentPairs = i.scoring() instanceof ScoringRule.PartialCredit p && p.method() == ScoringRule.PartialMethod.ADJACENT_PAIRS;
      correctOrder = i.correctOrder();
      Map<String, Integer> r = new HashMap<>();
      for (int k = 0; k < correctOrder.size(); k++) {
        r.put(correctOrder.get(k), k);
      }
      rank = r;
    }

    @Override
    ItemResult scoreTyped(Response response, String section) {
      List<String> order = ((Response.Ordering) response).order();
      int n = correctOrder.size();
      // given[k] = the correct-order rank of the step the resident put in place k
      int[] given = new int[n];
      boolean[] seen = new boolean[n];
      boolean permutation = order.size() == n;
      for (int k = 0; permutation && k < n; k++) {
        Integer r = rank.get(order.get(k));
        if (r == null || seen[r]) {
          permutation = false;
        } else {
          seen[r] = true;
          given[k] = r;
        }
      }
      if (!permutation) {
        return invalid(section, "response.not-a-permutation",
            () -> "expected each of " + new java.util.TreeSet<>(rank.keySet()) + " once but was " + order);
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
        int p = pairs;
        return apply(section, exact, (double) pairs / m, () -> p + " of " + m + " adjacent pairs in order", null, List.of());
      }
      int s = same;
      return apply(section, exact, (double) same / n, () -> s + " of " + n + " steps in their place", null, List.of());
    }
  }

  static final class MatchingScorer extends ItemScorer {
    private final Map<String, Integer> leftIndex;
    private final Map<String, Integer> rightIndex;
    private final int[] key; // left index -> right index of the correct pair, or -1
    private final int pairsInKey;
    private final boolean mapRule;

    MatchingScorer(Item.Matching i) {
      super(i);
      leftIndex = index(i.left());
      rightIndex = index(i.right());
      key = new int[i.left().size()];
      java.util.Arrays.fill(key, -1);
      for (Parts.Pair p : i.pairs()) {
        key[leftIndex.get(p.left())] = rightIndex.get(p.right());
      }
      pairsInKey = i.pairs().size();
      mapRule = i.scoring() instanceof ScoringRule.MapResponse;
    }

    @Override
    ItemResult scoreTyped(Response response, String section) {
      List<Parts.Pair> pairs = ((Response.Matching) response).pairs();
      if (pairs.isEmpty()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", () -> "no pair made", List.of());
      }
      boolean[] used = new boolean[key.length];
      int right = 0;
      for (Parts.Pair p : pairs) {
        Integer l = leftIndex.get(p.left());
        Integer r = rightIndex.get(p.right());
        if (l == null || r == null) {
          return invalid(section, "response.unknown-choice", () -> "expected pairs of " + new java.util.TreeSet<>(leftIndex.keySet()) + " and "
              + new java.util.TreeSet<>(rightIndex.keySet()) + " but found [" + p.left() + ", " + p.right() + "]");
        }
        if (used[l]) {
          return invalid(section, "response.duplicate-pair", () -> "left option [" + p.left() + "] is paired more than once");
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
        mapped = mapped(item.scoring(), made);
      }
      int correctPairs = right;
      return apply(section, exact, (double) right / pairsInKey, () -> correctPairs + " of " + pairsInKey + " pairs right", mapped, List.of());
    }
  }

  static Map<String, Integer> index(List<Choice> options) {
    Map<String, Integer> m = new HashMap<>();
    for (int k = 0; k < options.size(); k++) {
      m.putIfAbsent(options.get(k).id(), k);
    }
    return m;
  }

  static final class HotspotScorer extends ItemScorer {
    private final List<Parts.Region> regions;
    private final int correctCount;
    private final int maxTaps;
    private final boolean mapRule;

    HotspotScorer(Item.Hotspot i) {
      super(i);
      regions = i.regions();
      int c = 0;
      for (Parts.Region r : i.regions()) {
        if (r.correct()) {
          c++;
        }
      }
      correctCount = c;
      maxTaps = i.maxTaps();
      mapRule = i.scoring() instanceof ScoringRule.MapResponse;
    }

    @Override
    ItemResult scoreTyped(Response response, String section) {
      List<Parts.Point> taps = ((Response.Hotspot) response).taps();
      if (taps.isEmpty()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", () -> "no tap", List.of());
      }
      if (taps.size() > maxTaps) {
        return invalid(section, "response.too-many-taps", () -> "expected at most " + maxTaps + " taps but was " + taps.size());
      }
      boolean[] hit = new boolean[regions.size()];
      boolean stray = false;
      boolean strayOutside = false;
      List<String> crit = List.of();
      for (Parts.Point p : taps) {
        int r = Geometry.regionIndexAt(regions, p.x(), p.y());
        if (r < 0) {
          stray = true;
          strayOutside = true;
          continue;
        }
        Parts.Region region = regions.get(r);
        if (region.critical() && !hit[r]) {
          crit = crit.isEmpty() ? new ArrayList<>(2) : crit;
          crit.add(region.id());
        }
        hit[r] = true;
        if (!region.correct()) {
          stray = true;
        }
      }
      int correctHit = 0;
      for (int r = 0; r < hit.length; r++) {
        if (hit[r] && regions.get(r).correct()) {
          correctHit++;
        }
      }
      boolean exact = !stray && correctHit == correctCount;
      Double mapped = null;
      if (mapRule) {
        List<String> values = new ArrayList<>();
        for (int r = 0; r < hit.length; r++) {
          if (hit[r]) {
            values.add(regions.get(r).id());
          }
        }
        if (strayOutside) {
          values.add("");
        }
        mapped = mapped(item.scoring(), values);
      }
      int n = correctHit;
      return apply(section, exact, (double) correctHit / correctCount, () -> n + " of " + correctCount + " correct regions tapped", mapped, crit);
    }
  }

  static final class LikertScorer extends ItemScorer {
    private final Map<String, Parts.LikertOption> options;
    private final double best;

    LikertScorer(Item.Likert i) {
      super(i);
      Map<String, Parts.LikertOption> m = new HashMap<>();
      double b = 0;
      for (Parts.LikertOption o : i.options()) {
        m.put(o.id(), o);
        b = Math.max(b, o.points());
      }
      options = Map.copyOf(m);
      best = b;
    }

    @Override
    ItemResult scoreTyped(Response response, String section) {
      String id = ((Response.Likert) response).option();
      Parts.LikertOption o = options.get(id);
      if (o == null) {
        return invalid(section, "response.unknown-choice", () -> "expected an option id in " + new java.util.TreeSet<>(options.keySet()) + " but was [" + id + "]");
      }
      double points = best == 0 ? 0 : o.points() / best * max;
      return result(section, ItemStatus.REPORTED, points, "self-reported",
          () -> "reported [" + id + "]" + (o.level() == null ? "" : " at level " + o.level()), List.of());
    }

    @Override
    String selfReportedLevel(Response response) {
      Parts.LikertOption o = options.get(((Response.Likert) response).option());
      return o == null ? null : o.level();
    }
  }

  static final class PracticalTaskScorer extends ItemScorer {
    private final List<Parts.TaskStep> steps;
    private final List<Parts.ForbiddenStep> forbidden;
    private final Map<String, Integer> stepIndex; // checklist steps 0..n-1, forbidden steps n..n+m-1
    private final int[][] order; // pairs of step indexes: before, after
    private final double stepTotal;

    PracticalTaskScorer(Item.PracticalTask i) {
      super(i);
      steps = i.steps();
      forbidden = i.forbidden();
      Map<String, Integer> idx = new HashMap<>();
      double total = 0;
      for (int k = 0; k < steps.size(); k++) {
        idx.putIfAbsent(steps.get(k).id(), k);
        total += steps.get(k).points();
      }
      for (int k = 0; k < forbidden.size(); k++) {
        idx.putIfAbsent(forbidden.get(k).id(), steps.size() + k);
      }
      stepIndex = idx;
      order = new int[i.order().size()][];
      for (int k = 0; k < order.length; k++) {
        Parts.OrderConstraint oc = i.order().get(k);
        order[k] = new int[] {idx.getOrDefault(oc.before(), -1), idx.getOrDefault(oc.after(), -1)};
      }
      stepTotal = total;
    }

    @Override
    ItemResult scoreTyped(Response response, String section) {
      Response.PracticalTask r = (Response.PracticalTask) response;
      if (r.source() == Response.StepSource.ASSESSOR && (r.observer() == null || r.observer().isBlank())) {
        return invalid(section, "response.missing-observer", () -> "a log ticked by an assessor must name the observer's id");
      }
      if (r.log().isEmpty()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", () -> "empty step log", List.of());
      }
      int n = steps.size();
      int[] first = new int[n + forbidden.size()];
      java.util.Arrays.fill(first, -1);
      String[] firstValue = new String[n];
      for (int k = 0; k < r.log().size(); k++) {
        Response.LoggedStep ls = r.log().get(k);
        Integer s = stepIndex.get(ls.step());
        if (s == null) {
          return invalid(section, "response.unknown-step", () -> "expected a step id in "
              + new java.util.TreeSet<>(stepIndex.keySet()) + " but was [" + ls.step() + "]");
        }
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
        String expected = steps.get(k).expectedValue();
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
          earned += steps.get(k).points();
        } else {
          allDone = false;
          if (steps.get(k).required()) {
            requiredDone = false;
          }
        }
      }
      if (!forbiddenTaken.isEmpty()) {
        List<String> taken = forbiddenTaken;
        return graded(section, 0, "task.forbidden-step", () -> "took forbidden step(s) " + taken + ": 0 points", crit);
      }
      boolean exact = requiredDone && allDone;
      double fraction = stepTotal == 0 ? (requiredDone ? 1 : 0) : earned / stepTotal;
      double doneSteps = earned;
      return apply(section, exact, fraction, () -> fmt(doneSteps) + " of " + fmt(stepTotal) + " step points", null, crit);
    }
  }
}
