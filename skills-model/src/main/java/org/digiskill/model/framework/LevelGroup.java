package org.digiskill.model.framework;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.digiskill.model.LocalizedText;

/**
 * A named band of consecutive proficiency levels, such as DigComp's "Foundation" (levels 1–2).
 *
 * @param code the group's code, unique in its scale
 * @param title the group's name
 */
public record LevelGroup(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String code,
    @JsonProperty(required = true) @NotNull @Valid LocalizedText title) {

  /** Null-checks both parts. */
  public LevelGroup {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
  }
}
