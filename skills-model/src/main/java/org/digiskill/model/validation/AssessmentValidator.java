package org.digiskill.model.validation;

import static org.digiskill.model.validation.Pointers.bracket;
import static org.digiskill.model.validation.Pointers.child;

import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.assessment.CertificationPolicy;
import org.digiskill.model.assessment.CertificationRule;
import org.digiskill.model.assessment.Draw;
import org.digiskill.model.assessment.LevelRule;
import org.digiskill.model.assessment.Section;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.FrameworkRef;
import org.digiskill.model.item.Alignment;
import org.digiskill.model.item.Choice;
import org.digiskill.model.item.Item;
import org.digiskill.model.item.Parts;

/**
 * Checks an {@link Assessment} against the {@link CompetencyFramework} it is built on: first the
 * Bean Validation annotations of the model (local facts such as positive points), then the rules
 * that span the document and the framework.
 *
 * <p>The rules, each reported with a JSON Pointer path, a stable code and a message in Vietnamese
 * and English:
 *
 * <ul>
 *   <li><b>Assessment</b>: it names the framework it is checked against (one the validator knows);
 *       {@code defaultLanguage} is a BCP 47 tag listed in {@code languages}, which are well-formed
 *       and distinct; a time limit is positive and a retake cooldown not negative.
 *   <li><b>Texts</b>: every title, prompt, option, step, label, alternative text and feedback has
 *       text in the default language (an error; a description only a warning) and in every other
 *       language of the assessment (a warning).
 *   <li><b>Items</b>: unique ids; alignments name a competence of the framework and a level of its
 *       scale; the key fits the kind (a correct choice exists and is not critical, an order is a
 *       permutation of the steps, pairs name existing options, a hotspot has an image with a size,
 *       well-shaped regions and a correct one, a practical task has a required step and an acyclic
 *       order, ...); the scoring rule fits the kind; IRT parameters fit their model.
 *   <li><b>Sections</b>: unique ids; fixed items exist and are fixed once; draw filters name a
 *       competence, area and level of the framework and a tag some item has; draws can be
 *       satisfied; at least one item is delivered. An item no section can deliver is a warning.
 *   <li><b>Certification</b>: every rule label has default-language text; an overall cut has
 *       exactly one of {@code minPoints} and {@code minPercent}; rules name existing areas,
 *       competences and levels, also inside groups; the validity period is positive.
 * </ul>
 *
 * <p><b>Draw satisfiability</b> is checked conservatively, without searching every way the draws
 * could share items. The <em>pool</em> of a draw is the bank items that match all its filters
 * (competence, area and level on one alignment, as delivery matches them, and tag) less every item
 * fixed in any section. Draws are taken in section order, and in document order within a section.
 * A draw is reported unsatisfiable unless its pool has at least its own count <em>plus</em> the
 * counts of all earlier draws whose pools share an item with it, since those draws may have taken
 * exactly the shared items. This never accepts a form that delivery could fail to fill; it may
 * reject a few that some lucky seed would fill, and the author fixes those by making the draws'
 * filters disjoint or the bank larger.
 *
 * <p>Every problem is reported, not only the first, and validation never throws for an
 * assessment however wrong it is. Immutable and thread-safe.
 */
public final class AssessmentValidator {
  /** The framework every assessment is checked against, or null to resolve each one's among {@link #known}. */
  private final CompetencyFramework fixed;

  private final Map<FrameworkRef, CompetencyFramework> known;

  private AssessmentValidator(CompetencyFramework fixed, Map<FrameworkRef, CompetencyFramework> known) {
    this.fixed = fixed;
    this.known = known;
  }

  /**
   * Returns a validator for assessments on this framework, which should itself be valid (see
   * {@link FrameworkValidator}); an assessment that names another framework is reported.
   */
  public static AssessmentValidator forFramework(CompetencyFramework framework) {
    Objects.requireNonNull(framework, "framework");
    return new AssessmentValidator(framework, Map.of(framework.ref(), framework));
  }

  /**
   * Returns a validator that checks each assessment against the framework it names, found among
   * these (e.g. the files being validated, then the built-in catalogue); when several have the same
   * id and version, the first wins. An assessment whose framework is not among them is reported at
   * {@code /framework}, and checked for everything that does not need the framework.
   */
  public static AssessmentValidator forFrameworks(Collection<CompetencyFramework> frameworks) {
    Map<FrameworkRef, CompetencyFramework> all = new LinkedHashMap<>();
    for (CompetencyFramework f : Objects.requireNonNull(frameworks, "frameworks")) {
      Objects.requireNonNull(f, "framework");
      all.putIfAbsent(f.ref(), f);
    }
    return new AssessmentValidator(null, Collections.unmodifiableMap(all));
  }

