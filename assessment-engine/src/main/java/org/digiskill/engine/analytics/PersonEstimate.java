package org.digiskill.engine.analytics;

/**
 * The ability estimate of one person (row). Immutable.
 *
 * @param row the 0-based row in the response matrix
 * @param score the raw score on the presented items
 * @param presented the number of presented items
 * @param theta the ability estimate in logits
 * @param se its standard error (Rasch) or posterior standard deviation (2PL EAP)
 * @param extreme true when the score is 0 or the maximum; such persons are left out of item fit
 */
public record PersonEstimate(int row, int score, int presented, double theta, double se, boolean extreme) {}
