package org.digiskill.model.framework;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * One link of a {@link Crosswalk}: a competence of this framework, a competence of the target
 * framework, and how the first relates to the second.
 *
 * @param source a competence code of the framework that holds the crosswalk
 * @param target a competence code of the crosswalk's target framework
 * @param relation how {@code source} relates to {@code target}
 */
public record CrosswalkLink(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String source,
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String target,
    @JsonProperty(required = true) @NotNull Relation relation) {

  /** Null-checks every part. */
  public CrosswalkLink {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(relation, "relation");
  }
}
