package org.digiskill.model.validation;

import static org.digiskill.model.validation.Findings.bnum;
import static org.digiskill.model.validation.Findings.num;
import static org.digiskill.model.validation.Pointers.bracket;
import static org.digiskill.model.validation.Pointers.child;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.ProficiencyLevel;
import org.digiskill.model.item.Alignment;
import org.digiskill.model.item.Choice;
import org.digiskill.model.item.IrtParameters;
import org.digiskill.model.item.Item;
import org.digiskill.model.item.ItemFeedback;
import org.digiskill.model.item.Media;
import org.digiskill.model.item.Parts;
import org.digiskill.model.item.ScoringRule;

/**
 * The rules of one item of an assessment: its texts, alignments, the rules of its kind, how it is
 * scored and its IRT parameters. Package-private: {@link AssessmentValidator} is the entry point.
 * Not thread-safe: one per validation run.
 */
final class ItemChecks {
  /** The longest regular expression an accepted answer may be; the engine refuses longer ones. */
  static final int MAX_PATTERN_LENGTH = 500;

  /** The item kinds that have kind-specific rules here; a test keeps it equal to the permitted subtypes. */
  static final Set<Class<?>> CHECKED_KINDS =
      Set.of(
          Item.SingleChoice.class,
          Item.TrueFalse.class,
          Item.MultipleChoice.class,
          Item.TextEntry.class,
          Item.Numeric.class,
          Item.Ordering.class,
          Item.Matching.class,
          Item.Hotspot.class,
          Item.Likert.class,
          Item.PracticalTask.class);

  private static final double EPSILON = 1e-9;

  private final Findings f;
  private final CompetencyFramework framework;
  private final Set<String> levelCodes;

  /** Checks items; {@code framework} is null when unknown, and then references to it are not checked. */
  ItemChecks(Findings findings, CompetencyFramework framework) {
    this.f = findings;
    this.framework = framework;
    Set<String> codes = new LinkedHashSet<>();
    if (framework != null) {
      for (ProficiencyLevel l : framework.scale().levels()) {
        codes.add(l.code());
      }
    }
    this.levelCodes = codes;
  }

  /** Checks the item at {@code p} (e.g. {@code /items/3}). */
  void check(String p, Item item) {
    f.text(p + "/prompt", item.prompt(), true);
    media(p + "/media", item.media());
    feedback(p + "/feedback", item.feedback());
    alignments(p, item.alignments());
    f.finite(p + "/points", item.points());
    if (item instanceof Item.SingleChoice sc) {
      singleChoice(p, sc);
    } else if (item instanceof Item.TrueFalse) {
      // Nothing beyond the common rules: the key is a boolean and both answers exist.
    } else if (item instanceof Item.MultipleChoice mc) {
      multipleChoice(p, mc);
    } else if (item instanceof Item.TextEntry te) {
      textEntry(p, te);
    } else if (item instanceof Item.Numeric n) {
      numeric(p, n);
    } else if (item instanceof Item.Ordering o) {
      ordering(p, o);
    } else if (item instanceof Item.Matching m) {
      matching(p, m);
    } else if (item instanceof Item.Hotspot h) {
      hotspot(p, h);
    } else if (item instanceof Item.Likert l) {
      likert(p, l);
    } else if (item instanceof Item.PracticalTask t) {
      practicalTask(p, t);
    }
  }

  /** Checks scoring and IRT, after the kind's rules so that their messages come in document order. */
  void checkScoring(String p, Item item) {
    scoring(p, item);
    irt(p, item);
  }

  // ------------------------------------------------------------------ common parts

  private void media(String path, Media m) {
    if (m != null) {
      f.text(path + "/alt", m.alt(), true);
    }
  }

  private void feedback(String path, ItemFeedback fb) {
    if (fb != null) {
      f.text(path + "/correct", fb.correct(), true);
      f.text(path + "/incorrect", fb.incorrect(), true);
    }
  }

  private void alignments(String p, List<Alignment> alignments) {
    for (int j = 0; j < alignments.size(); j++) {
      Alignment a = alignments.get(j);
      String ap = child(p + "/alignments", j);
      if (framework != null && framework.competence(a.competence()).isEmpty()) {
        f.error(ap + "/competence", "assessment.unknown-competence", bracket(framework.ref()), bracket(a.competence()));
      }
      level(ap + "/level", a.level());
      f.finite(ap + "/weight", a.weight());
    }
  }

