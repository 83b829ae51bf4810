package org.digiskill.model.framework;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;

/**
 * Links from the competences of the framework that holds it to the competences of one other
 * framework version. Links are many-to-many: one competence may link to several targets.
 *
 * @param target the framework the links point into
 * @param links the links, in document order
 */
public record Crosswalk(
    @JsonProperty(required = true) @NotNull @Valid FrameworkRef target,
    @JsonProperty(required = true) @NotEmpty List<@Valid CrosswalkLink> links) {

  /** Null-checks and copies. */
  public Crosswalk {
    Objects.requireNonNull(target, "target");
    links = List.copyOf(Objects.requireNonNull(links, "links"));
  }

  /** Returns the links whose source is the given competence code, in document order. */
  public List<CrosswalkLink> linksFrom(String sourceCode) {
    return links.stream().filter(l -> l.source().equals(sourceCode)).toList();
  }
}
