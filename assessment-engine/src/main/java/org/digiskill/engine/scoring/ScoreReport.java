package org.digiskill.engine.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The full, explained result of scoring one submission: every item with its reason, every
 * competence with its level, every area, the total and the certification decision with every
 * rule's numbers. It carries the assessment's fingerprint and the library version so that the
 * score can be reproduced later.
 *
 * <p>Immutable and thread-safe; round-trips through JSON.
 *
 * @param attemptId the attempt id
 * @param candidate the candidate's pseudonym
 * @param assessmentId the assessment id
 * @param assessmentVersion the assessment version
 * @param fingerprint SHA-256 (hex) of the assessment's canonical JSON
 * @param libraryVersion the digiskill version that scored it
 * @param seed the delivery seed
 * @param points tested points earned, after section floors
 * @param maxPoints tested points available on the delivered form
 * @param percent {@code 100 × points / maxPoints}
 * @param decision passed or failed
 * @param rules every certification rule, evaluated
 * @param criticalErrors the critical errors made, as {@code item:option}; empty when none
 * @param validUntil when a certificate from this attempt expires ({@code submittedAt} plus the
 *     policy's validity), or null when failed, when the policy sets no validity, or when the
 *     submission has no submission time
 * @param items every delivered item, in form order
 * @param competences every competence of the framework evidenced by the form, in framework order
 * @param areas every area evidenced by the form, in framework order
 * @param ability the overall theta estimate under IRT scoring, or null
 * @param notCounted items whose responses arrived after the deadline and its grace period and
 *     were not counted; empty when none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "attemptId", "candidate", "assessmentId", "assessmentVersion", "fingerprint", "libraryVersion", "seed",
  "points", "maxPoints", "percent", "ability", "decision", "rules", "criticalErrors", "validUntil", "notCounted", "items", "competences",
  "areas"
})
public record ScoreReport(
    String attemptId,
    String candidate,
    String assessmentId,
    String assessmentVersion,
    String fingerprint,
    String libraryVersion,
    long seed,
    double points,
    double maxPoints,
    double percent,
    Ability ability,
    Decision decision,
    List<RuleResult> rules,
    List<String> criticalErrors,
    Instant validUntil,
    List<ItemResult> items,
    List<CompetenceResult> competences,
    List<AreaResult> areas,
    List<String> notCounted) {

  /** Null-checks and copies (a list scoring made, which nothing else holds, is kept as it is). */
  public ScoreReport {
    notCounted = notCounted == null ? List.of() : List.copyOf(notCounted);
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(decision, "decision");
    rules = FrozenList.copyOf(rules);
    criticalErrors = List.copyOf(criticalErrors);
    items = FrozenList.copyOf(items);
    competences = FrozenList.copyOf(competences);
    areas = FrozenList.copyOf(areas);
  }

  /** Returns a copy that lists these items as not counted (their responses came too late). */
  public ScoreReport withNotCounted(List<String> items) {
    return new ScoreReport(attemptId, candidate, assessmentId, assessmentVersion, fingerprint, libraryVersion, seed, points,
        maxPoints, percent, ability, decision, rules, criticalErrors, validUntil, this.items, competences, areas, items);
  }

  /** Returns true when the decision is {@link Decision#PASSED}. */
  public boolean passed() {
    return decision == Decision.PASSED;
  }

  /** Returns the result of the competence with this code, if the form evidenced it. */
  public java.util.Optional<CompetenceResult> competence(String code) {
    return competences.stream().filter(c -> c.competence().equals(code)).findFirst();
  }
}
