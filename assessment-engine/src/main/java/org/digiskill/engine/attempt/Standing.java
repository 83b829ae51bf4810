package org.digiskill.engine.attempt;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.digiskill.model.assessment.AttemptPolicy;
import org.digiskill.model.assessment.CertificationPolicy;
import org.digiskill.model.assessment.CertificationRule;

/**
 * A candidate's standing across their attempts, by the assessment's grading method (Moodle's:
 * highest, last, first, average).
 *
 * <ul>
 *   <li>{@code highest}: the finished attempt with the highest percentage counts (the earliest of
 *       equals); a certificate is due when it passed.
 *   <li>{@code last} / {@code first}: the latest / earliest finished attempt counts.
 *   <li>{@code average}: the grade is the mean percentage of the finished attempts; a certificate
 *       is due when some attempt passed and the mean reaches the policy's overall percentage cut
 *       (when it has one). The certificate is then that of the latest passed attempt.
 * </ul>
 *
 * @param grading the grading method
 * @param attemptsUsed attempts started, finished or not
 * @param attemptsLeft attempts the candidate may still start, or null when unlimited
 * @param nextStartAt the earliest time the next attempt may start (end of the cooldown), or null
 *     when it may start now (limit aside)
 * @param grade the candidate's percentage by the grading method, or null before any attempt is
 *     finished
 * @param countedAttempt the attempt whose result counts (none for average), or null
 * @param certificateDue true when a certificate is due
 * @param certificateAttempt the attempt a certificate should be issued from, or null
 */
public record Standing(
    AttemptPolicy.Grading grading,
    int attemptsUsed,
    Integer attemptsLeft,
    Instant nextStartAt,
    Double grade,
    String countedAttempt,
    boolean certificateDue,
    String certificateAttempt) {

  /**
   * Computes the standing from the candidate's attempts (any order).
   *
   * @param policy the retake policy
   * @param attempts every attempt of the candidate at this assessment
   * @param certification the certification policy, for the average method's cut
   */
  public static Standing of(AttemptPolicy policy, List<Attempt> attempts, CertificationPolicy certification) {
    Integer left = policy.maxAttempts() == null ? null : Math.max(0, policy.maxAttempts() - attempts.size());
    List<Attempt> finished = new ArrayList<>();
    Instant lastEnd = null;
    for (Attempt a : attempts) {
      if (a.status().finished() && a.report() != null) {
        finished.add(a);
      }
      Instant end = a.submittedAt() != null ? a.submittedAt() : a.startedAt();
      if (lastEnd == null || end.isAfter(lastEnd)) {
        lastEnd = end;
      }
    }
    Instant next = policy.cooldown() == null || lastEnd == null ? null : lastEnd.plus(policy.cooldown());
    finished.sort(Comparator.comparing(Attempt::submittedAt).thenComparing(Attempt::attemptId));
    if (finished.isEmpty()) {
      return new Standing(policy.grading(), attempts.size(), left, next, null, null, false, null);
    }
    Attempt counted;
    switch (policy.grading()) {
      case LAST -> counted = finished.get(finished.size() - 1);
      case FIRST -> counted = finished.get(0);
      case HIGHEST -> {
        counted = finished.get(0);
        for (Attempt a : finished) {
          if (a.report().percent() > counted.report().percent()) {
            counted = a;
          }
        }
      }
      default -> {
        double mean = finished.stream().mapToDouble(a -> a.report().percent()).average().orElse(0);
        Attempt lastPassed = null;
        for (Attempt a : finished) {
          if (a.report().passed()) {
            lastPassed = a;
          }
        }
        Double cut = overallPercentCut(certification);
        boolean due = lastPassed != null && (cut == null || mean >= cut - 1e-9);
        return new Standing(policy.grading(), attempts.size(), left, next, mean, null, due,
            due ? lastPassed.attemptId() : null);
      }
    }
    boolean due = counted.report().passed();
    return new Standing(policy.grading(), attempts.size(), left, next, counted.report().percent(), counted.attemptId(), due,
        due ? counted.attemptId() : null);
  }

  private static Double overallPercentCut(CertificationPolicy policy) {
    for (CertificationRule r : policy.rules()) {
      if (r instanceof CertificationRule.OverallCut o && o.minPercent() != null) {
        return o.minPercent();
      }
    }
    return null;
  }
}