  /** Reports a level code that is not in the framework's scale. */
  void level(String path, String code) {
    if (framework != null && code != null && !levelCodes.contains(code)) {
      f.error(path, "assessment.unknown-level", levelCodes, bracket(code));
    }
  }

  /** Checks the options' texts and unique ids; returns the ids (first occurrence wins). */
  private Set<String> choices(String listPath, List<Choice> choices, String duplicateCode) {
    Map<String, String> first = new LinkedHashMap<>();
    for (int k = 0; k < choices.size(); k++) {
      Choice c = choices.get(k);
      String cp = child(listPath, k);
      String prev = first.putIfAbsent(c.id(), cp);
      if (prev != null) {
        f.error(cp + "/id", duplicateCode, bracket(c.id()), prev);
      }
      f.text(cp + "/text", c.text(), true);
      media(cp + "/media", c.media());
      f.text(cp + "/feedback", c.feedback(), true);
    }
    return first.keySet();
  }

  // ------------------------------------------------------------------ kinds

  private void singleChoice(String p, Item.SingleChoice sc) {
    Set<String> ids = choices(p + "/choices", sc.choices(), "item.duplicate-choice-id");
    if (!sc.choices().isEmpty() && sc.choices().size() < 2) {
      f.error(p + "/choices", "item.too-few-choices", 2, sc.choices().size());
    }
    if (!ids.contains(sc.correct())) {
      f.error(p + "/correct", "item.unknown-choice", ids, bracket(sc.correct()));
    } else {
      criticalCorrect(p, sc.choices(), Set.of(sc.correct()));
    }
  }

  private void criticalCorrect(String p, List<Choice> choices, Set<String> correct) {
    for (int k = 0; k < choices.size(); k++) {
      Choice c = choices.get(k);
      if (c.critical() && correct.contains(c.id())) {
        f.error(child(p + "/choices", k) + "/critical", "item.critical-choice-correct", bracket(c.id()));
      }
    }
  }

  private void multipleChoice(String p, Item.MultipleChoice mc) {
    Set<String> ids = choices(p + "/choices", mc.choices(), "item.duplicate-choice-id");
    int n = mc.choices().size();
    if (n > 0 && n < 2) {
      f.error(p + "/choices", "item.too-few-choices", 2, n);
    }
    Map<String, String> seen = new LinkedHashMap<>();
    for (int k = 0; k < mc.correct().size(); k++) {
      String id = mc.correct().get(k);
      String cp = child(p + "/correct", k);
      if (!ids.contains(id)) {
        f.error(cp, "item.unknown-choice", ids, bracket(id));
        continue;
      }
      String prev = seen.putIfAbsent(id, cp);
      if (prev != null) {
        f.error(cp, "item.duplicate-correct", bracket(id), prev);
      }
    }
    criticalCorrect(p, mc.choices(), seen.keySet());

    Integer min = mc.minSelections();
    Integer max = mc.maxSelections();
    boolean minOk = min != null && !f.reported(p + "/minSelections");
    boolean maxOk = max != null && !f.reported(p + "/maxSelections");
    if (minOk && maxOk && min > max) {
      f.error(p + "/minSelections", "item.selections.order", bracket(min), bracket(max));
    }
    if (maxOk && max > n) {
      f.error(p + "/maxSelections", "item.selections.too-many", "[maxSelections]", bracket(n), bracket(max));
    } else if (minOk && min > n && (!maxOk || min <= max)) {
      f.error(p + "/minSelections", "item.selections.too-many", "[minSelections]", bracket(n), bracket(min));
    }
    int lo = minOk ? min : 0;
    int hi = maxOk ? max : Integer.MAX_VALUE;
    int keyed = seen.size();
    if (keyed > 0 && lo <= hi && (keyed < lo || keyed > hi)) {
      f.error(
          p + "/correct",
          "item.correct-outside-selections",
          bracket(keyed),
          lo,
          hi == Integer.MAX_VALUE ? "∞" : String.valueOf(hi));
    }
  }

