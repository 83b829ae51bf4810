package org.digiskill.engine.certification;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link CredentialVerifier} found: every check with its outcome, and the verdict. A
 * credential is valid only when no check failed.
 *
 * @param checks the checks in the order they ran
 * @param credential the credential as read (for a JWT, its payload without the registered
 *     claims), or null when it could not be read; not written to JSON
 */
@JsonPropertyOrder({"valid", "checks"})
public record VerificationResult(@JsonProperty("checks") List<Check> checks, @JsonIgnore Map<String, Object> credential) {

  /** Copies the checks. */
  public VerificationResult {
    checks = List.copyOf(checks);
  }

  /** Whether the credential is valid: no check failed. */
  @JsonProperty("valid")
  public boolean valid() {
    return checks.stream().noneMatch(c -> c.outcome() == Outcome.FAILED);
  }

  /** Returns the check with this name. */
  public Check check(String name) {
    return checks.stream().filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no check named " + name));
  }

  /** The outcome of one check. */
  public enum Outcome {
    /** The check ran and the credential met it. */
    PASSED,
    /** The check ran and the credential did not meet it. */
    FAILED,
    /** The check did not run: it did not apply, or an earlier failure left nothing to check. */
    SKIPPED;

    /** Returns the lower-case name used in JSON. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One check.
   *
   * @param name the check, such as {@code proof} or {@code status}
   * @param outcome passed, failed or skipped
   * @param code a stable reason code for a failure, such as {@code status.revoked}; null otherwise
   * @param message what was found, for people
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"name", "outcome", "code", "message"})
  public record Check(String name, Outcome outcome, String code, String message) {
    /** Checks the parts. */
    public Check {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(message, "message");
      if ((outcome == Outcome.FAILED) != (code != null)) {
        throw new IllegalArgumentException("a failed check, and only a failed check, has a code");
      }
    }

    static Check passed(String name, String message) {
      return new Check(name, Outcome.PASSED, null, message);
    }

    static Check failed(String name, String code, String message) {
      return new Check(name, Outcome.FAILED, code, message);
    }

    static Check skipped(String name, String message) {
      return new Check(name, Outcome.SKIPPED, null, message);
    }

    /** Whether the check passed. */
    @JsonIgnore
    public boolean passed() {
      return outcome == Outcome.PASSED;
    }
  }
}
