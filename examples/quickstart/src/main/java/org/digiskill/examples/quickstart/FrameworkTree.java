package org.digiskill.examples.quickstart;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import org.digiskill.engine.crosswalk.CrosswalkCoverage;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.framework.Competence;
import org.digiskill.model.framework.CompetenceArea;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.Crosswalk;
import org.digiskill.model.framework.LevelGroup;
import org.digiskill.model.framework.ProficiencyLevel;
import org.digiskill.model.framework.Relation;

/**
 * Recipe: print the built-in competency frameworks as trees (areas, competences, proficiency
 * levels), followed by a summary of every crosswalk. Run the quickstart with the argument {@code
 * frameworks} to see it.
 *
 * <p>Titles are shown in the requested language ({@code vi} or {@code en}); in Vietnamese, the
 * English title follows where it differs.
 */
public final class FrameworkTree {
  private FrameworkTree() {}

  /** Prints every framework of the catalogue, then every crosswalk's coverage. */
  public static void print(Catalogue catalogue, String lang, PrintStream out) {
    out.println("digiskill built-in competency frameworks");
    out.println();
    for (CompetencyFramework f : catalogue.frameworks()) {
      printTree(f, lang, out);
      out.println();
    }
    out.println("Crosswalks");
    for (CompetencyFramework f : catalogue.frameworks()) {
      for (Crosswalk cw : f.crosswalks()) {
        catalogue.framework(cw.target()).ifPresent(target -> printCoverage(CrosswalkCoverage.of(f, target), lang, out));
      }
    }
  }

  private static void printTree(CompetencyFramework f, String lang, PrintStream out) {
    out.printf("%s  [%s@%s]%n", text(f.title(), lang, f.defaultLanguage()), f.id(), f.version());
    out.printf("├─ %d areas, %d competences, %d levels%n", f.areas().size(), f.competences().size(), f.scale().levels().size());
    out.println("├─ Levels");
    for (int k = 0; k < f.scale().levels().size(); k++) {
      ProficiencyLevel l = f.scale().levels().get(k);
      String branch = k == f.scale().levels().size() - 1 ? "└─" : "├─";
      String group = l.group() == null ? "" : "  (" + f.scale().group(l.group()).map(LevelGroup::title)
          .map(t -> text(t, lang, f.defaultLanguage())).orElse(l.group()) + ")";
      out.printf("│  %s %s %s%s%n", branch, l.code(), text(l.title(), lang, f.defaultLanguage()), group);
    }
    for (int i = 0; i < f.areas().size(); i++) {
      CompetenceArea a = f.areas().get(i);
      boolean lastArea = i == f.areas().size() - 1;
      out.printf("%s %s %s%n", lastArea ? "└─" : "├─", a.code(), text(a.title(), lang, f.defaultLanguage()));
      for (int j = 0; j < a.competences().size(); j++) {
        Competence c = a.competences().get(j);
        boolean last = j == a.competences().size() - 1;
        out.printf("%s  %s %s %s%n", lastArea ? " " : "│", last ? "└─" : "├─", c.code(), text(c.title(), lang, f.defaultLanguage()));
      }
    }
  }

  private static void printCoverage(CrosswalkCoverage c, String lang, PrintStream out) {
    out.printf("  %s → %s: %d links (", c.source().ref(), c.target().ref(), c.linkCount());
    StringBuilder rel = new StringBuilder();
    for (Map.Entry<Relation, Integer> e : c.linksByRelation().entrySet()) {
      if (e.getValue() > 0) {
        rel.append(rel.length() == 0 ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey().jsonName());
      }
    }
    out.print(rel);
    out.printf(")%n    reaches %d of %d %s competences (%.0f%%)%n",
        c.coveredTarget().size(), c.coveredTarget().size() + c.uncoveredTarget().size(), c.target().id(),
        100 * c.targetCoverage());
    out.printf("    per %s area: %s%n", c.target().id(), c.coveredAreasByTarget());
    out.printf("    %s competences with no link: %s%n", c.source().id(), c.unlinkedSource().isEmpty() ? "none" : c.unlinkedSource());
    out.printf("    %s competences not reached: %s%n", c.target().id(), c.uncoveredTarget().isEmpty() ? "none" : c.uncoveredTarget());
  }

  private static String text(LocalizedText t, String lang, String defaultLanguage) {
    String main = t.resolve(lang, defaultLanguage).orElse("");
    String other = lang.toLowerCase(Locale.ROOT).startsWith("vi") ? t.exact("en").orElse(main) : main;
    return other.equals(main) ? main : main + " — " + other;
  }
}