  private void textEntry(String p, Item.TextEntry te) {
    double points = te.points();
    double best = Double.NEGATIVE_INFINITY;
    int longest = -1;
    String longestValue = null;
    for (int k = 0; k < te.answers().size(); k++) {
      Parts.AcceptedAnswer a = te.answers().get(k);
      String ap = child(p + "/answers", k);
      if (f.finite(ap + "/points", a.points())) {
        best = Math.max(best, a.points());
        if (Double.isFinite(points) && a.points() > points + EPSILON) {
          f.error(ap + "/points", "item.answer-points-above-item", bnum(points), bnum(a.points()));
        }
      }
      if (a.pattern()) {
        pattern(ap + "/value", a.value());
      } else {
        String nfc = Normalizer.normalize(a.value(), Normalizer.Form.NFC);
        int length = nfc.codePointCount(0, nfc.length());
        if (length > longest) {
          longest = length;
          longestValue = a.value();
        }
      }
    }
    if (!te.answers().isEmpty() && best != Double.NEGATIVE_INFINITY && Double.isFinite(points) && best < points - EPSILON) {
      f.warning(p + "/answers", "item.no-full-answer", bnum(points), bnum(best));
    }
    Integer maxLength = te.maxLength();
    if (maxLength != null && longestValue != null && !f.reported(p + "/maxLength") && longest > maxLength) {
      f.error(p + "/maxLength", "item.max-length-too-short", bracket(longest), bracket(longestValue), bracket(maxLength));
    }
  }

  private void pattern(String path, String regex) {
    if (regex.length() > MAX_PATTERN_LENGTH) {
      f.error(path, "item.pattern.too-long", MAX_PATTERN_LENGTH, regex.length());
      return;
    }
    try {
      // As the engine compiles it: NFC, Unicode character classes.
      Pattern.compile(Normalizer.normalize(regex, Normalizer.Form.NFC), Pattern.UNICODE_CHARACTER_CLASS);
    } catch (PatternSyntaxException e) {
      f.error(path, "item.pattern.invalid", bracket(regex), bracket(e.getDescription() + " near index " + e.getIndex()));
    } catch (RuntimeException | StackOverflowError e) {
      // Pattern.compile may fail in other ways on hostile input; report it rather than throw.
      f.error(path, "item.pattern.invalid", bracket(regex), bracket(e.getClass().getSimpleName()));
    }
  }

  private void numeric(String p, Item.Numeric n) {
    f.finite(p + "/value", n.value());
    if (n.tolerance() != null) {
      String tp = p + "/tolerance/amount";
      Double amount = n.tolerance().amount();
      // Bean Validation does not cascade into the tolerance (a type-use @Valid on a plain type), so
      // its @PositiveOrZero is checked here too, with the same code; reported() avoids a double report.
      if (f.finite(tp, amount) && amount < 0 && !f.reported(tp)) {
        f.error(tp, "value.range", "[0, ∞)", bnum(amount));
      }
    }
    f.text(p + "/unit", n.unit(), true);
  }

  private void ordering(String p, Item.Ordering o) {
    Set<String> ids = choices(p + "/steps", o.steps(), "item.duplicate-step-id");
    if (!o.steps().isEmpty() && o.steps().size() < 2) {
      f.error(p + "/steps", "item.too-few-steps", 2, o.steps().size());
    }
    Map<String, String> seen = new LinkedHashMap<>();
    for (int k = 0; k < o.correctOrder().size(); k++) {
      String id = o.correctOrder().get(k);
      String cp = child(p + "/correctOrder", k);
      if (!ids.contains(id)) {
        f.error(cp, "item.unknown-step", ids, bracket(id));
        continue;
      }
      String prev = seen.putIfAbsent(id, cp);
      if (prev != null) {
        f.error(cp, "item.order.repeated-step", bracket(id), prev);
      }
    }
    Set<String> missing = new LinkedHashSet<>(ids);
    missing.removeAll(seen.keySet());
    if (!missing.isEmpty() && !o.correctOrder().isEmpty()) {
      f.error(p + "/correctOrder", "item.order.missing-steps", missing);
    }
  }

