package org.digiskill.engine.adaptive;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.digiskill.engine.delivery.SplitMix64;
import org.digiskill.engine.irt.ItemModel;

/**
 * Monte Carlo evaluation of an adaptive test: simulates examinees with known abilities taking it
 * and reports precision, length, exposure and classification accuracy.
 *
 * <p>Random draws, exactly: a master SplitMix64 seeded with {@code seed} gives, for each examinee in
 * turn, the true theta ({@link ThetaDistribution#draw}), then the session seed ({@code nextLong()}),
 * then the response seed ({@code nextLong()}). Each response comes from the examinee's own
 * SplitMix64 seeded with the response seed: one uniform u (top 53 bits of one output), and the
 * score is the smallest category k with {@code P(0) + ... + P(k) > u} at the true theta. Examinees
 * then run independently, in parallel, and results are combined in examinee order, so the report
 * depends only on the inputs.
 *
 * <p>Stateless and thread-safe.
 */
public final class CatSimulation {
  private CatSimulation() {}

  /**
   * Returns the report of {@code examinees} simulated sessions.
   *
   * @param engine the bank and configuration
   * @param examinees how many, at least 1
   * @param seed the seed for abilities, sessions and responses
   * @param abilities the distribution of true abilities
   * @param cut the pass/fail cut for classification accuracy, or null for none; an examinee is
   *     classified by the session's SPRT classification when there is one, else by {@code theta_hat
   *     >= cut}, and truly passes when {@code theta_true >= cut}
   */
  public static SimulationReport simulate(
      AdaptiveEngine engine, int examinees, long seed, ThetaDistribution abilities, Double cut) {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(abilities, "abilities");
    if (examinees < 1) {
      throw new IllegalArgumentException("expected at least 1 examinee but was [" + examinees + "]");
    }
    double[] truth = new double[examinees];
    AdaptiveSession[] finals = runAll(engine, examinees, seed, abilities, truth);

    int n = engine.bank().size();
    long[] exposures = new long[n];
    double sumError = 0;
    double sumSquared = 0;
    long items = 0;
    int correct = 0;
    for (int e = 0; e < examinees; e++) {
      AdaptiveSession s = finals[e];
      double error = s.theta() - truth[e];
      sumError += error;
      sumSquared += error * error;
      items += s.length();
      for (AdaptiveResponse r : s.responses()) {
        exposures[engineIndex(engine, r.itemId())]++;
      }
      if (cut != null) {
        boolean predicted = s.classification() != null
            ? s.classification() == Classification.PASS
            : s.theta() >= cut;
        if (predicted == (truth[e] >= cut)) {
          correct++;
        }
      }
    }
    long max = 0;
    int unused = 0;
    for (long x : exposures) {
      max = Math.max(max, x);
      if (x == 0) {
        unused++;
      }
    }
    return new SimulationReport(
        examinees,
        sumError / examinees,
        Math.sqrt(sumSquared / examinees),
        (double) items / examinees,
        (double) max / examinees,
        (double) unused / n,
        cut == null ? null : (double) correct / examinees);
  }

  /**
   * Returns Sympson–Hetter parameters tuned by iterative simulation (Sympson and Hetter 1985) so that
   * no item is given to more than about {@code maxExposure} of examinees. Starting from k = 1 for
   * every item, each round simulates {@code examinees} examinees with the engine's configuration and
   * the current parameters, counts how often each item was selected (given or withheld), and sets
   * {@code k_i = maxExposure / P(selected_i)} where that selection rate exceeds {@code
   * maxExposure}, else 1. Round {@code r} (from 0) uses seed {@code seed + r}. Only parameters
   * below 1 are returned, keyed by item id, ready for {@link CatConfig#withSympsonHetter}.
   *
   * <p>The achievable ceiling is limited by the bank: the last eligible item is never withheld, and
   * content targets force items from small areas.
   */
  public static Map<String, Double> calibrateSympsonHetter(
      AdaptiveEngine engine, double maxExposure, int examinees, int rounds, long seed, ThetaDistribution abilities) {
    Objects.requireNonNull(engine, "engine");
    if (!(maxExposure > 0 && maxExposure <= 1)) {
      throw new IllegalArgumentException("expected maxExposure in (0, 1] but was [" + maxExposure + "]");
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("expected at least 1 round but was [" + rounds + "]");
    }
    int n = engine.bank().size();
    Map<String, Double> parameters = new TreeMap<>();
    for (int round = 0; round < rounds; round++) {
      AdaptiveEngine tuned = AdaptiveEngine.of(engine.bank(), engine.config().withSympsonHetter(parameters));
      AdaptiveSession[] finals = runAll(tuned, examinees, seed + round, abilities, new double[examinees]);
      long[] selected = new long[n];
      for (AdaptiveSession s : finals) {
        for (AdaptiveResponse r : s.responses()) {
          selected[engine.indexOf(r.itemId())]++;
        }
        for (String id : s.excluded()) {
          selected[engine.indexOf(id)]++;
        }
      }
      Map<String, Double> next = new TreeMap<>();
      for (int i = 0; i < n; i++) {
        double rate = (double) selected[i] / examinees;
        if (rate > maxExposure) {
          next.put(engine.bank().get(i).id(), maxExposure / rate);
        }
      }
      parameters = next;
    }
    return Map.copyOf(parameters);
  }

  /** Draws abilities into {@code truth} and runs every examinee; see the class comment. */
  private static AdaptiveSession[] runAll(
      AdaptiveEngine engine, int examinees, long seed, ThetaDistribution abilities, double[] truth) {
    Objects.requireNonNull(abilities, "abilities");
    if (examinees < 1) {
      throw new IllegalArgumentException("expected at least 1 examinee but was [" + examinees + "]");
    }
    SplitMix64 master = new SplitMix64(seed);
    long[] sessionSeeds = new long[examinees];
    long[] responseSeeds = new long[examinees];
    for (int e = 0; e < examinees; e++) {
      truth[e] = abilities.draw(master);
      sessionSeeds[e] = master.nextLong();
      responseSeeds[e] = master.nextLong();
    }
    AdaptiveSession[] finals = new AdaptiveSession[examinees];
    IntStream.range(0, examinees).parallel()
        .forEach(e -> finals[e] = run(engine, truth[e], sessionSeeds[e], responseSeeds[e]));
    return finals;
  }

  private static int engineIndex(AdaptiveEngine engine, String id) {
    return engine.indexOf(id);
  }

  private static AdaptiveSession run(AdaptiveEngine engine, double theta, long sessionSeed, long responseSeed) {
    SplitMix64 responses = new SplitMix64(responseSeed);
    AdaptiveSession session = engine.start(sessionSeed);
    while (!session.finished()) {
      AdaptiveEngine.Selection s = engine.select(session);
      if (s.item < 0) {
        break;
      }
      ItemModel model = engine.bank().get(s.item).model();
      double u = (responses.nextLong() >>> 11) * 0x1.0p-53;
      int score = 0;
      double cumulative = model.probability(theta, 0);
      int last = model.categories() - 1;
      while (score < last && cumulative <= u) {
        score++;
        cumulative += model.probability(theta, score);
      }
      session = engine.apply(session, s, score);
    }
    return session;
  }
}
