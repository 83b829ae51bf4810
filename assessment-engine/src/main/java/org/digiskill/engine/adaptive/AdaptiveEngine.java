package org.digiskill.engine.adaptive;

import org.digiskill.engine.delivery.SplitMix64;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.digiskill.engine.irt.AbilityEstimate;
import org.digiskill.engine.irt.ItemResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs adaptive tests over one item bank with one {@link CatConfig}: {@link #start(long)} makes a
 * session, {@link #next(AdaptiveSession)} names the item to give, and {@link
 * #answer(AdaptiveSession, String, int)} scores it and returns the next session. Sessions hold no
 * bank data, so they are small JSON values the caller stores between requests.
 *
 * <h2>Selection, exactly</h2>
 *
 * The session's random stream is SplitMix64 seeded with the session seed, positioned after {@code
 * randomDraws} outputs. A uniform {@code nextInt(n)} is SplitMix64's rejection rule on the top 31
 * bits (as {@link org.digiskill.engine.delivery.SplitMix64#nextInt(int)}); a uniform double is the
 * top 53 bits of one output times 2^-53. Eligible items are those neither given nor withheld by
 * Sympson–Hetter. Then, repeatedly:
 *
 * <ol>
 *   <li>Content area: when there are content targets, the Kingsbury–Zara rule over the areas that
 *       still have an eligible item, in ascending code order: areas with a target and no item given
 *       yet come first (largest target first), then the largest deficit {@code target - given/n};
 *       areas without a target count as target 0. One draw {@code nextInt(ties)} picks among
 *       areas that tie (within 1e-12), none when there is no tie. Without targets every eligible
 *       item competes.
 *   <li>Ranking: the candidates are ordered by Fisher information (at the cut when an SPRT is
 *       configured, else at the session's theta), highest first, ties by bank order.
 *   <li>Randomesque: with {@code m = min(randomesque, candidates)}, the item at rank {@code
 *       nextInt(m)} is chosen; no draw when {@code m = 1}.
 *   <li>Sympson–Hetter: if the chosen item has a parameter k and it is not the last eligible item,
 *       one uniform u is drawn; {@code u < k} administers it, otherwise it is withheld for the rest
 *       of the session and selection repeats from step 1.
 * </ol>
 *
 * {@code next} is a pure function of the session (asking twice gives the same item); {@code answer}
 * repeats the selection, stores the new stream position and any withheld items, re-estimates
 * theta with the configured estimator, updates the SPRT ratio and applies the stopping rules in the
 * order documented on {@link CatConfig}. When a session finishes under an SPRT configuration for a
 * reason other than the SPRT itself, it is classified by theta against the cut.
 *
 * <p>Immutable and thread-safe: one engine serves any number of sessions concurrently.
 */
public final class AdaptiveEngine {
  private static final Logger LOG = LoggerFactory.getLogger(AdaptiveEngine.class);

  private final List<AdaptiveItem> bank;
  private final CatConfig config;
  private final Map<String, Integer> index;
  // Precomputed per item, never written after construction.
  private final double[] informationAtCut;
  private final double[] sympsonHetter;
  private final int[] areaOf; // per item: index into areaNames
  private final String[] areaNames; // sorted, as the content balancer sees them

  private AdaptiveEngine(List<AdaptiveItem> bank, CatConfig config) {
    this.bank = List.copyOf(bank);
    this.config = Objects.requireNonNull(config, "config");
    if (this.bank.isEmpty()) {
      throw new IllegalArgumentException("expected a bank of at least 1 item but was [0]");
    }
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < this.bank.size(); i++) {
      String id = this.bank.get(i).id();
      if (ids.putIfAbsent(id, i) != null) {
        throw new IllegalArgumentException("expected unique item ids but [" + id + "] repeats at $.bank[" + i + "]");
      }
    }
    this.index = Map.copyOf(ids);
    for (String id : config.sympsonHetter().keySet()) {
      if (!ids.containsKey(id)) {
        throw new IllegalArgumentException("expected a bank item id but was [" + id + "] at $.sympsonHetter");
      }
    }
    this.sympsonHetter = new double[this.bank.size()];
    for (int i = 0; i < this.bank.size(); i++) {
      Double k = config.sympsonHetter().get(this.bank.get(i).id());
      sympsonHetter[i] = k == null ? Double.NaN : k;
    }
    java.util.TreeSet<String> names = new java.util.TreeSet<>();
    for (AdaptiveItem item : this.bank) {
      names.add(item.area());
    }
    this.areaNames = names.toArray(new String[0]);
    this.areaOf = new int[this.bank.size()];
    for (int i = 0; i < this.bank.size(); i++) {
      areaOf[i] = java.util.Arrays.binarySearch(areaNames, this.bank.get(i).area());
    }
    if (config.sprt() != null) {
      informationAtCut = new double[this.bank.size()];
      for (int i = 0; i < this.bank.size(); i++) {
        informationAtCut[i] = this.bank.get(i).model().information(config.sprt().cut());
      }
    } else {
      informationAtCut = null;
    }
  }

  /**
   * Returns an engine over the bank with the configuration.
   *
   * @throws IllegalArgumentException if the bank is empty, repeats an id, or the Sympson–Hetter
   *     parameters name an item that is not in it
   */
  public static AdaptiveEngine of(List<AdaptiveItem> bank, CatConfig config) {
    return new AdaptiveEngine(bank, config);
  }

  /** Returns the bank, in the order given. */
  public List<AdaptiveItem> bank() {
    return bank;
  }

  /** Returns the configuration. */
  public CatConfig config() {
    return config;
  }

  /** Returns the bank item with this id, if there is one. */
  public Optional<AdaptiveItem> item(String id) {
    Integer i = index.get(id);
    return i == null ? Optional.empty() : Optional.of(bank.get(i));
  }

  /** Returns a new in-progress session with no responses, at the configured start theta. */
  public AdaptiveSession start(long seed) {
    return new AdaptiveSession(
        seed, List.of(), List.of(), config.startTheta(), null, config.sprt() == null ? null : 0.0, 0,
        SessionStatus.IN_PROGRESS, null, null);
  }

  /**
   * Returns the id of the item to give next, or empty when the session is finished. Pure: it does
   * not change the session, and asking again gives the same id.
   *
   * @throws AdaptiveSessionException {@code adaptive.unknown-item} if the session names items that
   *     are not in this bank
   */
  public Optional<String> next(AdaptiveSession session) {
    if (session.finished()) {
      return Optional.empty();
    }
    Selection s = select(session);
    return s.item < 0 ? Optional.empty() : Optional.of(bank.get(s.item).id());
  }

  /**
   * Returns the session after the resident scored {@code score} on {@code itemId}, which must be
   * the item {@link #next} names.
   *
   * @throws AdaptiveSessionException {@code adaptive.finished} if the session is finished, {@code
   *     adaptive.not-due} if {@code itemId} is not the item due, {@code adaptive.bad-score} if the
   *     score is not one of its categories, {@code adaptive.unknown-item} if the session is from
   *     another bank
   */
  public AdaptiveSession answer(AdaptiveSession session, String itemId, int score) {
    Objects.requireNonNull(itemId, "itemId");
    if (session.finished()) {
      throw new AdaptiveSessionException("adaptive.finished", "/status",
          "expected an in-progress session but it was finished by [" + session.stopReason().jsonName() + "]");
    }
    Selection s = select(session);
    String due = s.item < 0 ? null : bank.get(s.item).id();
    if (!itemId.equals(due)) {
      throw new AdaptiveSessionException("adaptive.not-due", "/responses/" + session.length(),
          "expected the item due [" + due + "] but was [" + itemId + "]");
    }
    return apply(session, s, score);
  }

  /** The outcome of one selection: the bank index (or -1), items withheld, stream position after. */
  static final class Selection {
    final int item;
    final List<String> withheld;
    final long draws;

    Selection(int item, List<String> withheld, long draws) {
      this.item = item;
      this.withheld = withheld;
      this.draws = draws;
    }
  }

  Selection select(AdaptiveSession session) {
    int n = bank.size();
    boolean[] used = new boolean[n];
    Map<String, Integer> given = new HashMap<>();
    for (AdaptiveResponse r : session.responses()) {
      int i = indexOf(r.itemId());
      used[i] = true;
      given.merge(bank.get(i).area(), 1, Integer::sum);
    }
    for (String id : session.excluded()) {
      used[indexOf(id)] = true;
    }
    // Information is computed only for the candidates of the chosen area (and only once per item).
    double[] info = informationAtCut != null ? informationAtCut : new double[n];
    boolean[] known = informationAtCut != null ? null : new boolean[n];
    SplitMix64 rng = SplitMix64.resume(session.seed(), session.randomDraws());
    List<String> withheld = new ArrayList<>(0);
    int[] candidates = new int[n];
    int[] eligiblePerArea = new int[areaNames.length];
    while (true) {
      java.util.Arrays.fill(eligiblePerArea, 0);
      int eligible = 0;
      for (int i = 0; i < n; i++) {
        if (!used[i]) {
          eligible++;
          eligiblePerArea[areaOf[i]]++;
        }
      }
      if (eligible == 0) {
        return new Selection(-1, withheld, rng.draws());
      }
      SortedSet<String> areas = new TreeSet<>();
      for (int a = 0; a < areaNames.length; a++) {
        if (eligiblePerArea[a] > 0) {
          areas.add(areaNames[a]);
        }
      }
      String area = ContentBalancer.chooseArea(config.contentTargets(), given, session.length(), areas, rng);
      int wanted = area == null ? -1 : java.util.Arrays.binarySearch(areaNames, area);
      int count = 0;
      double theta = session.theta();
      for (int i = 0; i < n; i++) {
        if (!used[i] && (area == null || areaOf[i] == wanted)) {
          candidates[count++] = i;
          if (known != null && !known[i]) {
            info[i] = bank.get(i).model().information(theta);
            known[i] = true;
          }
        }
      }
      int m = Math.min(config.randomesque(), count);
      int rank = m == 1 ? 0 : rng.nextInt(m);
      int chosen = rankedAt(candidates, count, info, rank);
      double k = sympsonHetter[chosen];
      if (Double.isNaN(k) || eligible == 1 || rng.nextDouble() < k) {
        if (LOG.isDebugEnabled()) {
          LOG.debug("selected [{}] from area [{}] at rank [{}] of [{}]", bank.get(chosen).id(), area, rank, m);
        }
        return new Selection(chosen, withheld, rng.draws());
      }
      used[chosen] = true;
      withheld.add(bank.get(chosen).id());
    }
  }

  /**
   * Returns the candidate at {@code rank} (0 = most informative) with ties in bank order, by
   * repeated scans: O(rank × count), cheaper than sorting for the small k of randomesque.
   */
  private static int rankedAt(int[] candidates, int count, double[] info, int rank) {
    int prevItem = -1;
    double prevInfo = Double.POSITIVE_INFINITY;
    int best = -1;
    for (int r = 0; r <= rank; r++) {
      best = -1;
      double bestInfo = Double.NEGATIVE_INFINITY;
      for (int c = 0; c < count; c++) {
        int i = candidates[c];
        double v = info[i];
        // Only items strictly after the previous one in (info desc, index asc) order.
        boolean after = v < prevInfo || (v == prevInfo && i > prevItem);
        if (after && (best < 0 || v > bestInfo)) {
          best = i;
          bestInfo = v;
        }
      }
      prevItem = best;
      prevInfo = bestInfo;
    }
    return best;
  }

  AdaptiveSession apply(AdaptiveSession session, Selection s, int score) {
    AdaptiveItem item = bank.get(s.item);
    int categories = item.model().categories();
    if (score < 0 || score >= categories) {
      throw new AdaptiveSessionException("adaptive.bad-score", "/responses/" + session.length() + "/score",
          "expected a score in [0, " + (categories - 1) + "] for item [" + item.id() + "] but was [" + score + "]");
    }
    List<AdaptiveResponse> responses = new ArrayList<>(session.responses().size() + 1);
    responses.addAll(session.responses());
    responses.add(new AdaptiveResponse(item.id(), score));
    List<String> excluded = session.excluded();
    if (!s.withheld.isEmpty()) {
      excluded = new ArrayList<>(excluded);
      excluded.addAll(s.withheld);
    }
    List<ItemResponse> scored = new ArrayList<>(responses.size());
    for (AdaptiveResponse r : responses) {
      scored.add(ItemResponse.of(bank.get(indexOf(r.itemId())).model(), r.score()));
    }
    AbilityEstimate estimate = config.estimator().estimate(scored);
    double theta = estimate.theta();
    Double se = Double.isFinite(estimate.se()) ? estimate.se() : null;

    Sprt sprt = config.sprt();
    Double llr = null;
    if (sprt != null) {
      double previous = session.logLikelihoodRatio() == null ? 0.0 : session.logLikelihoodRatio();
      llr = previous + item.model().logProbability(sprt.theta1(), score) - item.model().logProbability(sprt.theta0(), score);
    }

    int length = responses.size();
    StopReason reason = null;
    Classification classification = null;
    if (sprt != null && length >= config.minItems()) {
      classification = sprt.decide(llr).orElse(null);
      if (classification != null) {
        reason = classification == Classification.PASS ? StopReason.SPRT_PASS : StopReason.SPRT_FAIL;
      }
    }
    if (reason == null && config.seTarget() != null && se != null && length >= config.minItems()
        && se <= config.seTarget()) {
      reason = StopReason.SE_TARGET;
    }
    if (reason == null && length >= config.maxItems()) {
      reason = StopReason.MAX_ITEMS;
    }
    if (reason == null && length + excluded.size() >= bank.size()) {
      reason = StopReason.BANK_EXHAUSTED;
    }
    if (reason != null && sprt != null && classification == null) {
      classification = theta >= sprt.cut() ? Classification.PASS : Classification.FAIL;
    }
    if (reason != null) {
      LOG.debug("session finished by [{}] after [{}] items", reason.jsonName(), length);
    }
    return new AdaptiveSession(
        session.seed(), responses, excluded, theta, se, llr, s.draws,
        reason == null ? SessionStatus.IN_PROGRESS : SessionStatus.FINISHED, reason, classification);
  }

  int indexOf(String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new AdaptiveSessionException("adaptive.unknown-item", "",
          "expected an item id of this bank but was [" + id + "]");
    }
    return i;
  }
}
