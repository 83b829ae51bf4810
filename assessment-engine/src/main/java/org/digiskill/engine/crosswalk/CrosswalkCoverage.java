package org.digiskill.engine.crosswalk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.digiskill.model.framework.Competence;
import org.digiskill.model.framework.CompetenceArea;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.Crosswalk;
import org.digiskill.model.framework.CrosswalkLink;
import org.digiskill.model.framework.Relation;

/**
 * What a crosswalk from one framework to another covers: how many links of each relation, which
 * source competences have no link, and which target competences and areas are reached.
 *
 * <p>An author uses it to see whether a local framework "speaks DigComp" well enough; a portal
 * uses {@link #targetsOf(String)} to say which DigComp competences a local result evidences.
 * Immutable and thread-safe.
 *
 * @param source the framework that holds the crosswalk
 * @param target the framework the crosswalk points into
 * @param linksByRelation number of links per relation, every relation present (zero when unused)
 * @param unlinkedSource source competence codes with no link, in document order
 * @param coveredTarget target competence codes reached by at least one link, in target order
 * @param uncoveredTarget target competence codes reached by no link, in target order
 * @param coveredAreasByTarget target area code to the number of its competences reached, in
 *     target order (areas with none reached included, with zero)
 * @param targetsBySource source competence code to its target codes, in link order
 */
public record CrosswalkCoverage(
    CompetencyFramework source,
    CompetencyFramework target,
    Map<Relation, Integer> linksByRelation,
    List<String> unlinkedSource,
    List<String> coveredTarget,
    List<String> uncoveredTarget,
    Map<String, Integer> coveredAreasByTarget,
    Map<String, List<String>> targetsBySource) {

  /** Null-checks and copies. */
  public CrosswalkCoverage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    linksByRelation = Collections.unmodifiableMap(new EnumMap<>(linksByRelation));
    unlinkedSource = List.copyOf(unlinkedSource);
    coveredTarget = List.copyOf(coveredTarget);
    uncoveredTarget = List.copyOf(uncoveredTarget);
    coveredAreasByTarget = Collections.unmodifiableMap(new LinkedHashMap<>(coveredAreasByTarget));
    Map<String, List<String>> t = new LinkedHashMap<>();
    targetsBySource.forEach((k, v) -> t.put(k, List.copyOf(v)));
    targetsBySource = Collections.unmodifiableMap(t);
  }

  /**
   * Computes the coverage of {@code source}'s crosswalk into {@code target}.
   *
   * @throws IllegalArgumentException if {@code source} has no crosswalk to that version of {@code
   *     target}
   */
  public static CrosswalkCoverage of(CompetencyFramework source, CompetencyFramework target) {
    Crosswalk cw =
        source
            .crosswalkTo(target.ref())
            .orElseThrow(() -> new IllegalArgumentException(source.ref() + " has no crosswalk to " + target.ref()));
    Map<Relation, Integer> byRelation = new EnumMap<>(Relation.class);
    for (Relation r : Relation.values()) {
      byRelation.put(r, 0);
    }
    Map<String, List<String>> targetsBySource = new LinkedHashMap<>();
    Set<String> reached = new LinkedHashSet<>();
    for (CrosswalkLink link : cw.links()) {
      byRelation.merge(link.relation(), 1, Integer::sum);
      targetsBySource.computeIfAbsent(link.source(), k -> new ArrayList<>()).add(link.target());
      reached.add(link.target());
    }
    List<String> unlinked = new ArrayList<>();
    for (Competence c : source.competences()) {
      if (!targetsBySource.containsKey(c.code())) {
        unlinked.add(c.code());
      }
    }
    List<String> covered = new ArrayList<>();
    List<String> uncovered = new ArrayList<>();
    Map<String, Integer> areas = new LinkedHashMap<>();
    for (CompetenceArea area : target.areas()) {
      int n = 0;
      for (Competence c : area.competences()) {
        if (reached.contains(c.code())) {
          covered.add(c.code());
          n++;
        } else {
          uncovered.add(c.code());
        }
      }
      areas.put(area.code(), n);
    }
    return new CrosswalkCoverage(source, target, byRelation, unlinked, covered, uncovered, areas, targetsBySource);
  }

  /** Returns the target competence codes a source competence links to; empty when none. */
  public List<String> targetsOf(String sourceCode) {
    return targetsBySource.getOrDefault(sourceCode, List.of());
  }

  /** Returns the share of target competences reached, between 0 and 1. */
  public double targetCoverage() {
    int all = coveredTarget.size() + uncoveredTarget.size();
    return all == 0 ? 0 : (double) coveredTarget.size() / all;
  }

  /** Returns the total number of links. */
  public int linkCount() {
    return linksByRelation.values().stream().mapToInt(Integer::intValue).sum();
  }
}