  /** Returns the frameworks assessments may be checked against, in the order given. */
  public List<CompetencyFramework> frameworks() {
    return List.copyOf(known.values());
  }

  /** Returns every problem of the assessment; an empty report when there is none. */
  public ValidationReport validate(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    Findings findings =
        new Findings(BeanChecks.check(assessment), assessment.defaultLanguage(), assessment.languages());
    CompetencyFramework framework = fixed != null ? fixed : known.get(assessment.framework());
    if (fixed != null && !assessment.framework().equals(fixed.ref())) {
      findings.error("/framework", "assessment.framework-mismatch", bracket(fixed.ref()), bracket(assessment.framework()));
    } else if (framework == null) {
      findings.error("/framework", "assessment.unknown-framework", bracket(assessment.framework()), refs());
    }
    new Run(assessment, framework, findings).checkAll();
    return findings.report();
  }

  private Set<String> refs() {
    Set<String> s = new TreeSet<>();
    for (FrameworkRef r : known.keySet()) {
      s.add(r.toString());
    }
    return s;
  }

  /** One validation; {@code framework} is null when the assessment's framework is unknown. */
  private static final class Run {
    private final Assessment a;
    private final CompetencyFramework framework;
    private final Findings f;
    private final ItemChecks items;

    Run(Assessment a, CompetencyFramework framework, Findings f) {
      this.a = a;
      this.framework = framework;
      this.f = f;
      this.items = new ItemChecks(f, framework);
    }

    void checkAll() {
      header();
      items();
      sections();
      levelRule();
      certification();
      adaptive();
    }

    /** An adaptive block: lengths in order, target areas that exist, items it can choose from. */
    private void adaptive() {
      a.adaptive().ifPresent(ad -> {
        if (ad.minItems() > ad.maxItems()) {
          f.error("/adaptive/minItems", "assessment.adaptive.length-order", bracket(ad.minItems()), bracket(ad.maxItems()));
        }
        for (String area : ad.contentTargets().keySet()) {
          if (framework.area(area).isEmpty()) {
            f.error("/adaptive/contentTargets/" + Pointers.escape(area), "assessment.unknown-area", bracket(framework.ref()), bracket(area));
          }
        }
        long calibrated = a.items().stream().filter(i -> i.irt() != null && !i.selfReported()).count();
        if (calibrated == 0) {
          f.error("/adaptive", "assessment.adaptive.no-irt-items");
        } else if (calibrated < ad.maxItems()) {
          f.warning("/adaptive/maxItems", "assessment.adaptive.bank-smaller-than-test", bracket(calibrated), bracket(ad.maxItems()));
        }
      });
    }

    private void header() {
      String lang = a.defaultLanguage();
      Map<String, String> seen = new HashMap<>();
      for (int i = 0; i < a.languages().size(); i++) {
        String l = a.languages().get(i);
        String p = child("/languages", i);
        if (!FrameworkValidator.isLanguageTag(l)) {
          if (!f.reported(p)) {
            f.error(p, "assessment.language.invalid", bracket(l));
          }
          continue;
        }
        String prev = seen.putIfAbsent(l.toLowerCase(Locale.ROOT), p);
        if (prev != null) {
          f.error(p, "assessment.duplicate-language", bracket(l), prev);
        }
      }
      if (!FrameworkValidator.isLanguageTag(lang)) {
        f.error("/defaultLanguage", "assessment.default-language.invalid", bracket(lang));
      } else if (!a.languages().isEmpty() && !seen.containsKey(lang.toLowerCase(Locale.ROOT))) {
        f.error("/defaultLanguage", "assessment.default-language.not-listed", a.languages(), bracket(lang));
      }
      a.timeLimit().ifPresent(this::timeLimit);
      Duration cooldown = a.attempts().cooldown();
      if (cooldown != null && cooldown.isNegative()) {
        f.error("/attempts/cooldown", "assessment.cooldown.negative", bracket(cooldown));
      }
      f.text("/title", a.title(), true);
      a.description().ifPresent(d -> f.text("/description", d, false));
    }

    private void timeLimit(Duration d) {
      if (d.isZero() || d.isNegative()) {
        f.error("/timeLimit", "assessment.time-limit.not-positive", bracket(d));
      }
    }

    private void items() {
      Map<String, String> first = new HashMap<>();
      List<Item> bank = a.items();
      for (int i = 0; i < bank.size(); i++) {
        Item item = bank.get(i);
        String p = child("/items", i);
        String prev = first.putIfAbsent(item.id(), p);
        if (prev != null) {
          f.error(p + "/id", "item.duplicate-id", bracket(item.id()), prev);
        }
        items.check(p, item);
        items.checkScoring(p, item);
      }
    }

