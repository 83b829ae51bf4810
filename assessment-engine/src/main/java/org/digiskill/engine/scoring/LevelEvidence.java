package org.digiskill.engine.scoring;

/**
 * The evidence for one level of one competence.
 *
 * @param level the level code
 * @param points the weighted points earned on items aligned at this level
 * @param maxPoints the weighted points available there
 * @param percent {@code 100 × points / maxPoints}, 0 when nothing was available
 * @param items how many delivered tested items evidence this level
 * @param mastered whether the level rule counts the level as mastered
 */
public record LevelEvidence(String level, double points, double maxPoints, double percent, int items, boolean mastered) {}
