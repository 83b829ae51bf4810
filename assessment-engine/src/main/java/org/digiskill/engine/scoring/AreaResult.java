package org.digiskill.engine.scoring;

/**
 * A resident's result on one competence area: the sum over its competences.
 *
 * @param area the area code
 * @param points weighted points earned
 * @param maxPoints weighted points available
 * @param percent {@code 100 × points / maxPoints}, 0 when nothing was available
 * @param evidence how many delivered tested items evidence it
 * @param ability the area's theta estimate under IRT scoring, or null
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record AreaResult(String area, double points, double maxPoints, double percent, int evidence, Ability ability) {}