  private void matching(String p, Item.Matching m) {
    Set<String> left = choices(p + "/left", m.left(), "item.duplicate-choice-id");
    Set<String> right = choices(p + "/right", m.right(), "item.duplicate-choice-id");
    Map<String, String> pairedLeft = new HashMap<>();
    for (int k = 0; k < m.pairs().size(); k++) {
      Parts.Pair pair = m.pairs().get(k);
      String pp = child(p + "/pairs", k);
      if (!left.contains(pair.left())) {
        f.error(pp + "/left", "item.unknown-choice", left, bracket(pair.left()));
      } else {
        String prev = pairedLeft.putIfAbsent(pair.left(), pp);
        if (prev != null) {
          f.error(pp + "/left", "item.pair.repeated-left", bracket(pair.left()), prev);
        }
      }
      if (!right.contains(pair.right())) {
        f.error(pp + "/right", "item.unknown-choice", right, bracket(pair.right()));
      }
    }
  }

  private void hotspot(String p, Item.Hotspot h) {
    Media image = h.image();
    String ip = p + "/image";
    media(ip, image);
    if (image.kind() != Media.Kind.IMAGE) {
      f.error(ip + "/kind", "item.image.not-image", bracket(image.kind().jsonName()));
    }
    List<String> missing = new ArrayList<>();
    if (image.width() == null) {
      missing.add("width");
    }
    if (image.height() == null) {
      missing.add("height");
    }
    if (!missing.isEmpty()) {
      f.error(ip, "item.image.size-missing", missing);
    }
    boolean sized = missing.isEmpty() && image.width() > 0 && image.height() > 0;
    Map<String, String> first = new HashMap<>();
    boolean anyCorrect = false;
    for (int k = 0; k < h.regions().size(); k++) {
      Parts.Region r = h.regions().get(k);
      String rp = child(p + "/regions", k);
      String prev = first.putIfAbsent(r.id(), rp);
      if (prev != null) {
        f.error(rp + "/id", "item.duplicate-region-id", bracket(r.id()), prev);
      }
      f.text(rp + "/label", r.label(), true);
      anyCorrect |= r.correct();
      if (r.correct() && r.critical()) {
        f.error(rp + "/critical", "item.region.correct-and-critical", bracket(r.id()));
      }
      double[] box = region(rp, r);
      if (box != null && sized && (box[0] < 0 || box[1] < 0 || box[2] > image.width() || box[3] > image.height())) {
        f.warning(rp + "/coords", "item.region.outside-image", bracket(r.id()), image.width(), image.height());
      }
    }
    if (!h.regions().isEmpty() && !anyCorrect) {
      f.error(p + "/regions", "item.no-correct-region");
    }
  }

  /** Checks a region's coordinates; returns its bounding box {minX, minY, maxX, maxY}, or null when they are wrong. */
  private double[] region(String rp, Parts.Region r) {
    List<Double> c = r.coords();
    String cp = rp + "/coords";
    boolean finite = true;
    for (int j = 0; j < c.size(); j++) {
      finite &= f.finite(child(cp, j), c.get(j));
    }
    int n = c.size();
    switch (r.shape()) {
      case RECT -> {
        if (n != 4) {
          f.error(cp, "item.region.coords", bracket(4), bracket(r.shape().jsonName()), bracket(n));
          return null;
        }
        if (!finite) {
          return null;
        }
        // Both sides are checked, so that both are reported.
        boolean width = positive(cp, 2, c);
        boolean height = positive(cp, 3, c);
        if (!width || !height) {
          return null;
        }
        return new double[] {c.get(0), c.get(1), c.get(0) + c.get(2), c.get(1) + c.get(3)};
      }
      case CIRCLE -> {
        if (n != 3) {
          f.error(cp, "item.region.coords", bracket(3), bracket(r.shape().jsonName()), bracket(n));
          return null;
        }
        if (!finite || !positive(cp, 2, c)) {
          return null;
        }
        double radius = c.get(2);
        return new double[] {c.get(0) - radius, c.get(1) - radius, c.get(0) + radius, c.get(1) + radius};
      }
      default -> {
        if (n < 6 || n % 2 != 0) {
          f.error(cp, "item.region.polygon-coords", bracket(n));
          return null;
        }
        if (!finite) {
          return null;
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int j = 0; j < n; j += 2) {
          box[0] = Math.min(box[0], c.get(j));
          box[1] = Math.min(box[1], c.get(j + 1));
          box[2] = Math.max(box[2], c.get(j));
          box[3] = Math.max(box[3], c.get(j + 1));
        }
        return box;
      }
    }
  }

