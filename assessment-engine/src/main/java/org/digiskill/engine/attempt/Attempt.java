package org.digiskill.engine.attempt;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.scoring.ScoreReport;
import org.digiskill.model.response.AdministrationContext;

/**
 * One resident's attempt at an assessment, as a value: the portal stores its JSON wherever it
 * likes and hands it back to {@link AttemptLifecycle} for the next step (save, submit, expire),
 * which returns a new value. Nothing is kept in the library between calls, so a portal resumes
 * after a disconnect, or on another server, from the JSON alone.
 *
 * <p>Immutable and thread-safe.
 *
 * @param attemptId the attempt's id, unique per portal
 * @param candidate the resident's pseudonym
 * @param assessmentId the assessment id
 * @param assessmentVersion the assessment version
 * @param fingerprint the fingerprint of the assessment the attempt was started on
 * @param seed the delivery seed
 * @param form the form delivered
 * @param status in progress, submitted or expired
 * @param startedAt when it started
 * @param deadline when its time runs out (time limit × extra-time factor after the start), or
 *     null when there is no limit
 * @param extraTimeFactor the candidate's accommodation (1 for none, e.g. 1.5 for elderly residents
 *     or those with disabilities)
 * @param context where and how it is administered, or null
 * @param responses the latest response to each item, in the order first saved
 * @param late responses that arrived after the deadline and its grace period; kept, not counted
 * @param submittedAt when it was submitted or expired, or null
 * @param report the score once finished, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attempt(
    String attemptId,
    String candidate,
    String assessmentId,
    String assessmentVersion,
    String fingerprint,
    long seed,
    Form form,
    AttemptStatus status,
    Instant startedAt,
    Instant deadline,
    double extraTimeFactor,
    AdministrationContext context,
    List<SavedResponse> responses,
    List<SavedResponse> late,
    Instant submittedAt,
    ScoreReport report) {

  /** Null-checks and copies. */
  public Attempt {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(assessmentId, "assessmentId");
    Objects.requireNonNull(assessmentVersion, "assessmentVersion");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(startedAt, "startedAt");
    responses = responses == null ? List.of() : List.copyOf(responses);
    late = late == null ? List.of() : List.copyOf(late);
  }

  /** Returns the report of a finished attempt. */
  public Optional<ScoreReport> result() {
    return Optional.ofNullable(report);
  }

  /** Returns the deadline, if the assessment has a time limit. */
  public Optional<Instant> deadlineIfAny() {
    return Optional.ofNullable(deadline);
  }
}
