package org.digiskill.model.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.digiskill.model.LocalizedText;

/**
 * One level of a {@link ProficiencyScale}. Levels are ordered by their position in the scale,
 * lowest first.
 *
 * @param code the level's code, unique in its scale (e.g. {@code 3})
 * @param title the level's name
 * @param description what a person at this level can do, or null
 * @param group the code of the {@link LevelGroup} this level belongs to (DigComp's Foundation,
 *     Intermediate, ...), or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProficiencyLevel(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String code,
    @JsonProperty(required = true) @NotNull @Valid LocalizedText title,
    @Valid LocalizedText description,
    @Pattern(regexp = Codes.CODE) String group) {

  /** Null-checks the required parts. */
  public ProficiencyLevel {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
  }
}
