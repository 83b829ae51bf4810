package org.digiskill.engine.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A resident's result on one competence, from the tested items aligned to it.
 *
 * @param competence the competence code
 * @param area the code of its area
 * @param points weighted points earned
 * @param maxPoints weighted points available
 * @param percent {@code 100 × points / maxPoints}, 0 when nothing was available
 * @param evidence how many delivered tested items evidence it
 * @param level the level attained by the assessment's level rule, or null for none
 * @param levels the evidence per level, lowest first
 * @param selfReportedLevel the highest level the resident reported in self-assessment items, or
 *     null; kept apart from {@code level}
 * @param ability the competence's theta estimate under IRT scoring (its level then comes from the
 *     assessment's theta cuts), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompetenceResult(
    String competence,
    String area,
    double points,
    double maxPoints,
    double percent,
    int evidence,
    String level,
    List<LevelEvidence> levels,
    String selfReportedLevel,
    Ability ability) {

  /** Copies the list. */
  public CompetenceResult {
    levels = FrozenList.copyOf(levels);
  }
}
