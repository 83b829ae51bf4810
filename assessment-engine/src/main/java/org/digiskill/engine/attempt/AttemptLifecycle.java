package org.digiskill.engine.attempt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.delivery.FormItem;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.engine.scoring.InvalidSubmissionException;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.assessment.AttemptPolicy;
import org.digiskill.model.response.AdministrationContext;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;

/**
 * The steps of an attempt — start, save, submit, expire — each taking an {@link Attempt} value and
 * returning a new one. Time comes from the injected {@link Clock}; a grace period absorbs network
 * delay after the deadline.
 *
 * <p>Rules: a response saved at or before {@code deadline + grace} counts; one saved later is kept
 * in {@link Attempt#late()} and the report lists it in {@code notCounted}. Submitting a finished
 * attempt again with the same content returns it unchanged (the same report); with different
 * content it is a conflict ({@code attempt.conflict}). Nothing accepted is lost or overwritten
 * after the attempt is finished.
 *
 * <p>Immutable and thread-safe: one instance serves every attempt of one compiled assessment.
 */
public final class AttemptLifecycle {
  private final CompiledAssessment compiled;
  private final Clock clock;
  private final Duration grace;

  private AttemptLifecycle(CompiledAssessment compiled, Clock clock, Duration grace) {
    this.compiled = Objects.requireNonNull(compiled, "compiled");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.grace = Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("grace must not be negative but was [" + grace + "]");
    }
  }

  /** Returns a lifecycle with no grace period. */
  public static AttemptLifecycle of(CompiledAssessment compiled, Clock clock) {
    return new AttemptLifecycle(compiled, clock, Duration.ZERO);
  }

  /** Returns a copy that accepts responses up to {@code grace} after the deadline. */
  public AttemptLifecycle withGrace(Duration grace) {
    return new AttemptLifecycle(compiled, clock, grace);
  }

  /** Returns the grace period. */
  public Duration grace() {
    return grace;
  }

  /**
   * Starts an attempt, first checking the assessment's retake policy against the candidate's
   * earlier attempts.
   *
   * @param attemptId the new attempt's id
   * @param candidate the resident's pseudonym
   * @param seed the delivery seed (the portal chooses it, e.g. at random, and keeps it)
   * @param extraTimeFactor the accommodation: 1 for none, e.g. 1.5
   * @param context where and how it is administered, or null
   * @param previous the candidate's earlier attempts at this assessment (any version)
   * @throws AttemptStateException {@code attempt.limit-reached} or {@code attempt.cooldown}, or
   *     {@code attempt.duplicate-id} when an earlier attempt has the same id
   */
  public Attempt start(String attemptId, String candidate, long seed, double extraTimeFactor,
      AdministrationContext context, List<Attempt> previous) {
    if (!(extraTimeFactor >= 1.0) || Double.isInfinite(extraTimeFactor)) {
      throw new IllegalArgumentException("expected an extra-time factor ≥ 1 but was [" + extraTimeFactor + "]");
    }
    Instant now = clock.instant();
    for (Attempt p : previous) {
      if (p.attemptId().equals(attemptId)) {
        throw new AttemptStateException("attempt.duplicate-id", "/attemptId", "an attempt with id [" + attemptId + "] already exists");
      }
    }
    for (Attempt p : previous) {
      if (p.status() == AttemptStatus.IN_PROGRESS && (p.deadline() == null || inTime(p, now))) {
        throw new AttemptStateException("attempt.in-progress", "",
            "attempt [" + p.attemptId() + "] is still in progress; submit or expire it first");
      }
    }
    Standing standing = standing(previous);
    AttemptPolicy policy = compiled.assessment().attempts();
    if (policy.maxAttempts() != null && previous.size() >= policy.maxAttempts()) {
      throw new AttemptStateException("attempt.limit-reached", "",
          "candidate [" + candidate + "] has used " + previous.size() + " of " + policy.maxAttempts() + " attempts");
    }
    if (standing.nextStartAt() != null && now.isBefore(standing.nextStartAt())) {
      throw new AttemptStateException("attempt.cooldown", "",
          "the next attempt may start at " + standing.nextStartAt() + " (cooldown " + policy.cooldown() + ")");
    }
    Form form = compiled.deliver(seed);
    Instant deadline = compiled.assessment().timeLimit()
        .map(limit -> now.plusMillis(Math.round(limit.toMillis() * extraTimeFactor)))
        .orElse(null);
    return new Attempt(attemptId, candidate, compiled.assessment().id(), compiled.assessment().version(), compiled.fingerprint(),
        seed, form, AttemptStatus.IN_PROGRESS, now, deadline, extraTimeFactor, context, List.of(), List.of(), null, null);
  }

  /** Returns the candidate's standing across these attempts, by the assessment's retake policy. */
  public Standing standing(List<Attempt> attempts) {
    return Standing.of(compiled.assessment().attempts(), attempts, compiled.assessment().certification());
  }

  /** Starts a first attempt with no accommodation. */
  public Attempt start(String attemptId, String candidate, long seed) {
    return start(attemptId, candidate, seed, 1.0, null, List.of());
  }

  /**
   * Saves a finished answer to one item. A later save to the same item replaces it. After the
   * deadline and its grace period the response is kept as late and does not count.
   *
   * @throws AttemptStateException {@code attempt.finished} for a finished attempt, {@code
   *     attempt.not-on-form} for an item not delivered, {@code attempt.wrong-assessment} for an
   *     attempt of another assessment version
   */
  public Attempt save(Attempt attempt, Response response) {
    return save(attempt, response, false);
  }

  /** Saves an unfinished answer, as {@link #save(Attempt, Response)} does. */
  public Attempt savePartial(Attempt attempt, Response response) {
    return save(attempt, response, true);
  }

  private Attempt save(Attempt a, Response response, boolean partial) {
    check(a);
    if (a.status().finished()) {
      throw new AttemptStateException("attempt.finished", "",
          "attempt [" + a.attemptId() + "] is " + a.status().jsonName() + "; no response can be saved");
    }
    if (a.form().item(response.item()).isEmpty()) {
      throw new AttemptStateException("attempt.not-on-form", "/item", "item [" + response.item() + "] is not on this attempt's form");
    }
    Instant now = clock.instant();
    SavedResponse saved = new SavedResponse(response, now, partial);
    for (SavedResponse s : a.responses()) {
      if (s.response().equals(response) && s.partial() == partial) {
        // A retry of a save already accepted: keep the first acceptance and its time.
        return a;
      }
    }
    if (!inTime(a, now)) {
      for (SavedResponse s : a.late()) {
        if (s.response().equals(response)) {
          return a;
        }
      }
      List<SavedResponse> late = new ArrayList<>(a.late());
      late.add(saved);
      return with(a, a.responses(), late, a.status(), a.submittedAt(), a.report());
    }
    return with(a, replace(a.responses(), saved), a.late(), a.status(), a.submittedAt(), a.report());
  }

  /** Returns the counted response to an item, or null. */
  private static Response counted(Attempt a, String item) {
    for (SavedResponse s : a.responses()) {
      if (s.response().item().equals(item)) {
        return s.response();
      }
    }
    return null;
  }

  /**
   * Submits the attempt and scores it. Submitting a finished attempt again returns it unchanged.
   */
  public Attempt submit(Attempt attempt) {
    check(attempt);
    if (attempt.status().finished()) {
      return attempt;
    }
    return finish(attempt, AttemptStatus.SUBMITTED);
  }

  /**
   * Saves the final responses (as a portal receives them with the submit request) and submits.
   * For an attempt already finished: the same content returns it unchanged; different content is
   * a conflict.
   *
   * @throws AttemptStateException {@code attempt.conflict} when a finished attempt is submitted
   *     again with content that differs from what was accepted
   */
  public Attempt submit(Attempt attempt, List<Response> finalResponses) {
    check(attempt);
    if (attempt.status() == AttemptStatus.EXPIRED) {
      return lateAfterExpiry(attempt, finalResponses);
    }
    if (attempt.status().finished()) {
      if (!sameContent(attempt, finalResponses)) {
        throw new AttemptStateException("attempt.conflict", "/responses",
            "attempt [" + attempt.attemptId() + "] was already " + attempt.status().jsonName() + " with other responses");
      }
      return attempt;
    }
    Attempt a = attempt;
    for (Response r : finalResponses) {
      a = save(a, r);
    }
    return finish(a, AttemptStatus.SUBMITTED);
  }

  /**
   * Ends an attempt whose time ran out, scoring the responses saved in time.
   *
   * @throws AttemptStateException {@code attempt.not-expired} while the deadline and its grace
   *     period have not passed (or there is no time limit)
   */
  public Attempt expire(Attempt attempt) {
    check(attempt);
    if (attempt.status().finished()) {
      return attempt;
    }
    if (attempt.deadline() == null || inTime(attempt, clock.instant())) {
      throw new AttemptStateException("attempt.not-expired", "/deadline",
          "attempt [" + attempt.attemptId() + "] has time left until " + attempt.deadline() + " plus " + grace);
    }
    return finish(attempt, AttemptStatus.EXPIRED);
  }

  /**
   * Returns the time left before the deadline (zero once passed), for the portal to show; the
   * grace period is not included. Empty when the assessment has no time limit.
   */
  public java.util.Optional<Duration> timeLeft(Attempt attempt) {
    if (attempt.deadline() == null) {
      return java.util.Optional.empty();
    }
    Duration left = Duration.between(clock.instant(), attempt.deadline());
    return java.util.Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  /**
   * Checks a form that a phone showed offline against the one the seed delivers: the same items in
   * the same order, with the same option orders.
   *
   * @throws InvalidSubmissionException {@code submission.form-mismatch} naming the first difference
   */
  public void verifyOfflineForm(long seed, Form shown) {
    Form expected = compiled.deliver(seed);
    if (!shown.assessmentId().equals(expected.assessmentId()) || !shown.assessmentVersion().equals(expected.assessmentVersion())) {
      throw new InvalidSubmissionException("submission.form-mismatch", "/assessment",
          "expected a form of [" + expected.assessmentId() + "@" + expected.assessmentVersion() + "] but was ["
              + shown.assessmentId() + "@" + shown.assessmentVersion() + "]");
    }
    if (shown.seed() != seed) {
      throw new InvalidSubmissionException("submission.form-mismatch", "/seed", "expected seed " + seed + " but the form says " + shown.seed());
    }
    List<FormItem> e = expected.items();
    List<FormItem> s = shown.items();
    for (int k = 0; k < Math.max(e.size(), s.size()); k++) {
      if (k >= e.size() || k >= s.size()) {
        throw new InvalidSubmissionException("submission.form-mismatch", "/items",
            "expected " + e.size() + " items but the form has " + s.size());
      }
      if (!e.get(k).item().equals(s.get(k).item())) {
        throw new InvalidSubmissionException("submission.form-mismatch", "/items/" + k + "/item",
            "expected item [" + e.get(k).item() + "] but was [" + s.get(k).item() + "]");
      }
      if (!e.get(k).optionOrder().equals(s.get(k).optionOrder())) {
        throw new InvalidSubmissionException("submission.form-mismatch", "/items/" + k + "/optionOrder",
            "expected options " + e.get(k).optionOrder() + " but was " + s.get(k).optionOrder());
      }
    }
  }

  /** Returns the submission an attempt's counted responses make, as a portal would send it. */
  public static Submission submissionOf(Attempt a, Instant submittedAt) {
    List<Response> rs = new ArrayList<>(a.responses().size());
    for (SavedResponse s : a.responses()) {
      rs.add(s.response());
    }
    return new Submission(a.attemptId(), new Submission.AssessmentRef(a.assessmentId(), a.assessmentVersion()), a.candidate(),
        a.seed(), a.startedAt(), submittedAt, a.context(), rs);
  }

  private Attempt finish(Attempt a, AttemptStatus status) {
    // An expired attempt ended when its time (and grace) ran out, whenever expire() is called,
    // so that cooldowns do not depend on when a portal's expiry job runs.
    Instant end = status == AttemptStatus.EXPIRED ? a.deadline().plus(grace) : clock.instant();
    ScoreReport report = compiled.score(submissionOf(a, end));
    return with(a, a.responses(), a.late(), status, end, withLate(report, a));
  }

  /** Lists in the report the late items whose late answer differs from the one counted. */
  private static ScoreReport withLate(ScoreReport report, Attempt a) {
    List<String> notCounted = new ArrayList<>();
    for (SavedResponse s : a.late()) {
      String item = s.response().item();
      if (!notCounted.contains(item) && !s.response().equals(counted(a, item))) {
        notCounted.add(item);
      }
    }
    return notCounted.isEmpty() ? report : report.withNotCounted(notCounted);
  }

  /**
   * A final submit that reaches an attempt already expired: its answers are late. They are kept
   * (once) and listed as not counted; nothing counted changes.
   */
  private Attempt lateAfterExpiry(Attempt a, List<Response> finalResponses) {
    List<SavedResponse> late = new ArrayList<>(a.late());
    boolean added = false;
    Instant now = clock.instant();
    for (Response r : finalResponses) {
      if (r.equals(counted(a, r.item())) || late.stream().anyMatch(s -> s.response().equals(r))) {
        continue;
      }
      late.add(new SavedResponse(r, now, false));
      added = true;
    }
    if (!added) {
      return a;
    }
    Attempt updated = with(a, a.responses(), late, a.status(), a.submittedAt(), a.report());
    ScoreReport report = withLate(a.report().withNotCounted(List.of()), updated);
    return with(updated, a.responses(), late, a.status(), a.submittedAt(), report);
  }

  private boolean inTime(Attempt a, Instant now) {
    return a.deadline() == null || !now.isAfter(a.deadline().plus(grace));
  }

  private void check(Attempt a) {
    if (!a.assessmentId().equals(compiled.assessment().id()) || !a.assessmentVersion().equals(compiled.assessment().version())
        || (a.fingerprint() != null && !a.fingerprint().equals(compiled.fingerprint()))) {
      throw new AttemptStateException("attempt.wrong-assessment", "/assessmentVersion",
          "attempt [" + a.attemptId() + "] belongs to [" + a.assessmentId() + "@" + a.assessmentVersion() + "] (fingerprint "
              + a.fingerprint() + "), not [" + compiled.assessment().id() + "@" + compiled.assessment().version() + "] (fingerprint "
              + compiled.fingerprint() + ")");
    }
  }

  /**
   * True when every final response is one the attempt already holds — counted, or kept as late
   * (a retried submit that arrived after the deadline). Final responses may omit items saved
   * earlier; they may not contradict them.
   */
  private static boolean sameContent(Attempt a, List<Response> finalResponses) {
    Map<String, Response> accepted = new LinkedHashMap<>();
    for (SavedResponse s : a.responses()) {
      accepted.put(s.response().item(), s.response());
    }
    Set<Response> late = new HashSet<>();
    for (SavedResponse s : a.late()) {
      late.add(s.response());
    }
    for (Response r : finalResponses) {
      if (!r.equals(accepted.get(r.item())) && !late.contains(r)) {
        return false;
      }
    }
    return true;
  }

  private static List<SavedResponse> replace(List<SavedResponse> list, SavedResponse saved) {
    List<SavedResponse> out = new ArrayList<>(list.size() + 1);
    boolean replaced = false;
    for (SavedResponse s : list) {
      if (s.response().item().equals(saved.response().item())) {
        out.add(saved);
        replaced = true;
      } else {
        out.add(s);
      }
    }
    if (!replaced) {
      out.add(saved);
    }
    return out;
  }

  private static Attempt with(Attempt a, List<SavedResponse> responses, List<SavedResponse> late, AttemptStatus status,
      Instant submittedAt, ScoreReport report) {
    return new Attempt(a.attemptId(), a.candidate(), a.assessmentId(), a.assessmentVersion(), a.fingerprint(), a.seed(), a.form(),
        status, a.startedAt(), a.deadline(), a.extraTimeFactor(), a.context(), responses, late, submittedAt, report);
  }
}
