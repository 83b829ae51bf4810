package org.digiskill.model.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a portal sends back after a resident's attempt: one response per delivered item answered.
 *
 * <p>The candidate is a pseudonym the portal made; a submission never holds a name, a national ID
 * number or a phone number. Immutable and thread-safe.
 *
 * @param attemptId the attempt's id, unique per portal
 * @param assessment the assessment id and version the form came from
 * @param candidate the resident's pseudonymous id
 * @param seed the delivery seed the form was made with
 * @param startedAt when the attempt started, or null
 * @param submittedAt when it was submitted, or null
 * @param context where and how it was administered, or null
 * @param responses the responses, in any order; items not answered are left out
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Submission(
    @JsonProperty(required = true) @NotBlank String attemptId,
    @JsonProperty(required = true) @NotNull @Valid AssessmentRef assessment,
    @JsonProperty(required = true) @NotBlank String candidate,
    @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) long seed,
    Instant startedAt,
    Instant submittedAt,
    @Valid AdministrationContext context,
    @JsonProperty(required = true) List<@Valid Response> responses) {

  /** Null-checks and copies. */
  public Submission {
    Objects.requireNonNull(attemptId, "attemptId");
    Objects.requireNonNull(assessment, "assessment");
    Objects.requireNonNull(candidate, "candidate");
    responses = List.copyOf(Objects.requireNonNull(responses, "responses"));
  }

  /**
   * Names one version of an assessment.
   *
   * @param id the assessment id
   * @param version the assessment version
   */
  public record AssessmentRef(@JsonProperty(required = true) @NotBlank String id, @JsonProperty(required = true) @NotBlank String version) {
    /** Null-checks. */
    public AssessmentRef {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
      return id + "@" + version;
    }
  }
}
