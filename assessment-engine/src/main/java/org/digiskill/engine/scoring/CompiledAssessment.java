package org.digiskill.engine.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.irt.AbilityEstimate;
import org.digiskill.engine.irt.AbilityEstimator;
import org.digiskill.engine.irt.ItemModel;
import org.digiskill.engine.irt.ItemResponse;
import org.digiskill.engine.delivery.FormGenerator;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.assessment.CertificationPolicy;
import org.digiskill.model.assessment.CertificationRule;
import org.digiskill.model.assessment.Combine;
import org.digiskill.model.assessment.LevelRule;
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
  private static final LevelRule.HighestMastered LEVEL_EVIDENCE = new LevelRule.HighestMastered(70.0, 1);

  private final Assessment assessment;
  private final CompetencyFramework framework;
  private final FormGenerator generator;
  // The bank's items by index: each one's scorer and IRT model (null when none), and its
  // alignments, all items' in one run of arrays (item i's are alignFrom[i] to alignFrom[i + 1]):
  // the competence, the tally cell and the share of the item's points. Flat arrays rather than
  // an object per item, so that scoring an item reads a few neighbouring slots.
  private final ItemScorer[] scorers;
  private final ItemModel[] irtModels;
  private final int[] alignFrom;
  private final int[] alignCompetence;
  private final int[] alignCell;
  private final double[] alignShare;
  private final IdIndex itemIndex;
  private final String[] itemIds; // by bank index
  private final int formSize;
  private final String[] sectionIds;
  private final Double[] sectionFloors;
  // The codes of the framework's competences, areas and levels by index: scoring reads them for
  // every report, from one array each rather than one record each.
  private final String[] competenceCodes;
  private final String[] areaCodes;
  private final String[] levelCodes;
  private final int[] areaIndexOf;
  // The tally keeps one cell per (competence, level) that some alignment of the bank evidences.
  // Per competence k: the levels it is evidenced at, lowest first, and the cell of each, at
  // competenceFrom[k] to competenceFrom[k + 1] of the two arrays.
  private final int[] competenceFrom;
  private final int[] competenceLevels;
  private final int[] competenceCells;
  private final int cells;
  private final CompiledRule[] rules; // the certification policy's rules, codes resolved
  private final LevelRule.ThetaCuts thetaCuts; // null unless the assessment scores by IRT
  private final AbilityEstimator estimator;
  private final String fingerprint;
  // The level rule (the assessment's, or the default that judges evidence under theta cuts),
  // unboxed: its fewest items and its threshold less the comparison's tolerance.
  private final int levelMinItems;
  private final double levelThreshold;

  // Per alignment: the competence index, the tally cell of its competence and level, its share of the item.

  private CompiledAssessment(Assessment assessment, CompetencyFramework framework) {
    this.assessment = assessment;
    this.framework = framework;
    this.generator = new FormGenerator(assessment, framework);
    List<Competence> competences = framework.competences();
    List<CompetenceArea> areas = framework.areas();
    List<ProficiencyLevel> levels = framework.scale().levels();
    Map<String, Integer> ci = new HashMap<>();
    Map<String, Integer> ai = new HashMap<>();
    for (int a = 0; a < areas.size(); a++) {
      ai.put(areas.get(a).code(), a);
    }
    this.competenceCodes = competences.stream().map(Competence::code).toArray(String[]::new);
    this.areaCodes = areas.stream().map(CompetenceArea::code).toArray(String[]::new);
    this.levelCodes = levels.stream().map(ProficiencyLevel::code).toArray(String[]::new);
    this.areaIndexOf = new int[competences.size()];
    for (int k = 0; k < competences.size(); k++) {
      ci.put(competences.get(k).code(), k);
      areaIndexOf[k] = ai.get(framework.areaOf(competences.get(k).code()).map(CompetenceArea::code).orElseThrow());
    }
    int ns = assessment.sections().size();
    this.sectionIds = new String[ns];
    this.sectionFloors = new Double[ns];
    for (int k = 0; k < ns; k++) {
      sectionIds[k] = assessment.sections().get(k).id();
      sectionFloors[k] = assessment.sections().get(k).floor();
    }
    List<Item> itemList = assessment.items();
    int bankSize = itemList.size();
    this.scorers = new ItemScorer[bankSize];
    this.irtModels = new ItemModel[bankSize];
    this.alignFrom = new int[bankSize + 1];
    for (int i = 0; i < bankSize; i++) {
      alignFrom[i + 1] = alignFrom[i] + itemList.get(i).alignments().size();
    }
    this.alignCompetence = new int[alignFrom[bankSize]];
    this.alignCell = new int[alignFrom[bankSize]];
    this.alignShare = new double[alignFrom[bankSize]];
    int[] cellOf = new int[competences.size() * levels.size()]; // competence × levels + level -> cell, or -1
    Arrays.fill(cellOf, -1);
    int usedCells = 0;
    for (int i = 0; i < itemList.size(); i++) {
      Item item = itemList.get(i);
      List<Alignment> al = item.alignments();
      double total = 0;
      for (Alignment a : al) {
        total += a.effectiveWeight();
      }
      for (int k = 0; k < al.size(); k++) {
        int at = alignFrom[i] + k;
        alignCompetence[at] = ci.get(al.get(k).competence());
        int slot = alignCompetence[at] * levels.size() + framework.scale().rank(al.get(k).level());
        if (cellOf[slot] < 0) {
          cellOf[slot] = usedCells++;
        }
        alignCell[at] = cellOf[slot];
        alignShare[at] = al.get(k).effectiveWeight() / total;
      }
      irtModels[i] = item.irt() == null || item.selfReported() ? null : ItemModel.from(item.irt());
      scorers[i] = ItemScorer.of(item, sectionIds);
    }
    this.cells = usedCells;
    this.competenceFrom = new int[competences.size() + 1];
    this.competenceLevels = new int[usedCells];
    this.competenceCells = new int[usedCells];
    int at = 0;
    for (int k = 0; k < competences.size(); k++) {
      competenceFrom[k] = at;
      for (int l = 0; l < levels.size(); l++) {
        int cell = cellOf[k * levels.size() + l];
        if (cell >= 0) {
          competenceLevels[at] = l;
          competenceCells[at++] = cell;
        }
      }
    }
    competenceFrom[competences.size()] = at;
    this.itemIds = itemList.stream().map(Item::id).toArray(String[]::new);
    this.itemIndex = IdIndex.of(Arrays.asList(itemIds));
    this.rules = assessment.certification().rules().stream().map(r -> compileRule(r, ci, ai)).toArray(CompiledRule[]::new);
    this.formSize = generator.formSize();
    this.fingerprint = fingerprintOf(assessment);
    this.thetaCuts = assessment.levelRule() instanceof LevelRule.ThetaCuts tc ? tc : null;
    this.estimator = thetaCuts == null ? null : AbilityEstimator.standard(thetaCuts.estimator().jsonName());
    LevelRule.HighestMastered levelRule = assessment.levelRule() instanceof LevelRule.HighestMastered hm ? hm : LEVEL_EVIDENCE;
    this.levelMinItems = levelRule.minItems();
    this.levelThreshold = levelRule.threshold() - 1e-9;
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
    int[] formItems = new int[formSize];
    int[] formSections = new int[formSize];
    int n = generator.select(submission.seed(), formItems, formSections);
    Response[] byForm = responsesByForm(submission, formItems, n);
    Tally t = new Tally(cells, sectionIds.length, competenceCodes.length, areaCodes.length, thetaCuts != null);
    ItemResult[] items = scoreItems(byForm, formItems, formSections, n, t);
    double points = 0;
    for (int s = 0; s < t.sectionPoints.length; s++) {
      Double floor = sectionFloors[s];
      points += floor == null ? t.sectionPoints[s] : Math.max(floor, t.sectionPoints[s]);
    }
    double percent = percent(points, t.maxPoints);
    CompetenceResult[] byCompetence = new CompetenceResult[competenceCodes.length];
    List<CompetenceResult> competenceResults = competenceResults(t, byCompetence);
    AreaResult[] byArea = new AreaResult[areaCodes.length];
    List<AreaResult> areaResults = areaResults(t, byCompetence, byArea);
    List<String> critical = t.critical == null ? List.of() : t.critical;
    CertificationPolicy policy = assessment.certification();
    Totals totals = new Totals(points, t.maxPoints, percent, byCompetence, t.levelRank, byArea, critical);
    RuleResult[] ruleResults = new RuleResult[rules.length];
    for (int k = 0; k < rules.length; k++) {
      ruleResults[k] = evaluate(rules[k], totals);
    }
    List<RuleResult> ruleList = FrozenList.wrap(ruleResults);
    boolean passed = combine(policy.combine(), ruleList);
    Instant validUntil = passed && policy.validity() != null && submission.submittedAt() != null
        ? LocalDateTime.ofEpochSecond(submission.submittedAt().getEpochSecond(), submission.submittedAt().getNano(), ZoneOffset.UTC)
            .plus(policy.validity()).toInstant(ZoneOffset.UTC)
        : null;
    return new ScoreReport(submission.attemptId(), submission.candidate(), assessment.id(), assessment.version(), fingerprint,
        LIBRARY_VERSION, submission.seed(), points, t.maxPoints, percent, t.irtAll == null ? null : ability(t.irtAll),
        passed ? Decision.PASSED : Decision.FAILED, ruleList,
        critical, validUntil, FrozenList.wrap(items), competenceResults, areaResults, List.of());
  }

  /** What scoring the items of one submission adds up, per competence and level, section and IRT model. */
  private static final class Tally {
    final double[] points; // per cell: a competence at a level (see cellOf)
    final double[] max;
    final int[] count;
    final int[] selfLevel; // per competence: the highest self-reported level rank, or -1
    final int[] levelRank; // per competence: the rank of the level attained, or -1
    final double[] sectionPoints;
    final double[] areaSums; // per area a: points at 2a, max points at 2a + 1, over its competences with results
    final int[] areaCounts; // per area a: evidence at 2a, competences with results at 2a + 1
    double maxPoints;
    List<String> critical; // null until the first critical error
    final List<ItemResponse> irtAll; // null unless the assessment scores by IRT
    final List<List<ItemResponse>> irtByCompetence;

    Tally(int cells, int sections, int competences, int areas, boolean irt) {
      points = new double[cells];
      max = new double[cells];
      count = new int[cells];
      selfLevel = new int[competences];
      Arrays.fill(selfLevel, -1);
      levelRank = new int[competences];
      Arrays.fill(levelRank, -1);
      sectionPoints = new double[sections];
      areaSums = new double[2 * areas];
      areaCounts = new int[2 * areas];
      irtAll = irt ? new ArrayList<>() : null;
      irtByCompetence = irt ? new ArrayList<>(competences) : null;
      for (int k = 0; irt && k < competences; k++) {
        irtByCompetence.add(new ArrayList<>(2));
      }
    }
  }

  /**
   * The response to each delivered item, by place on the form; refuses unknown, undelivered and
   * repeated items. Portals send responses in form order, often with gaps: each response is first
   * compared with the form item after the last one matched, and looked up by id only when that
   * fails.
   */
  private Response[] responsesByForm(Submission submission, int[] formItems, int formCount) {
    Response[] byForm = new Response[formCount];
    int[] formPosition = null; // per bank index: 1 + its place on the form, 0 when not delivered; made when first needed
    List<Response> rs = submission.responses();
    int next = 0; // the form place expected next
    for (int k = 0; k < rs.size(); k++) {
      Response r = rs.get(k);
      String id = itemOf(r);
      int f;
      if (next < formCount && itemIds[formItems[next]].equals(id)) {
        f = next;
      } else {
        int idx = itemIndex.get(id);
        if (idx == IdIndex.ABSENT) {
          throw new InvalidSubmissionException("submission.unknown-item", "/responses/" + k + "/item",
              "expected an item of the assessment but was [" + id + "]");
        }
        if (formPosition == null) {
          formPosition = new int[scorers.length];
          for (int p = 0; p < formCount; p++) {
            formPosition[formItems[p]] = p + 1;
          }
        }
        f = formPosition[idx] - 1;
        if (f < 0) {
          throw new InvalidSubmissionException("submission.not-delivered", "/responses/" + k + "/item",
              "item [" + id + "] was not on the form delivered with seed " + submission.seed());
        }
      }
      if (byForm[f] != null) {
        throw new InvalidSubmissionException("submission.duplicate-response", "/responses/" + k + "/item",
            "item [" + id + "] is answered more than once");
      }
      byForm[f] = r;
      next = f + 1;
    }
    return byForm;
  }

  /**
   * {@link Response#item()}, through type tests, the commonest kinds first: called for every
   * response, of ten kinds, the interface call would be megamorphic, and a slow one after a parse.
   */
  private static String itemOf(Response r) {
    if (r instanceof Response.SingleChoice x) {
      return x.item();
    } else if (r instanceof Response.Hotspot x) {
      return x.item();
    } else if (r instanceof Response.Ordering x) {
      return x.item();
    } else if (r instanceof Response.TextEntry x) {
      return x.item();
    } else if (r instanceof Response.Numeric x) {
      return x.item();
    } else if (r instanceof Response.MultipleChoice x) {
      return x.item();
    } else if (r instanceof Response.Matching x) {
      return x.item();
    } else if (r instanceof Response.TrueFalse x) {
      return x.item();
    }
    return r.item();
  }

  /** Scores each delivered item in form order and adds it to the tally. */
  private ItemResult[] scoreItems(Response[] byForm, int[] formItems, int[] formSections, int formCount, Tally t) {
    ItemResult[] results = new ItemResult[formCount];
    for (int f = 0; f < formCount; f++) {
      int item = formItems[f];
      Response r = byForm[f];
      ItemResult res = scorers[item].score(r, formSections[f]);
      int from = alignFrom[item];
      int to = alignFrom[item + 1];
      results[f] = res;
      if (res.hasCritical()) {
        if (t.critical == null) {
          t.critical = new ArrayList<>();
        }
        for (String what : res.critical()) {
          t.critical.add(res.item() + ":" + what);
        }
      }
      if (res.selfReported()) {
        String level = r == null ? null : scorers[item].selfReportedLevel(r);
        int rank = level == null ? -1 : framework.scale().rank(level);
        for (int a = from; a < to; a++) {
          t.selfLevel[alignCompetence[a]] = Math.max(t.selfLevel[alignCompetence[a]], rank);
        }
        continue;
      }
      t.sectionPoints[formSections[f]] += res.points();
      t.maxPoints += res.maxPoints();
      if (t.irtAll != null && irtModels[item] != null) {
        ItemResponse ir = ItemResponse.of(irtModels[item], category(irtModels[item], res));
        t.irtAll.add(ir);
        for (int a = from; a < to; a++) {
          List<ItemResponse> list = t.irtByCompetence.get(alignCompetence[a]);
          // An item aligned twice to one competence counts once.
          if (list.isEmpty() || list.get(list.size() - 1) != ir) {
            list.add(ir);
          }
        }
      }
      for (int a = from; a < to; a++) {
        int cell = alignCell[a];
        t.points[cell] += res.points() * alignShare[a];
        t.max[cell] += res.maxPoints() * alignShare[a];
        t.count[cell]++;
      }
    }
    return results;
  }

  /**
   * One result per competence with tested or self-reported evidence, in framework order, each with
   * its evidence per evidenced level, lowest first, judged by the level rule, and (unless theta
   * cuts place it) the level the rule places it at: the highest level mastered with every lower
   * level that has enough items mastered too. One pass over each competence's tally cells.
   */
  private List<CompetenceResult> competenceResults(Tally t, CompetenceResult[] byCompetence) {
    int nc = competenceCodes.length;
    int found = 0;
    for (int k = 0; k < nc; k++) {
      int from = competenceFrom[k];
      int to = competenceFrom[k + 1];
      LevelEvidence[] levels = null; // made at the first level with evidence
      int n = 0;
      int evidence = 0;
      double p = 0;
      double m = 0;
      int placed = -1;
      boolean placing = true;
      for (int j = from; j < to; j++) {
        int cell = competenceCells[j];
        int count = t.count[cell];
        if (count == 0) {
          continue;
        }
        double cp = t.points[cell];
        double cm = t.max[cell];
        evidence += count;
        p += cp;
        m += cm;
        double pc = percent(cp, cm);
        boolean enough = count >= levelMinItems;
        boolean mastered = enough && pc >= levelThreshold;
        if (placing && enough) {
          if (mastered) {
            placed = competenceLevels[j];
          } else {
            placing = false; // a level with enough items not mastered: nothing above counts
          }
        }
        if (levels == null) {
          levels = new LevelEvidence[to - j];
        }
        levels[n++] = new LevelEvidence(levelCodes[competenceLevels[j]], cp, cm, pc, count, mastered);
      }
      if (evidence == 0 && t.selfLevel[k] < 0) {
        continue;
      }
      List<LevelEvidence> ev = n == 0 ? List.of() : FrozenList.wrap(n == levels.length ? levels : Arrays.copyOf(levels, n));
      String level;
      Ability ability = null;
      if (thetaCuts == null) {
        t.levelRank[k] = placed;
        level = placed < 0 ? null : levelCodes[placed];
      } else {
        // Under theta cuts the evidence per level is still reported; the level comes from theta.
        ability = ability(t.irtByCompetence.get(k));
        level = ability == null ? null : levelAt(ability.theta());
        t.levelRank[k] = level == null ? -1 : framework.scale().rank(level);
      }
      String self = t.selfLevel[k] < 0 ? null : levelCodes[t.selfLevel[k]];
      int a = areaIndexOf[k];
      byCompetence[k] = new CompetenceResult(competenceCodes[k], areaCodes[a], p, m, percent(p, m), evidence, level, ev, self, ability);
      t.areaSums[2 * a] += p;
      t.areaSums[2 * a + 1] += m;
      t.areaCounts[2 * a] += evidence;
      t.areaCounts[2 * a + 1]++;
      found++;
    }
    return FrozenList.present(byCompetence, found);
  }

  /**
   * One result per area with a competence result, in framework order: the sums over its
   * competences, which {@link #competenceResults} added up.
   */
  private List<AreaResult> areaResults(Tally t, CompetenceResult[] byCompetence, AreaResult[] byArea) {
    int na = areaCodes.length;
    int found = 0;
    for (int a = 0; a < na; a++) {
      if (t.areaCounts[2 * a + 1] == 0) {
        continue;
      }
      Ability areaAbility = null;
      if (thetaCuts != null) {
        List<ItemResponse> inArea = new ArrayList<>();
        for (int k = 0; k < byCompetence.length; k++) {
          if (areaIndexOf[k] == a) {
            for (ItemResponse ir : t.irtByCompetence.get(k)) {
              if (inArea.stream().noneMatch(x -> x == ir)) {
                inArea.add(ir);
              }
            }
          }
        }
        areaAbility = ability(inArea);
      }
      double p = t.areaSums[2 * a];
      double m = t.areaSums[2 * a + 1];
      byArea[a] = new AreaResult(areaCodes[a], p, m, percent(p, m), t.areaCounts[2 * a], areaAbility);
      found++;
    }
    return FrozenList.present(byArea, found);
  }

  /**
   * The category an item's score gives on its IRT model: for dichotomous models 1 for full points
   * and 0 otherwise (unanswered and invalid included); for polytomous ones the share of points
   * rounded to the nearest category.
   */
  private static int category(ItemModel model, ItemResult res) {
    int top = model.categories() - 1;
    double share = res.maxPoints() <= 0 ? 0 : Math.max(0, res.points()) / res.maxPoints();
    if (top == 1) {
      return share >= 1 - 1e-9 ? 1 : 0;
    }
    return (int) Math.max(0, Math.min(top, Math.round(share * top)));
  }

  private Ability ability(List<ItemResponse> responses) {
    if (responses.isEmpty()) {
      return null;
    }
    AbilityEstimate e = estimator.estimate(responses);
    return new Ability(e.theta(), e.se(), thetaCuts.estimator().jsonName(), responses.size());
  }

  /** The highest level whose cut the theta reaches, or null below every cut. */
  private String levelAt(double theta) {
    String level = null;
    for (LevelRule.Cut cut : thetaCuts.cuts()) {
      if (theta >= cut.theta()) {
        level = cut.level();
      }
    }
    return level;
  }

  private record Totals(double points, double max, double percent, CompetenceResult[] competences, int[] levelRank,
      AreaResult[] areas, List<String> critical) {}

  /**
   * A certification rule with what scoring looks up resolved once: the index of its area or
   * competence (-1 when the framework has none by that code) and the rank of its minimum level.
   */
  private record CompiledRule(CertificationRule rule, int index, int minRank, CompiledRule[] children) {}

  private CompiledRule compileRule(CertificationRule rule, Map<String, Integer> competences, Map<String, Integer> areas) {
    if (rule instanceof CertificationRule.AreaMinimum a) {
      return new CompiledRule(rule, areas.getOrDefault(a.area(), -1), -1, null);
    }
    if (rule instanceof CertificationRule.CompetenceLevel c) {
      return new CompiledRule(rule, competences.getOrDefault(c.competence(), -1), framework.scale().rank(c.minLevel()), null);
    }
    if (rule instanceof CertificationRule.Group g) {
      return new CompiledRule(rule, -1, -1, g.rules().stream().map(r -> compileRule(r, competences, areas)).toArray(CompiledRule[]::new));
    }
    return new CompiledRule(rule, -1, -1, null);
  }

  private RuleResult evaluate(CompiledRule compiled, Totals t) {
    CertificationRule rule = compiled.rule();
    if (rule instanceof CertificationRule.OverallCut o) {
      if (o.minPoints() != null) {
        boolean ok = t.points() >= o.minPoints() - 1e-9;
        return new RuleResult("overall", o.label(), ok,
            () -> ItemScorer.fmt(t.points()) + " points " + (ok ? "≥ " : "< ") + ItemScorer.fmt(o.minPoints()), null);
      }
      double min = o.minPercent() == null ? 0 : o.minPercent();
      boolean ok = t.percent() >= min - 1e-9;
      return new RuleResult("overall", o.label(), ok, () -> pct(t.percent()) + (ok ? " ≥ " : " < ") + pct(min), null);
    }
    if (rule instanceof CertificationRule.AreaMinimum a) {
      AreaResult ar = compiled.index() < 0 ? null : t.areas()[compiled.index()];
      if (ar == null) {
        return new RuleResult("area-minimum", a.label(), false, () -> "area " + a.area() + ": no item on the form", null);
      }
      boolean ok = ar.percent() >= a.minPercent() - 1e-9;
      return new RuleResult("area-minimum", a.label(), ok,
          () -> "area " + a.area() + ": " + pct(ar.percent()) + (ok ? " ≥ " : " < ") + pct(a.minPercent()), null);
    }
    if (rule instanceof CertificationRule.CompetenceLevel c) {
      int ci = compiled.index();
      CompetenceResult cr = ci < 0 ? null : t.competences()[ci];
      String level = cr == null ? null : cr.level();
      boolean ok = level != null && t.levelRank()[ci] >= compiled.minRank();
      return new RuleResult("competence-level", c.label(), ok,
          () -> "competence " + c.competence() + ": level " + (level == null ? "none" : level) + (ok ? " ≥ " : " < ") + c.minLevel(), null);
    }
    if (rule instanceof CertificationRule.NoCriticalError n) {
      boolean ok = t.critical().isEmpty();
      return new RuleResult("no-critical-error", n.label(), ok, () -> ok ? "no critical error" : "critical errors: " + t.critical(), null);
    }
    CertificationRule.Group g = (CertificationRule.Group) rule;
    RuleResult[] childResults = new RuleResult[compiled.children().length];
    for (int k = 0; k < childResults.length; k++) {
      childResults[k] = evaluate(compiled.children()[k], t);
    }
    List<RuleResult> children = FrozenList.wrap(childResults);
    boolean ok = combine(g.combine(), children);
    int passedCount = 0;
    for (RuleResult r : children) {
      passedCount += r.passed() ? 1 : 0;
    }
    int passed = passedCount;
    return new RuleResult("group", g.label(), ok, () -> g.combine().jsonName() + ": " + passed + " of " + children.size() + " passed", children);
  }

  private static boolean combine(Combine combine, List<RuleResult> rules) {
    for (RuleResult r : rules) {
      if (combine == Combine.ALL && !r.passed()) {
        return false;
      }
      if (combine == Combine.ANY && r.passed()) {
        return true;
      }
    }
    return combine == Combine.ALL;
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
