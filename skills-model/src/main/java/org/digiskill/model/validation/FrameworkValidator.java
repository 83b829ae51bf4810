package org.digiskill.model.validation;

import static org.digiskill.model.validation.Pointers.bracket;
import static org.digiskill.model.validation.Pointers.child;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.framework.Competence;
import org.digiskill.model.framework.CompetenceArea;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.Crosswalk;
import org.digiskill.model.framework.CrosswalkLink;
import org.digiskill.model.framework.FrameworkRef;
import org.digiskill.model.framework.LevelGroup;
import org.digiskill.model.framework.ProficiencyLevel;
import org.digiskill.model.framework.ProficiencyScale;
import org.digiskill.model.internal.Messages;

/**
 * Checks a {@link CompetencyFramework}: first the Bean Validation annotations of the model (local
 * facts such as non-blank codes), then rules that span the document (unique codes, level order,
 * default-language titles, crosswalk links that name competences existing in both frameworks).
 *
 * <p>Every problem is reported, not only the first, and validation never throws for a framework
 * however wrong it is. Immutable and thread-safe.
 */
public final class FrameworkValidator {
  private static final FrameworkValidator EMPTY = new FrameworkValidator(Map.of());

  private final Map<FrameworkRef, CompetencyFramework> known;

  private FrameworkValidator(Map<FrameworkRef, CompetencyFramework> known) {
    this.known = known;
  }

  /** Returns a validator that knows no other frameworks; any crosswalk is reported as unresolved. */
  public static FrameworkValidator create() {
    return EMPTY;
  }

  /**
   * Returns a validator that also resolves crosswalk targets among these frameworks (e.g. the
   * built-in catalogue and the other files being validated).
   */
  public FrameworkValidator withKnown(Collection<CompetencyFramework> frameworks) {
    Map<FrameworkRef, CompetencyFramework> all = new LinkedHashMap<>(known);
    for (CompetencyFramework f : frameworks) {
      all.putIfAbsent(f.ref(), f);
    }
    return new FrameworkValidator(Map.copyOf(all));
  }

  /** Returns every problem of the framework; an empty report when there is none. */
  public ValidationReport validate(CompetencyFramework framework) {
    Objects.requireNonNull(framework, "framework");
    List<Violation> out = new ArrayList<>(BeanChecks.check(framework));
    new Run(framework, out).checkAll();
    return new ValidationReport(out);
  }

  private final class Run {
    private final CompetencyFramework f;
    private final List<Violation> out;
    private final String lang;

    Run(CompetencyFramework f, List<Violation> out) {
      this.f = f;
      this.out = out;
      this.lang = f.defaultLanguage();
    }

    void checkAll() {
      if (!isLanguageTag(lang)) {
        error("/defaultLanguage", "framework.default-language.invalid", bracket(lang));
      }
      title("/title", f.title());
      f.description().ifPresent(d -> text("/description", d, false));
      checkScale(f.scale());
      checkAreas();
      checkCrosswalks();
    }

    private void checkScale(ProficiencyScale scale) {
      Map<String, String> groupFirst = new HashMap<>();
      List<LevelGroup> groups = scale.groups();
      for (int i = 0; i < groups.size(); i++) {
        String p = child(child("/scale", "groups"), i);
        LevelGroup g = groups.get(i);
        String prev = groupFirst.putIfAbsent(g.code(), p);
        if (prev != null) {
          error(p + "/code", "framework.duplicate-group-code", bracket(g.code()), prev);
        }
        title(p + "/title", g.title());
      }
      Map<String, String> levelFirst = new HashMap<>();
      Map<String, Integer> groupRank = new HashMap<>();
      for (int i = 0; i < groups.size(); i++) {
        groupRank.putIfAbsent(groups.get(i).code(), i);
      }
      List<ProficiencyLevel> levels = scale.levels();
      Set<String> closedGroups = new HashSet<>();
      String previousGroup = null;
      Set<String> usedGroups = new HashSet<>();
      for (int i = 0; i < levels.size(); i++) {
        String p = child(child("/scale", "levels"), i);
        ProficiencyLevel l = levels.get(i);
        String prev = levelFirst.putIfAbsent(l.code(), p);
        if (prev != null) {
          error(p + "/code", "framework.duplicate-level-code", bracket(l.code()), prev);
        }
        title(p + "/title", l.title());
        if (l.description() != null) {
          text(p + "/description", l.description(), false);
        }
        String g = l.group();
        if (g == null) {
          continue;
        }
        usedGroups.add(g);
        Integer rank = groupRank.get(g);
        if (rank == null) {
          error(p + "/group", "framework.unknown-level-group", sorted(groupRank.keySet()), bracket(g));
          continue;
        }
        if (previousGroup != null && !previousGroup.equals(g)) {
          Integer prevRank = groupRank.get(previousGroup);
          if (prevRank != null && rank < prevRank) {
            error(p + "/group", "framework.level-group-order", bracket(l.code()), bracket(g), bracket(previousGroup));
          } else if (closedGroups.contains(g)) {
            error(p + "/group", "framework.level-group-split", bracket(g));
          }
          closedGroups.add(previousGroup);
        }
        previousGroup = g;
      }
      for (int i = 0; i < groups.size(); i++) {
        if (!usedGroups.contains(groups.get(i).code())) {
          warning(child(child("/scale", "groups"), i), "framework.empty-level-group", bracket(groups.get(i).code()));
        }
      }
    }