  private boolean positive(String cp, int j, List<Double> c) {
    if (c.get(j) > 0) {
      return true;
    }
    f.error(child(cp, j), "item.region.empty", bnum(c.get(j)));
    return false;
  }

  private void likert(String p, Item.Likert l) {
    Map<String, String> first = new HashMap<>();
    for (int k = 0; k < l.options().size(); k++) {
      Parts.LikertOption o = l.options().get(k);
      String op = child(p + "/options", k);
      String prev = first.putIfAbsent(o.id(), op);
      if (prev != null) {
        f.error(op + "/id", "item.duplicate-option-id", bracket(o.id()), prev);
      }
      f.text(op + "/text", o.text(), true);
      level(op + "/level", o.level());
      f.finite(op + "/points", o.points());
    }
  }

  private void practicalTask(String p, Item.PracticalTask t) {
    Map<String, String> first = new LinkedHashMap<>();
    double sum = 0;
    boolean sumKnown = true;
    boolean anyRequired = false;
    for (int k = 0; k < t.steps().size(); k++) {
      Parts.TaskStep s = t.steps().get(k);
      String sp = child(p + "/steps", k);
      String prev = first.putIfAbsent(s.id(), sp);
      if (prev != null) {
        f.error(sp + "/id", "item.duplicate-step-id", bracket(s.id()), prev);
      }
      f.text(sp + "/label", s.label(), true);
      if (f.finite(sp + "/points", s.points())) {
        sum += s.points();
      } else {
        sumKnown = false;
      }
      anyRequired |= s.required();
    }
    Set<String> ids = first.keySet();
    if (!t.steps().isEmpty() && !anyRequired) {
      f.error(p + "/steps", "item.task.no-required-step");
    }
    if (!t.steps().isEmpty() && sumKnown && Double.isFinite(t.points()) && Math.abs(sum - t.points()) > EPSILON) {
      f.warning(p + "/steps", "item.task.points-mismatch", bnum(sum), bnum(t.points()));
    }
    orderConstraints(p, t, ids);
    Map<String, String> forbiddenFirst = new HashMap<>();
    for (int k = 0; k < t.forbidden().size(); k++) {
      Parts.ForbiddenStep s = t.forbidden().get(k);
      String fp = child(p + "/forbidden", k);
      String step = first.get(s.id());
      if (step != null) {
        f.error(fp + "/id", "item.task.forbidden-is-step", bracket(s.id()), step);
      } else {
        String prev = forbiddenFirst.putIfAbsent(s.id(), fp);
        if (prev != null) {
          f.error(fp + "/id", "item.duplicate-step-id", bracket(s.id()), prev);
        }
      }
      f.text(fp + "/label", s.label(), true);
    }
  }

