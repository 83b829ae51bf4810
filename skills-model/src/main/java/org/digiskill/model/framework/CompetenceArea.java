package org.digiskill.model.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import org.digiskill.model.LocalizedText;

/**
 * A competence area: a named group of competences, such as DigComp's area {@code 4} "Safety".
 *
 * @param code the area's code, unique in its framework
 * @param title the area's name
 * @param description what the area covers, or null
 * @param competences the competences of the area, in document order; at least one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompetenceArea(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String code,
    @JsonProperty(required = true) @NotNull @Valid LocalizedText title,
    @Valid LocalizedText description,
    @JsonProperty(required = true) @NotEmpty List<@Valid Competence> competences) {

  /** Null-checks the required parts and copies the list. */
  public CompetenceArea {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    competences = List.copyOf(Objects.requireNonNull(competences, "competences"));
  }
}
