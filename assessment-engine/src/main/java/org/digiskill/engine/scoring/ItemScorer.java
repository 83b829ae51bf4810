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
    private final Set<String> ids;

    private final boolean adjacentPairs;

    OrderingScorer(Item.Ordering i) {
      super(i);
      adjacentPairs = i.scoring() instanceof ScoringRule.PartialCredit p && p.method() == ScoringRule.PartialMethod.ADJACENT_PAIRS;
      correctOrder = i.correctOrder();
      ids = ids(i.steps());
    }

    @Override
    ItemResult scoreTyped(Response response, String section) {
      List<String> order = ((Response.Ordering) response).order();
      if (order.size() != ids.size() || !new HashSet<>(order).equals(ids)) {
        return invalid(section, "response.not-a-permutation", () -> "expected each of " + new java.util.TreeSet<>(ids) + " once but was " + order);
      }
      boolean exact = order.equals(correctOrder);
      if (adjacentPairs) {
        Map<String, Integer> pos = new HashMap<>();
        for (int k = 0; k < order.size(); k++) {
          pos.put(order.get(k), k);
        }
        int pairs = 0;
        for (int k = 0; k + 1 < correctOrder.size(); k++) {
          if (pos.get(correctOrder.get(k)) + 1 == pos.get(correctOrder.get(k + 1))) {
            pairs++;
          }
        }
        int n = Math.max(1, correctOrder.size() - 1);
        int p = pairs;
        return apply(section, exact, (double) pairs / n, () -> p + " of " + n + " adjacent pairs in order", null, List.of());
      }
      int same = 0;
      for (int k = 0; k < order.size(); k++) {
        if (order.get(k).equals(correctOrder.get(k))) {
          same++;
        }
      }
      int n = same;
      return apply(section, exact, (double) same / order.size(), () -> n + " of " + order.size() + " steps in their place", null, List.of());
    }
  }

  static final class MatchingScorer extends ItemScorer {
    private final Map<String, String> key;
    private final Set<String> left;
    private final Set<String> right;

    MatchingScorer(Item.Matching i) {
      super(i);
      Map<String, String> k = new HashMap<>();
      for (Parts.Pair p : i.pairs()) {
        k.put(p.left(), p.right());
      }
      key = Map.copyOf(k);
      left = ids(i.left());
      right = ids(i.right());
    }

    @Override
    ItemResult scoreTyped(Response response, String section) {
      List<Parts.Pair> pairs = ((Response.Matching) response).pairs();
      if (pairs.isEmpty()) {
        return result(section, ItemStatus.UNANSWERED, 0, "response.none", () -> "no pair made", List.of());
      }
      Set<String> seen = new HashSet<>();
      int right = 0;
      List<String> made = new ArrayList<>();
      for (Parts.Pair p : pairs) {
        if (!left.contains(p.left()) || !this.right.contains(p.right())) {
          return invalid(section, "response.unknown-choice", () -> "expected pairs of " + new java.util.TreeSet<>(left) + " and " + new java.util.TreeSet<>(this.right) + " but found [" + p.left() + ", " + p.right() + "]");
        }
        if (!seen.add(p.left())) {
          return invalid(section, "response.duplicate-pair", () -> "left option [" + p.left() + "] is paired more than once");
        }
        if (p.right().equals(key.get(p.left()))) {
          right++;
        }
        made.add(p.left() + "-" + p.right());
      }
      boolean exact = right == key.size() && pairs.size() == key.size();
      int correctPairs = right;
      return apply(section, exact, (double) right / key.size(), () -> correctPairs + " of " + key.size() + " pairs right", mapped(item.scoring(), made), List.of());
    }
  }

  static final class HotspotScorer extends ItemScorer {
    private final List<Parts.Region> regions;
    private final Set<String> correctRegions;
    private final int maxTaps;

    HotspotScorer(Item.Hotspot i) {
      super(i);
      regions = i.regions();
      Set<String> c = new HashSet<>();
      for (Parts.Region r : i.regions()) {
        if (r.correct()) {
          c.add(r.id());
        }
      }
      correctRegions = Set.copyOf(c);
      maxTaps = i.maxTaps();
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
      Set<String> hit = new java.util.LinkedHashSet<>();
      List<String> crit = new ArrayList<>();
      boolean stray = false;
      for (Parts.Point p : taps) {
        Parts.Region r = Geometry.regionAt(regions, p.x(), p.y());
        if (r == null) {
          stray = true;
          hit.add("");
          continue;
        }
        hit.add(r.id());
        if (r.critical() && !crit.contains(r.id())) {
          crit.add(r.id());
        }
        if (!r.correct()) {
          stray = true;
        }
      }
      Set<String> correctHit = new HashSet<>(hit);
      correctHit.retainAll(correctRegions);
      boolean exact = !stray && correctHit.equals(correctRegions);
      return apply(section, exact, (double) correctHit.size() / correctRegions.size(),
          () -> correctHit.size() + " of " + correctRegions.size() + " correct regions tapped", mapped(item.scoring(), hit), crit);
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
    private final Item.PracticalTask task;
    private final Map<String, Parts.TaskStep> steps;
    private final Map<String, Parts.ForbiddenStep> forbidden;
    private final double stepTotal;

    PracticalTaskScorer(Item.PracticalTask i) {
      super(i);
      task = i;
      Map<String, Parts.TaskStep> s = new HashMap<>();
      double total = 0;
      for (Parts.TaskStep st : i.steps()) {
        s.put(st.id(), st);
        total += st.points();
      }
      Map<String, Parts.ForbiddenStep> f = new HashMap<>();
      for (Parts.ForbiddenStep fs : i.forbidden()) {
        f.put(fs.id(), fs);
      }
      steps = Map.copyOf(s);
      forbidden = Map.copyOf(f);
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
      Map<String, Integer> first = new HashMap<>();
      Map<String, String> firstValue = new HashMap<>();
      List<String> crit = new ArrayList<>();
      List<String> forbiddenTaken = new ArrayList<>();
      for (int k = 0; k < r.log().size(); k++) {
        Response.LoggedStep ls = r.log().get(k);
        if (!steps.containsKey(ls.step()) && !forbidden.containsKey(ls.step())) {
          return invalid(section, "response.unknown-step", () -> "expected a step id in " + new java.util.TreeSet<>(steps.keySet()) + " or a forbidden step but was [" + ls.step() + "]");
        }
        if (first.putIfAbsent(ls.step(), k) == null) {
          firstValue.put(ls.step(), ls.value());
        }
        Parts.ForbiddenStep fs = forbidden.get(ls.step());
        if (fs != null && !forbiddenTaken.contains(fs.id())) {
          forbiddenTaken.add(fs.id());
          if (fs.critical()) {
            crit.add(fs.id());
          }
        }
      }
      Set<String> done = new HashSet<>();
      for (Parts.TaskStep st : task.steps()) {
        if (first.containsKey(st.id()) && (st.expectedValue() == null || st.expectedValue().equals(firstValue.get(st.id())))) {
          done.add(st.id());
        }
      }
      // A step whose order constraint is broken does not count.
      for (Parts.OrderConstraint oc : task.order()) {
        Integer before = first.get(oc.before());
        Integer after = first.get(oc.after());
        if (after != null && (before == null || before > after)) {
          done.remove(oc.after());
        }
      }
      double earned = 0;
      boolean requiredDone = true;
      for (Parts.TaskStep st : task.steps()) {
        if (done.contains(st.id())) {
          earned += st.points();
        } else if (st.required()) {
          requiredDone = false;
        }
      }
      if (!forbiddenTaken.isEmpty()) {
        return graded(section, 0, "task.forbidden-step", () -> "took forbidden step(s) " + forbiddenTaken + ": 0 points", crit);
      }
      boolean exact = requiredDone && done.size() == steps.size();
      double doneSteps = earned;
      double fraction = stepTotal == 0 ? (requiredDone ? 1 : 0) : earned / stepTotal;
      return apply(section, exact, fraction, () -> fmt(doneSteps) + " of " + fmt(stepTotal) + " step points", null, crit);
    }
  }
}
