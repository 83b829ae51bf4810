package org.digiskill.model.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * What it takes to be certified, and for how long a certificate is valid.
 *
 * @param combine whether all rules or any rule must pass; all when omitted
 * @param rules the rules, evaluated in order and all reported
 * @param validity how long a certificate stays valid (ISO 8601, e.g. {@code P2Y}), or null for no
 *     expiry
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CertificationPolicy(
    Combine combine,
    @JsonProperty(required = true) @NotEmpty List<@Valid CertificationRule> rules,
    Period validity) {

  /** Copies the rules; {@code combine} is {@link Combine#ALL} when omitted. */
  public CertificationPolicy {
    combine = combine == null ? Combine.ALL : combine;
    rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
  }
}
