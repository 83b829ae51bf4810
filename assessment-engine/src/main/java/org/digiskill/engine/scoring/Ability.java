package org.digiskill.engine.scoring;

/**
 * An ability estimate on the IRT (theta) scale, reported when the assessment's level rule is
 * {@code theta-cuts}.
 *
 * @param theta the estimate
 * @param se its standard error
 * @param method the estimator: {@code eap}, {@code mle}, {@code wle} or {@code map}
 * @param items how many items with IRT parameters it rests on
 */
public record Ability(double theta, double se, String method, int items) {}
