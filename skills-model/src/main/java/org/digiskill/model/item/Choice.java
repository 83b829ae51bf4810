package org.digiskill.model.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.framework.Codes;

/**
 * One option of a choice item, a step of an ordering item, or one side of a matching item.
 *
 * @param id the option's id, unique within its item
 * @param text what the resident sees or hears
 * @param media an optional picture or sound for the option
 * @param pinned true when the option keeps its place when options are shuffled (e.g. "none of
 *     these" stays last)
 * @param critical true when choosing this option fails certification whatever the total, e.g.
 *     "read the OTP to the caller"; the report says why
 * @param feedback what the resident is told after choosing it, or null
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Choice(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
    @JsonProperty(required = true) @NotNull @Valid LocalizedText text,
    @Valid Media media,
    boolean pinned,
    boolean critical,
    @Valid LocalizedText feedback) {

  /** Null-checks the required parts. */
  public Choice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }

  /** Returns a plain option. */
  public static Choice of(String id, LocalizedText text) {
    return new Choice(id, text, null, false, false, null);
  }
}
