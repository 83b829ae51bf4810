/**
 * Scoring: {@link org.digiskill.engine.scoring.CompiledAssessment} compiles an assessment once and
 * scores submissions into explained {@link org.digiskill.engine.scoring.ScoreReport}s; {@link
 * org.digiskill.engine.scoring.TextNormalizer} and {@link
 * org.digiskill.engine.scoring.NumberParser} are the matching rules, usable on their own.
 */
package org.digiskill.engine.scoring;
