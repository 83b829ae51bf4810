package org.digiskill.engine.attempt;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.digiskill.engine.scoring.CompetenceResult;
import org.digiskill.engine.scoring.Decision;
import org.digiskill.engine.scoring.ScoreReport;

/**
 * The diff of one submission regraded against a corrected assessment version: the outcome under
 * the version it was taken on ({@code old}), the outcome under the corrected version ({@code
 * new}), whether anything a portal acts on changed, and how the decision moved.
 *
 * <p>Written as one JSON object, for JSON Lines:
 *
 * <pre>{@code
 * {"attemptId":"att-0004","candidate":"p-5b90d2","changed":true,"transition":"passed→failed",
 *  "old":{"version":"1.0","points":30.016666666666666,"percent":81.12612612612612,"decision":"passed",
 *         "levels":{"1.1":"1","2.1":"2",...},"fingerprint":"c057fbe2..."},
 *  "new":{"version":"2.0","points":30.183333333333334,"percent":81.57657657657658,"decision":"failed",
 *         "levels":{"1.1":"1","2.1":"2",...},"fingerprint":"96c6bf05..."}}
 * }</pre>
 *
 * <p>Immutable and thread-safe; no component is null.
 *
 * @param attemptId the attempt id
 * @param candidate the candidate's pseudonym
 * @param changed true when the points, the percent, the decision or any competence's level
 *     differ between the two outcomes (the version and fingerprint always differ and do not count)
 * @param transition how the decision moved; {@link Transition#UNCHANGED} when it did not, even if
 *     points or levels changed
 * @param oldOutcome the outcome under the version the submission was taken on, written as {@code
 *     old}
 * @param newOutcome the outcome under the corrected version, written as {@code new}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"attemptId", "candidate", "changed", "transition", "old", "new"})
public record RegradeRecord(
    String attemptId,
    String candidate,
    boolean changed,
    Transition transition,
    @JsonProperty("old") Outcome oldOutcome,
    @JsonProperty("new") Outcome newOutcome) {

  /** Null-checks. */
  public RegradeRecord {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(transition, "transition");
    Objects.requireNonNull(oldOutcome, "oldOutcome");
    Objects.requireNonNull(newOutcome, "newOutcome");
  }

  /**
   * Compares two outcomes of one submission and records the difference.
   *
   * @param attemptId the attempt id
   * @param candidate the candidate's pseudonym
   * @param oldOutcome the outcome under the version the submission was taken on
   * @param newOutcome the outcome under the corrected version
   */
  public static RegradeRecord of(String attemptId, String candidate, Outcome oldOutcome, Outcome newOutcome) {
    boolean changed = Double.compare(oldOutcome.points(), newOutcome.points()) != 0
        || Double.compare(oldOutcome.percent(), newOutcome.percent()) != 0
        || oldOutcome.decision() != newOutcome.decision()
        || !oldOutcome.levels().equals(newOutcome.levels());
    return new RegradeRecord(attemptId, candidate, changed, Transition.of(oldOutcome.decision(), newOutcome.decision()),
        oldOutcome, newOutcome);
  }

  /**
   * The part of a score report that a regrade compares.
   *
   * <p>Immutable and thread-safe; no component is null.
   *
   * @param version the assessment version scored against
   * @param points tested points earned, after section floors
   * @param percent {@code 100 × points / maxPoints}
   * @param decision passed or failed
   * @param levels the level attained per competence code, in framework order (JSON writes map keys
   *     sorted). A competence the form evidenced but that reached no level is left out, as is a
   *     competence the form did not evidence: absent means "no level", so no level code is
   *     reserved for it
   * @param fingerprint SHA-256 (hex) of the assessment version's canonical JSON
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"version", "points", "percent", "decision", "levels", "fingerprint"})
  public record Outcome(String version, double points, double percent, Decision decision, Map<String, String> levels,
      String fingerprint) {

    /** Null-checks and copies, keeping the map's order. */
    public Outcome {
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(fingerprint, "fingerprint");
      // Map.copyOf would lose the framework order; null keys or values are refused as there.
      Map<String, String> copy = new LinkedHashMap<>();
      levels.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "level key"), Objects.requireNonNull(v, "level")));
      levels = Collections.unmodifiableMap(copy);
    }

    /** Takes the compared parts of a report. */
    public static Outcome of(ScoreReport report) {
      Map<String, String> levels = new LinkedHashMap<>();
      for (CompetenceResult c : report.competences()) {
        if (c.level() != null) {
          levels.put(c.competence(), c.level());
        }
      }
      return new Outcome(report.assessmentVersion(), report.points(), report.percent(), report.decision(), levels,
          report.fingerprint());
    }
  }

  /** How a regrade moved the certification decision. Written as its {@link #jsonName()}. */
  public enum Transition {
    /** The decision is the same (points or levels may still have changed). */
    UNCHANGED("unchanged"),
    /** Passed before, fails now: a certificate issued on this attempt is no longer supported. */
    PASSED_TO_FAILED("passed→failed"),
    /** Failed before, passes now: a certificate is due. */
    FAILED_TO_PASSED("failed→passed");

    private final String jsonName;

    Transition(String jsonName) {
      this.jsonName = jsonName;
    }

    /** Returns the transition between two decisions. */
    public static Transition of(Decision before, Decision after) {
      if (before == after) {
        return UNCHANGED;
      }
      return before == Decision.PASSED ? PASSED_TO_FAILED : FAILED_TO_PASSED;
    }

    /** Returns the name used in JSON: {@code unchanged}, {@code passed→failed} or {@code failed→passed}. */
    @JsonValue
    public String jsonName() {
      return jsonName;
    }
  }
}
