package org.digiskill.engine.adaptive;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One resident's adaptive session, as a value: everything {@link AdaptiveEngine} needs to pick the
 * next item and score the next response, and nothing from the bank, so a portal stores its JSON
 * and resumes it on any server holding the same bank and configuration. Each step of the engine
 * returns a new session.
 *
 * <p>The random stream is SplitMix64 seeded with {@code seed}; {@code randomDraws} is how many
 * 64-bit outputs the session has used so far, which fixes the stream's position.
 *
 * <p>Immutable and thread-safe. {@code standardError}, {@code logLikelihoodRatio}, {@code
 * stopReason} and {@code classification} may be null, as documented below; the lists are never
 * null.
 *
 * @param seed the seed of the session's random stream
 * @param responses the items given, in order, with their scores
 * @param excluded items Sympson–Hetter withheld from this session, in the order withheld
 * @param theta the current ability estimate (the start theta before any response)
 * @param standardError the standard error of {@code theta}, or null before any response
 * @param logLikelihoodRatio the SPRT log-likelihood ratio, or null when the configuration has no
 *     SPRT
 * @param randomDraws how many outputs of the random stream have been used
 * @param status in progress or finished
 * @param stopReason why it finished, or null while in progress
 * @param classification pass or fail when finished under an SPRT configuration (by the SPRT, or
 *     at the end by theta against the cut), otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdaptiveSession(
    long seed,
    List<AdaptiveResponse> responses,
    List<String> excluded,
    double theta,
    Double standardError,
    Double logLikelihoodRatio,
    long randomDraws,
    SessionStatus status,
    StopReason stopReason,
    Classification classification) {

  /** Null-checks, copies, and checks that the stop reason is set exactly when finished. */
  public AdaptiveSession {
    responses = responses == null ? List.of() : List.copyOf(responses);
    excluded = excluded == null ? List.of() : List.copyOf(excluded);
    Objects.requireNonNull(status, "status");
    if ((status == SessionStatus.FINISHED) != (stopReason != null)) {
      throw new IllegalArgumentException(
          "expected a stop reason exactly when finished but status was [" + status.jsonName()
              + "] and stop reason [" + (stopReason == null ? "null" : stopReason.jsonName()) + "]");
    }
    if (randomDraws < 0) {
      throw new IllegalArgumentException("expected randomDraws >= 0 but was [" + randomDraws + "]");
    }
  }

  /** Returns the number of items given. */
  public int length() {
    return responses.size();
  }

  /** Returns true when a stopping rule was met. */
  public boolean finished() {
    return status == SessionStatus.FINISHED;
  }

  /** Returns why the session stopped, if it has. */
  public Optional<StopReason> stopReasonIfAny() {
    return Optional.ofNullable(stopReason);
  }

  /** Returns the SPRT classification, if the session finished under an SPRT configuration. */
  public Optional<Classification> classificationIfAny() {
    return Optional.ofNullable(classification);
  }
}
