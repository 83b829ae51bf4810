package org.digiskill.model.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * Where a framework comes from: a bibliographic citation and, optionally, a link to the source.
 *
 * @param text the citation as a reader would write it in a reference list
 * @param url a link to the official source, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(
    @JsonProperty(required = true) @NotBlank String text,
    @Pattern(regexp = "https?://\\S+") String url) {

  /** Null-checks the text. */
  public Citation {
    Objects.requireNonNull(text, "text");
  }
}
