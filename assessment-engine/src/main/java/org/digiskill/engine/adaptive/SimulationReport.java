package org.digiskill.engine.adaptive;

/**
 * What {@link CatSimulation} found for a bank and configuration.
 *
 * <p>Immutable and thread-safe. {@code classificationAccuracy} is null when no cut was given.
 *
 * @param examinees how many examinees were simulated
 * @param bias mean of {@code theta_hat - theta_true}
 * @param rmse root mean square of {@code theta_hat - theta_true}
 * @param meanTestLength mean number of items given
 * @param maxExposure the largest item exposure rate (administrations / examinees), in [0, 1]
 * @param unusedItemShare the share of bank items never given, in [0, 1]
 * @param classificationAccuracy the share of examinees classified on the same side of the cut as
 *     their true theta, or null without a cut
 */
public record SimulationReport(
    int examinees,
    double bias,
    double rmse,
    double meanTestLength,
    double maxExposure,
    double unusedItemShare,
    Double classificationAccuracy) {}