    // ---------------------------------------------------------------- sections and draws

    private void sections() {
      List<Section> sections = a.sections();
      List<Item> bank = a.items();
      Map<String, String> sectionFirst = new HashMap<>();
      Map<String, String> fixedAt = new HashMap<>();
      long delivered = 0;
      for (int i = 0; i < sections.size(); i++) {
        Section s = sections.get(i);
        String sp = child("/sections", i);
        String prev = sectionFirst.putIfAbsent(s.id(), sp);
        if (prev != null) {
          f.error(sp + "/id", "section.duplicate-id", bracket(s.id()), prev);
        }
        f.text(sp + "/title", s.title(), true);
        f.finite(sp + "/floor", s.floor());
        if (s.items().isEmpty() && s.draws().isEmpty()) {
          f.warning(sp, "section.empty");
        }
        for (int k = 0; k < s.items().size(); k++) {
          String id = s.items().get(k);
          String ip = child(sp + "/items", k);
          delivered++;
          if (a.item(id).isEmpty()) {
            f.error(ip, "section.unknown-item", bracket(id));
            continue;
          }
          String firstAt = fixedAt.putIfAbsent(id, ip);
          if (firstAt != null) {
            f.error(ip, "section.item-fixed-twice", bracket(id), firstAt);
          }
        }
      }

      Set<String> tags = new TreeSet<>();
      for (Item item : bank) {
        tags.addAll(item.tags());
      }
      BitSet fixed = new BitSet(bank.size());
      for (int n = 0; n < bank.size(); n++) {
        if (fixedAt.containsKey(bank.get(n).id())) {
          fixed.set(n);
        }
      }
      BitSet reachable = (BitSet) fixed.clone();
      // Without the framework, draws by area cannot be resolved: count them, judge nothing.
      boolean allDrawsResolved = framework != null;
      List<BitSet> earlierPools = new ArrayList<>();
      List<Integer> earlierCounts = new ArrayList<>();
      for (int i = 0; i < sections.size(); i++) {
        List<Draw> draws = sections.get(i).draws();
        for (int j = 0; j < draws.size(); j++) {
          Draw d = draws.get(j);
          String dp = child(child("/sections", i) + "/draws", j);
          if (framework == null) {
            delivered += Math.max(d.count(), 0);
            continue;
          }
          if (!filtersResolve(dp, d, tags)) {
            allDrawsResolved = false;
            continue;
          }
          BitSet pool = new BitSet(bank.size());
          for (int n = 0; n < bank.size(); n++) {
            if (!fixed.get(n) && matches(bank.get(n), d)) {
              pool.set(n);
            }
          }
          reachable.or(pool);
          int count = d.count();
          if (count <= 0) {
            continue; // Bean Validation reports it.
          }
          delivered += count;
          long earlier = 0;
          for (int e = 0; e < earlierPools.size(); e++) {
            if (earlierPools.get(e).intersects(pool)) {
              earlier += earlierCounts.get(e);
            }
          }
          int available = pool.cardinality();
          if (available < count + earlier) {
            f.error(dp, "section.draw.unsatisfiable", bracket(count + earlier), bracket(count), bracket(earlier), bracket(available));
          }
          earlierPools.add(pool);
          earlierCounts.add(count);
        }
      }
      if (!sections.isEmpty() && delivered == 0) {
        f.error("/sections", "assessment.nothing-delivered");
      }
      if (allDrawsResolved) {
        for (int n = 0; n < bank.size(); n++) {
          if (!reachable.get(n)) {
            f.warning(child("/items", n), "item.unreachable", bracket(bank.get(n).id()));
          }
        }
      }
    }

    /** Reports filters that name nothing; returns true when every filter resolves. */
    private boolean filtersResolve(String dp, Draw d, Set<String> tags) {
      boolean ok = true;
      if (d.competence() != null && framework.competence(d.competence()).isEmpty()) {
        f.error(dp + "/competence", "assessment.unknown-competence", bracket(framework.ref()), bracket(d.competence()));
        ok = false;
      }
      if (d.area() != null && framework.area(d.area()).isEmpty()) {
        f.error(dp + "/area", "assessment.unknown-area", bracket(framework.ref()), bracket(d.area()));
        ok = false;
      }
      if (d.level() != null && framework.scale().level(d.level()).isEmpty()) {
        items.level(dp + "/level", d.level());
        ok = false;
      }
      if (d.tag() != null && !tags.contains(d.tag())) {
        f.error(dp + "/tag", "section.draw.unknown-tag", bracket(d.tag()), tags);
        ok = false;
      }
      return ok;
    }