  /** Order constraints name steps, and have no cycle: some log must be able to keep them all. */
  private void orderConstraints(String p, Item.PracticalTask t, Set<String> ids) {
    // Edges in document order, only between known steps.
    Map<String, List<int[]>> edges = new LinkedHashMap<>();
    List<String> nodes = new ArrayList<>(ids);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < nodes.size(); i++) {
      index.put(nodes.get(i), i);
      edges.put(nodes.get(i), new ArrayList<>());
    }
    for (int k = 0; k < t.order().size(); k++) {
      Parts.OrderConstraint oc = t.order().get(k);
      String op = child(p + "/order", k);
      boolean ok = true;
      if (!ids.contains(oc.before())) {
        f.error(op + "/before", "item.unknown-step", ids, bracket(oc.before()));
        ok = false;
      }
      if (!ids.contains(oc.after())) {
        f.error(op + "/after", "item.unknown-step", ids, bracket(oc.after()));
        ok = false;
      }
      if (ok) {
        edges.get(oc.before()).add(new int[] {index.get(oc.after()), k});
      }
    }
    // Iterative depth-first search; a back edge closes a cycle, reported at its constraint.
    int n = nodes.size();
    int[] colour = new int[n]; // 0 white, 1 on the stack, 2 done
    int[] parent = new int[n];
    for (int root = 0; root < n; root++) {
      if (colour[root] != 0) {
        continue;
      }
      List<int[]> stack = new ArrayList<>(); // {node, next edge}
      stack.add(new int[] {root, 0});
      colour[root] = 1;
      parent[root] = -1;
      while (!stack.isEmpty()) {
        int[] top = stack.get(stack.size() - 1);
        List<int[]> out = edges.get(nodes.get(top[0]));
        if (top[1] >= out.size()) {
          colour[top[0]] = 2;
          stack.remove(stack.size() - 1);
          continue;
        }
        int[] edge = out.get(top[1]++);
        int next = edge[0];
        if (colour[next] == 0) {
          colour[next] = 1;
          parent[next] = top[0];
          stack.add(new int[] {next, 0});
        } else if (colour[next] == 1) {
          List<String> cycle = new ArrayList<>();
          for (int v = top[0]; v != next && v >= 0; v = parent[v]) {
            cycle.add(0, nodes.get(v));
          }
          cycle.add(0, nodes.get(next));
          cycle.add(nodes.get(next));
          f.error(child(p + "/order", edge[1]), "item.task.order-cycle", bracket(String.join(" -> ", cycle)));
        }
      }
    }
  }

  // ------------------------------------------------------------------ scoring

  private static final Map<ScoringRule.PartialMethod, String> METHOD_KIND =
      Map.of(
          ScoringRule.PartialMethod.PER_CORRECT_OPTION, "multiple-choice",
          ScoringRule.PartialMethod.RIGHT_MINUS_WRONG, "multiple-choice",
          ScoringRule.PartialMethod.PER_PAIR, "matching",
          ScoringRule.PartialMethod.PER_POSITION, "ordering",
          ScoringRule.PartialMethod.ADJACENT_PAIRS, "ordering",
          ScoringRule.PartialMethod.PER_STEP, "practical-task");

  static String scoringName(ScoringRule rule) {
    if (rule instanceof ScoringRule.PartialCredit) {
      return "partial";
    }
    if (rule instanceof ScoringRule.MapResponse) {
      return "map";
    }
    if (rule instanceof ScoringRule.NegativeMarking) {
      return "negative";
    }
    return "all-or-nothing";
  }

  private void scoring(String p, Item item) {
    ScoringRule rule = item.scoring();
    String sp = p + "/scoring";
    if (item.selfReported()) {
      if (!(rule instanceof ScoringRule.AllOrNothing)) {
        f.error(sp, "item.self-reported-scoring", bracket(scoringName(rule)));
      }
      return;
    }
    if (rule instanceof ScoringRule.PartialCredit pc) {
      String kind = METHOD_KIND.get(pc.method());
      if (!item.type().equals(kind)) {
        f.error(sp + "/method", "item.scoring.method-not-for-kind", bracket(pc.method().jsonName()), bracket(kind), bracket(item.type()));
      }
      Double floor = pc.floor();
      if (f.finite(sp + "/floor", floor)) {
        if (floor < -1 || floor > 0) {
          f.error(sp + "/floor", "item.scoring.floor-out-of-range", bnum(floor));
        } else if (floor < 0 && pc.method() != ScoringRule.PartialMethod.RIGHT_MINUS_WRONG) {
          f.warning(sp + "/floor", "item.scoring.floor-without-effect", bracket(pc.method().jsonName()));
        }
      }
    } else if (rule instanceof ScoringRule.MapResponse mr) {
      mapResponse(sp, item, mr);
    } else if (rule instanceof ScoringRule.NegativeMarking nm) {
      if (f.finite(sp + "/penalty", nm.penalty()) && !(nm.penalty() > 0)) {
        f.error(sp + "/penalty", "item.scoring.penalty-not-positive", bnum(nm.penalty()));
      }
      if (f.finite(sp + "/floor", nm.floor()) && nm.floor() > 0) {
        f.error(sp + "/floor", "item.scoring.floor-above-zero", bnum(nm.floor()));
      }
    }
  }

  private void mapResponse(String sp, Item item, ScoringRule.MapResponse mr) {
    Set<String> keys = new LinkedHashSet<>();
    if (item instanceof Item.SingleChoice sc) {
      sc.choices().forEach(c -> keys.add(c.id()));
    } else if (item instanceof Item.MultipleChoice mc) {
      mc.choices().forEach(c -> keys.add(c.id()));
    } else if (item instanceof Item.TextEntry te) {
      te.answers().forEach(a -> keys.add(a.value()));
    } else {
      f.error(sp, "item.scoring.map-not-for-kind", new TreeSet<>(List.of("multiple-choice", "single-choice", "text-entry")), bracket(item.type()));
      return;
    }
    for (Map.Entry<String, Double> e : mr.entries().entrySet()) {
      String ep = child(sp + "/entries", e.getKey());
      if (!keys.contains(e.getKey())) {
        f.error(ep, "item.scoring.unknown-map-key", keys, bracket(e.getKey()));
      }
      if (e.getValue() == null) {
        f.error(ep, "value.missing");
      } else {
        f.finite(ep, e.getValue());
      }
    }
    f.finite(sp + "/defaultValue", mr.defaultValue());
    boolean lower = f.finite(sp + "/lowerBound", mr.lowerBound());
    boolean upper = f.finite(sp + "/upperBound", mr.upperBound());
    if (lower && upper && mr.lowerBound() > mr.upperBound()) {
      f.error(sp + "/lowerBound", "item.scoring.bounds-order", bnum(mr.lowerBound()), bnum(mr.upperBound()));
    }
  }

  // ------------------------------------------------------------------ IRT

  private void irt(String p, Item item) {
    IrtParameters irt = item.irt();
    if (irt == null) {
      return;
    }
    String ip = p + "/irt";
    IrtParameters.Model model = irt.model();
    String name = bracket(model.jsonName());
    boolean aOk = f.finite(ip + "/a", irt.a());
    switch (model) {
      case RASCH, PCM -> {
        if (aOk && irt.a() != 1.0) {
          f.error(ip + "/a", "item.irt.a-fixed", name, bnum(irt.a()));
        }
      }
      default -> {
        if (irt.a() == null) {
          f.error(ip + "/a", "item.irt.a-missing", name);
        } else if (aOk && !(irt.a() > 0)) {
          f.error(ip + "/a", "item.irt.a-not-positive", bnum(irt.a()));
        }
      }
    }
    boolean bOk = f.finite(ip + "/b", irt.b());
    if (model.dichotomous()) {
      if (irt.b() == null) {
        f.error(ip + "/b", "item.irt.b-missing", name);
      }
    } else if (bOk) {
      f.warning(ip + "/b", "item.irt.unused-parameter", name, "[b]");
    }
    if (irt.c() != null) {
      if (model != IrtParameters.Model.THREE_PL) {
        f.error(ip + "/c", "item.irt.c-not-3pl", name);
      } else if (f.finite(ip + "/c", irt.c()) && !(irt.c() >= 0 && irt.c() < 1)) {
        f.error(ip + "/c", "item.irt.c-out-of-range", bnum(irt.c()));
      }
    }
    List<Double> th = irt.thresholds();
    if (model.dichotomous()) {
      if (!th.isEmpty()) {
        f.warning(ip + "/thresholds", "item.irt.unused-parameter", name, "[thresholds]");
      }
    } else if (th.isEmpty()) {
      f.error(ip + "/thresholds", "item.irt.thresholds-missing", name);
    } else {
      boolean allFinite = true;
      for (int k = 0; k < th.size(); k++) {
        allFinite &= f.finite(child(ip + "/thresholds", k), th.get(k));
      }
      if (allFinite && model == IrtParameters.Model.GRM) {
        for (int k = 1; k < th.size(); k++) {
          if (!(th.get(k) > th.get(k - 1))) {
            f.error(child(ip + "/thresholds", k), "item.irt.thresholds-order", bnum(th.get(k)), bnum(th.get(k - 1)));
          }
        }
      }
    }
    if (model.dichotomous()) {
      String reason = nonBinary(item);
      if (reason != null) {
        f.warning(ip + "/model", "item.irt.dichotomous-not-binary", name, reason);
      }
    }
  }

  /** Returns why the item can score other than 0 or its full points, or null when it cannot. */
  private static String nonBinary(Item item) {
    if (item.selfReported()) {
      return bracket(item.type());
    }
    if (!(item.scoring() instanceof ScoringRule.AllOrNothing)) {
      return bracket(scoringName(item.scoring()));
    }
    if (item instanceof Item.TextEntry te) {
      Set<String> partial = new TreeSet<>();
      for (Parts.AcceptedAnswer a : te.answers()) {
        if (a.points() != 0 && Math.abs(a.points() - te.points()) > EPSILON) {
          partial.add(num(a.points()));
        }
      }
      return partial.isEmpty() ? null : partial.toString();
    }
    return null;
  }
}