    private void checkAreas() {
      Map<String, String> areaFirst = new HashMap<>();
      Map<String, String> competenceFirst = new HashMap<>();
      Set<String> levelCodes = new TreeSet<>();
      for (ProficiencyLevel l : f.scale().levels()) {
        levelCodes.add(l.code());
      }
      List<CompetenceArea> areas = f.areas();
      for (int i = 0; i < areas.size(); i++) {
        CompetenceArea a = areas.get(i);
        String p = child("/areas", i);
        String prev = areaFirst.putIfAbsent(a.code(), p);
        if (prev != null) {
          error(p + "/code", "framework.duplicate-area-code", bracket(a.code()), prev);
        }
        title(p + "/title", a.title());
        if (a.description() != null) {
          text(p + "/description", a.description(), false);
        }
        for (int j = 0; j < a.competences().size(); j++) {
          Competence c = a.competences().get(j);
          String cp = child(p + "/competences", j);
          String first = competenceFirst.putIfAbsent(c.code(), cp);
          if (first != null) {
            error(cp + "/code", "framework.duplicate-competence-code", bracket(c.code()), first);
          }
          if (!c.code().startsWith(a.code() + ".") && !c.code().equals(a.code())) {
            warning(cp + "/code", "framework.competence-outside-area", bracket(c.code()), bracket(a.code()));
          }
          title(cp + "/title", c.title());
          if (c.description() != null) {
            text(cp + "/description", c.description(), false);
          }
          for (Map.Entry<String, LocalizedText> d : c.levelDescriptors().entrySet()) {
            String dp = child(cp + "/levelDescriptors", d.getKey());
            if (!levelCodes.contains(d.getKey())) {
              error(dp, "framework.unknown-descriptor-level", levelCodes, bracket(d.getKey()));
            }
            text(dp, d.getValue(), false);
          }
        }
      }
    }

    private void checkCrosswalks() {
      Map<FrameworkRef, String> targetFirst = new HashMap<>();
      List<Crosswalk> crosswalks = f.crosswalks();
      for (int i = 0; i < crosswalks.size(); i++) {
        Crosswalk cw = crosswalks.get(i);
        String p = child("/crosswalks", i);
        String prev = targetFirst.putIfAbsent(cw.target(), p);
        if (prev != null) {
          error(p + "/target", "crosswalk.duplicate-target", bracket(cw.target()), prev);
        }
        CompetencyFramework target = null;
        if (cw.target().equals(f.ref())) {
          error(p + "/target", "crosswalk.self", bracket(cw.target()));
        } else {
          target = known.get(cw.target());
          if (target == null) {
            error(p + "/target", "crosswalk.unknown-framework", bracket(cw.target()), sorted(refs()));
          }
        }
        Map<String, String> linkFirst = new HashMap<>();
        for (int j = 0; j < cw.links().size(); j++) {
          CrosswalkLink link = cw.links().get(j);
          String lp = child(p + "/links", j);
          if (f.competence(link.source()).isEmpty()) {
            error(lp + "/source", "crosswalk.unknown-source", bracket(link.source()));
          }
          if (target != null && target.competence(link.target()).isEmpty()) {
            error(lp + "/target", "crosswalk.unknown-target", bracket(cw.target()), bracket(link.target()));
          }
          String key = link.source() + "\u0000" + link.target();
          String first = linkFirst.putIfAbsent(key, lp);
          if (first != null) {
            error(lp, "crosswalk.duplicate-link", bracket(link.source()), bracket(link.target()), first);
          }
        }
      }
    }

    private Set<String> refs() {
      Set<String> s = new TreeSet<>();
      for (FrameworkRef r : known.keySet()) {
        s.add(r.toString());
      }
      return s;
    }

    /** A title: every language well-formed and non-blank, and text in the default language. */
    private void title(String path, LocalizedText t) {
      text(path, t, true);
    }

    private void text(String path, LocalizedText t, boolean needsDefault) {
      if (t == null) {
        return;
      }
      if (t.isEmpty()) {
        error(path, "text.empty");
        return;
      }
      for (Map.Entry<String, String> e : t.values().entrySet()) {
        String tp = child(path, e.getKey());
        if (!isLanguageTag(e.getKey())) {
          error(tp, "text.invalid-language-tag", bracket(e.getKey()));
        }
        if (e.getValue().isBlank()) {
          error(tp, "text.blank", bracket(e.getKey()));
        }
      }
      if (t.exact(lang).isEmpty()) {
        Violation v =
            violation(
                path,
                "text.missing-default-language",
                needsDefault ? Severity.ERROR : Severity.WARNING,
                bracket(lang),
                t.values().keySet());
        out.add(v);
      }
    }

    private void error(String path, String code, Object... args) {
      out.add(violation(path, code, Severity.ERROR, args));
    }

    private void warning(String path, String code, Object... args) {
      out.add(violation(path, code, Severity.WARNING, args));
    }
  }

  static Violation violation(String path, String code, Severity severity, Object... args) {
    return new Violation("", path, 0, 0, code, severity, Messages.text(code, args));
  }

  private static Set<String> sorted(Collection<String> values) {
    return new TreeSet<>(values);
  }

  /** True for a well-formed BCP 47 tag with a language subtag ({@code vi}, {@code en-GB}). */
  static boolean isLanguageTag(String tag) {
    if (tag == null || tag.isBlank()) {
      return false;
    }
    try {
      Locale l = new Locale.Builder().setLanguageTag(tag).build();
      return !l.getLanguage().isEmpty();
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
