package org.digiskill.model.framework;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * Names one version of a competency framework, e.g. {@code digcomp} version {@code 2.2}.
 *
 * @param id the framework id
 * @param version the framework version; results are only comparable within one version
 */
public record FrameworkRef(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.ID) String id,
    @JsonProperty(required = true) @NotBlank String version) {

  /** Null-checks both parts. */
  public FrameworkRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(version, "version");
  }

  @Override
  public String toString() {
    return id + "@" + version;
  }
}
