package org.digiskill.engine.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.delivery.FormGenerator;
import org.digiskill.engine.delivery.FormItem;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.assessment.CertificationPolicy;
import org.digiskill.model.assessment.CertificationRule;
import org.digiskill.model.assessment.Combine;
import org.digiskill.model.assessment.LevelRule;
import org.digiskill.model.assessment.Section;
import org.digiskill.model.framework.Competence;
import org.digiskill.model.framework.CompetenceArea;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.ProficiencyLevel;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.item.Alignment;
import org.digiskill.model.item.Item;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;
import org.digiskill.model.validation.AssessmentValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An assessment checked against its framework and prepared for scoring: answer keys normalised,
 * patterns compiled, alignments resolved to indexes, draw pools filtered — everything that does
 * not depend on a submission is done once, here.
 *
 * <p>Immutable and thread-safe: compile once, share it, and call {@link #deliver(long)} and {@link
 * #score(Submission)} from any number of threads; scoring takes no lock.
 */
public final class CompiledAssessment {
  private static final Logger LOG = LoggerFactory.getLogger(CompiledAssessment.class);
  private static final String LIBRARY_VERSION = readVersion();

  private final Assessment assessment;
  private final CompetencyFramework framework;
  private final FormGenerator generator;
  private final Map<String, Compiled> items;
  private final String fingerprint;
  private final List<Competence> competences;
  private final List<String> areaOfCompetence;
  private final List<CompetenceArea> areas;
  private final List<ProficiencyLevel> levels;
  private final Map<String, Integer> sectionIndex;

  private record Compiled(ItemScorer scorer, int[] competence, int[] level, double[] share) {}

  private CompiledAssessment(Assessment assessment, CompetencyFramework framework) {
    this.assessment = assessment;
    this.framework = framework;
    this.generator = new FormGenerator(assessment, framework);
    this.competences = framework.competences();
    this.areas = framework.areas();
    this.levels = framework.scale().levels();
    Map<String, Integer> ci = new HashMap<>();
    List<String> aoc = new ArrayList<>();
    for (int k = 0; k < competences.size(); k++) {
      ci.put(competences.get(k).code(), k);
      aoc.add(framework.areaOf(competences.get(k).code()).map(CompetenceArea::code).orElseThrow());
    }
    this.areaOfCompetence = List.copyOf(aoc);
    Map<String, Compiled> m = new HashMap<>();
    for (Item item : assessment.items()) {
      List<Alignment> al = item.alignments();
      int[] comp = new int[al.size()];
      int[] lev = new int[al.size()];
      double[] share = new double[al.size()];
      double total = 0;
      for (Alignment a : al) {
        total += a.effectiveWeight();
      }
      for (int k = 0; k < al.size(); k++) {
        comp[k] = ci.get(al.get(k).competence());
        lev[k] = framework.scale().rank(al.get(k).level());
        share[k] = al.get(k).effectiveWeight() / total;
      }
      m.put(item.id(), new Compiled(ItemScorer.of(item), comp, lev, share));
    }
    this.items = Map.copyOf(m);
    Map<String, Integer> si = new HashMap<>();
    for (int k = 0; k < assessment.sections().size(); k++) {
      si.put(assessment.sections().get(k).id(), k);
    }
    this.sectionIndex = Map.copyOf(si);
    this.fingerprint = fingerprintOf(assessment);
  }

  /**
   * Checks the assessment against its framework and compiles it.
   *
   * @throws org.digiskill.model.validation.InvalidDefinitionException with every problem when the
   *     assessment is not valid for the framework
   */
  public static CompiledAssessment compile(Assessment assessment, CompetencyFramework framework) {
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(framework, "framework");
    AssessmentValidator.forFramework(framework).validate(assessment).throwIfInvalid();
    CompiledAssessment compiled = new CompiledAssessment(assessment, framework);
    LOG.debug("compiled {}@{} ({} items, fingerprint {})", assessment.id(), assessment.version(), assessment.items().size(), compiled.fingerprint);
    return compiled;
  }

  /** Returns the assessment. */
  public Assessment assessment() {
    return assessment;
  }

  /** Returns the framework it is scored on. */
  public CompetencyFramework framework() {
    return framework;
  }

  /** Returns the SHA-256 (hex) of the assessment's canonical JSON; reports carry it. */
  public String fingerprint() {
    return fingerprint;
  }

  /** Returns the version of digiskill that scores, as reports carry it. */
  public static String libraryVersion() {
    return LIBRARY_VERSION;
  }

  /** Returns the form for this seed: the same on every call and every JVM. */
  public Form deliver(long seed) {
    return generator.generate(seed);
  }

  /**
   * Scores a submission against the form its seed delivers.
   *
   * @throws InvalidSubmissionException if the submission names another assessment or version,
   *     answers an item that is not in the bank or was not delivered, or answers an item twice
   */
  public ScoreReport score(Submission submission) {
    Objects.requireNonNull(submission, "submission");
    if (!submission.assessment().id().equals(assessment.id()) || !submission.assessment().version().equals(assessment.version())) {
      throw new InvalidSubmissionException("submission.assessment-mismatch", "/assessment",
          "expected a submission for [" + assessment.id() + "@" + assessment.version() + "] but was [" + submission.assessment() + "]");
    }
    Form form = generator.generate(submission.seed());
    Map<String, FormItem> delivered = form.byItem();
    Map<String, Response> responses = new HashMap<>(submission.responses().size() * 2);
    for (int k = 0; k < submission.responses().size(); k++) {
      Response r = submission.responses().get(k);
      String path = "/responses/" + k + "/item";
      if (!items.containsKey(r.item())) {
        throw new InvalidSubmissionException("submission.unknown-item", path, "expected an item of the assessment but was [" + r.item() + "]");
      }
      if (!delivered.containsKey(r.item())) {
        throw new InvalidSubmissionException("submission.not-delivered", path,
            "item [" + r.item() + "] was not on the form delivered with seed " + submission.seed());
      }
      if (responses.putIfAbsent(r.item(), r) != null) {
        throw new InvalidSubmissionException("submission.duplicate-response", path, "item [" + r.item() + "] is answered more than once");
      }
    }
    return aggregate(submission, form, responses);
  }

  private ScoreReport aggregate(Submission submission, Form form, Map<String, Response> responses) {
    int nc = competences.size();
    int nl = levels.size();
    double[][] pts = new double[nc][nl];
    double[][] mx = new double[nc][nl];
    int[][] cnt = new int[nc][nl];
    int[] selfLevel = new int[nc];
    java.util.Arrays.fill(selfLevel, -1);
    double[] sectionPoints = new double[assessment.sections().size()];
    double maxPoints = 0;
    List<ItemResult> results = new ArrayList<>(form.items().size());
    List<String> criticalErrors = new ArrayList<>();
    for (FormItem fi : form.items()) {
      Compiled c = items.get(fi.item());
      Response r = responses.get(fi.item());
      ItemResult res = c.scorer.score(r, fi.section());
      results.add(res);
      for (String what : res.critical()) {
        criticalErrors.add(fi.item() + ":" + what);
      }
      if (res.selfReported()) {
        String level = r == null ? null : c.scorer.selfReportedLevel(r);
        int rank = level == null ? -1 : framework.scale().rank(level);
        for (int k = 0; k < c.competence.length; k++) {
          selfLevel[c.competence[k]] = Math.max(selfLevel[c.competence[k]], rank);
        }
        continue;
      }
      sectionPoints[sectionIndex.get(fi.section())] += res.points();
      maxPoints += res.maxPoints();
      for (int k = 0; k < c.competence.length; k++) {
        pts[c.competence[k]][c.level[k]] += res.points() * c.share[k];
        mx[c.competence[k]][c.level[k]] += res.maxPoints() * c.share[k];
        cnt[c.competence[k]][c.level[k]]++;
      }
    }
    double points = 0;
    for (int s = 0; s < sectionPoints.length; s++) {
      Section sec = assessment.sections().get(s);
      points += sec.floor() == null ? sectionPoints[s] : Math.max(sec.floor(), sectionPoints[s]);
    }
    double percent = percent(points, maxPoints);

    List<CompetenceResult> compResults = new ArrayList<>();
    Map<String, CompetenceResult> byCode = new HashMap<>();
    Map<String, double[]> areaTotals = new HashMap<>();
    for (int k = 0; k < nc; k++) {
      int evidence = 0;
      double p = 0;
      double m = 0;
      for (int l = 0; l < nl; l++) {
        evidence += cnt[k][l];
        p += pts[k][l];
        m += mx[k][l];
      }
      if (evidence == 0 && selfLevel[k] < 0) {
        continue;
      }
      List<LevelEvidence> ev = new ArrayList<>();
      String level = placeLevel(pts[k], mx[k], cnt[k], ev);
      String self = selfLevel[k] < 0 ? null : levels.get(selfLevel[k]).code();
      CompetenceResult cr = new CompetenceResult(competences.get(k).code(), areaOfCompetence.get(k), p, m, percent(p, m), evidence, level, ev, self);
      compResults.add(cr);
      byCode.put(cr.competence(), cr);
      double[] at = areaTotals.computeIfAbsent(areaOfCompetence.get(k), a -> new double[3]);
      at[0] += p;
      at[1] += m;
      at[2] += evidence;
    }
    List<AreaResult> areaResults = new ArrayList<>();
    Map<String, AreaResult> areaByCode = new HashMap<>();
    for (CompetenceArea a : areas) {
      double[] at = areaTotals.get(a.code());
      if (at != null) {
        AreaResult ar = new AreaResult(a.code(), at[0], at[1], percent(at[0], at[1]), (int) at[2]);
        areaResults.add(ar);
        areaByCode.put(a.code(), ar);
      }
    }
    CertificationPolicy policy = assessment.certification();
    Totals totals = new Totals(points, maxPoints, percent, byCode, areaByCode, criticalErrors);
    List<RuleResult> rules = new ArrayList<>();
    for (CertificationRule rule : policy.rules()) {
      rules.add(evaluate(rule, totals));
    }
    boolean passed = combine(policy.combine(), rules);
    Instant validUntil = passed && policy.validity() != null && submission.submittedAt() != null
        ? submission.submittedAt().atZone(ZoneOffset.UTC).plus(policy.validity()).toInstant()
        : null;
    return new ScoreReport(submission.attemptId(), submission.candidate(), assessment.id(), assessment.version(), fingerprint,
        LIBRARY_VERSION, submission.seed(), points, maxPoints, percent, passed ? Decision.PASSED : Decision.FAILED, rules,
        criticalErrors, validUntil, results, compResults, areaResults);
  }

  /** The level rule: the highest level mastered with every lower evidenced level mastered too. */
  private String placeLevel(double[] p, double[] m, int[] n, List<LevelEvidence> out) {
    LevelRule.HighestMastered rule = (LevelRule.HighestMastered) assessment.levelRule();
    String placed = null;
    boolean chain = true;
    for (int l = 0; l < p.length; l++) {
      if (n[l] == 0) {
        continue;
      }
      double pc = percent(p[l], m[l]);
      boolean evidenced = n[l] >= rule.minItems();
      boolean mastered = evidenced && pc >= rule.threshold() - 1e-9;
      out.add(new LevelEvidence(levels.get(l).code(), p[l], m[l], pc, n[l], mastered));
      if (!evidenced) {
        continue;
      }
      if (mastered && chain) {
        placed = levels.get(l).code();
      } else {
        chain = false;
      }
    }
    return placed;
  }

  private record Totals(double points, double max, double percent, Map<String, CompetenceResult> competences,
      Map<String, AreaResult> areas, List<String> critical) {}

  private RuleResult evaluate(CertificationRule rule, Totals t) {
    if (rule instanceof CertificationRule.OverallCut o) {
      if (o.minPoints() != null) {
        boolean ok = t.points() >= o.minPoints() - 1e-9;
        return new RuleResult("overall", o.label(), ok, ItemScorer.fmt(t.points()) + " points " + (ok ? "≥ " : "< ") + ItemScorer.fmt(o.minPoints()), null);
      }
      double min = o.minPercent() == null ? 0 : o.minPercent();
      boolean ok = t.percent() >= min - 1e-9;
      return new RuleResult("overall", o.label(), ok, pct(t.percent()) + (ok ? " ≥ " : " < ") + pct(min), null);
    }
    if (rule instanceof CertificationRule.AreaMinimum a) {
      AreaResult ar = t.areas().get(a.area());
      if (ar == null) {
        return new RuleResult("area-minimum", a.label(), false, "area " + a.area() + ": no item on the form", null);
      }
      boolean ok = ar.percent() >= a.minPercent() - 1e-9;
      return new RuleResult("area-minimum", a.label(), ok, "area " + a.area() + ": " + pct(ar.percent()) + (ok ? " ≥ " : " < ") + pct(a.minPercent()), null);
    }
    if (rule instanceof CertificationRule.CompetenceLevel c) {
      CompetenceResult cr = t.competences().get(c.competence());
      String level = cr == null ? null : cr.level();
      boolean ok = level != null && framework.scale().rank(level) >= framework.scale().rank(c.minLevel());
      return new RuleResult("competence-level", c.label(), ok,
          "competence " + c.competence() + ": level " + (level == null ? "none" : level) + (ok ? " ≥ " : " < ") + c.minLevel(), null);
    }
    if (rule instanceof CertificationRule.NoCriticalError n) {
      boolean ok = t.critical().isEmpty();
      return new RuleResult("no-critical-error", n.label(), ok, ok ? "no critical error" : "critical errors: " + t.critical(), null);
    }
    CertificationRule.Group g = (CertificationRule.Group) rule;
    List<RuleResult> children = new ArrayList<>();
    for (CertificationRule r : g.rules()) {
      children.add(evaluate(r, t));
    }
    boolean ok = combine(g.combine(), children);
    long passedCount = children.stream().filter(RuleResult::passed).count();
    return new RuleResult("group", g.label(), ok, g.combine().jsonName() + ": " + passedCount + " of " + children.size() + " passed", children);
  }

  private static boolean combine(Combine combine, List<RuleResult> rules) {
    return combine == Combine.ALL ? rules.stream().allMatch(RuleResult::passed) : rules.stream().anyMatch(RuleResult::passed);
  }

  private static double percent(double points, double max) {
    return max <= 0 ? 0 : 100.0 * points / max;
  }

  private static String pct(double p) {
    return ItemScorer.fmt(p) + "%";
  }

  private static String fingerprintOf(Assessment a) {
    try {
      byte[] canonical = Documents.standard().write(a, DocumentFormat.JSON).getBytes(StandardCharsets.UTF_8);
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String readVersion() {
    Properties p = new Properties();
    try (InputStream in = CompiledAssessment.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