    /** True when the item passes every filter of the draw, as delivery matches them. */
    private boolean matches(Item item, Draw d) {
      if (d.tag() != null && !item.tags().contains(d.tag())) {
        return false;
      }
      if (d.competence() == null && d.area() == null && d.level() == null) {
        return true;
      }
      for (Alignment al : item.alignments()) {
        boolean ok =
            (d.competence() == null || d.competence().equals(al.competence()))
                && (d.level() == null || d.level().equals(al.level()))
                && (d.area() == null
                    || framework.areaOf(al.competence()).map(ar -> ar.code().equals(d.area())).orElse(false));
        if (ok) {
          return true;
        }
      }
      return false;
    }

    // ---------------------------------------------------------------- level rule and certification

    private void levelRule() {
      LevelRule rule = a.levelRule();
      if (rule instanceof LevelRule.HighestMastered hm) {
        f.finite("/levelRule/threshold", hm.threshold());
      }
      if (rule instanceof LevelRule.ThetaCuts tc) {
        int previousRank = -1;
        double previousTheta = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < tc.cuts().size(); k++) {
          LevelRule.Cut cut = tc.cuts().get(k);
          String p = "/levelRule/cuts/" + k;
          f.finite(p + "/theta", cut.theta());
          int rank = framework.scale().rank(cut.level());
          if (rank < 0) {
            f.error(p + "/level", "assessment.unknown-level", bracket(framework.ref()), bracket(cut.level()));
          } else if (rank <= previousRank || !(cut.theta() > previousTheta)) {
            f.error(p, "assessment.theta-cuts.order", bracket(cut.level()), bracket(cut.theta()));
          }
          previousRank = Math.max(previousRank, rank);
          previousTheta = Math.max(previousTheta, cut.theta());
        }
        if (a.items().stream().noneMatch(i -> i.irt() != null && !i.selfReported())) {
          f.error("/levelRule", "assessment.theta-cuts.no-irt-items");
        }
      }
    }

    private void certification() {
      CertificationPolicy c = a.certification();
      Period validity = c.validity();
      if (validity != null && (validity.isZero() || validity.isNegative())) {
        f.error("/certification/validity", "certification.validity.not-positive", bracket(validity));
      }
      rules("/certification/rules", c.rules(), hasCriticalParts());
    }

    private void rules(String path, List<CertificationRule> rules, boolean critical) {
      for (int k = 0; k < rules.size(); k++) {
        rule(child(path, k), rules.get(k), critical);
      }
    }

    private void rule(String p, CertificationRule r, boolean critical) {
      f.text(p + "/label", r.label(), true);
      if (r instanceof CertificationRule.OverallCut cut) {
        List<String> given = new ArrayList<>();
        if (cut.minPoints() != null) {
          given.add("minPoints");
          f.finite(p + "/minPoints", cut.minPoints());
        }
        if (cut.minPercent() != null) {
          given.add("minPercent");
          f.finite(p + "/minPercent", cut.minPercent());
        }
        if (given.size() != 1) {
          f.error(p, "certification.overall-cut", given);
        }
      } else if (r instanceof CertificationRule.AreaMinimum am) {
        if (framework != null && framework.area(am.area()).isEmpty()) {
          f.error(p + "/area", "assessment.unknown-area", bracket(framework.ref()), bracket(am.area()));
        }
        f.finite(p + "/minPercent", am.minPercent());
      } else if (r instanceof CertificationRule.CompetenceLevel cl) {
        if (framework != null && framework.competence(cl.competence()).isEmpty()) {
          f.error(p + "/competence", "assessment.unknown-competence", bracket(framework.ref()), bracket(cl.competence()));
        }
        items.level(p + "/minLevel", cl.minLevel());
      } else if (r instanceof CertificationRule.NoCriticalError) {
        if (!critical) {
          f.warning(p, "certification.no-critical-parts");
        }
      } else if (r instanceof CertificationRule.Group g) {
        rules(p + "/rules", g.rules(), critical);
      }
    }

    /** True when some response can be a critical error: a critical choice, region or forbidden step. */
    private boolean hasCriticalParts() {
      for (Item item : a.items()) {
        List<Choice> choices = List.of();
        if (item instanceof Item.SingleChoice sc) {
          choices = sc.choices();
        } else if (item instanceof Item.MultipleChoice mc) {
          choices = mc.choices();
        } else if (item instanceof Item.TrueFalse tf && tf.criticalIfWrong()) {
          return true;
        } else if (item instanceof Item.Hotspot h) {
          for (Parts.Region r : h.regions()) {
            if (r.critical()) {
              return true;
            }
          }
        } else if (item instanceof Item.PracticalTask t) {
          for (Parts.ForbiddenStep s : t.forbidden()) {
            if (s.critical()) {
              return true;
            }
          }
        }
        for (Choice ch : choices) {
          if (ch.critical()) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
