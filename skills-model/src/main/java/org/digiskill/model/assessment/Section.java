package org.digiskill.model.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.framework.Codes;

/**
 * A part of an assessment's form: fixed items, then items drawn from the bank.
 *
 * @param id the section's id
 * @param title the section's title, or null
 * @param items ids of bank items always delivered in this section, in authored order
 * @param draws random draws from the bank, made in this order after the fixed items
 * @param shuffleItems true to shuffle the section's items (fixed and drawn together)
 * @param shuffleChoices true to shuffle the options of its choice, ordering and matching items
 *     (pinned options keep their place; an item may opt out)
 * @param floor the section's points never go below this (for negative marking), or null for no
 *     floor beyond the items' own
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Section(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
    @Valid LocalizedText title,
    List<@NotNull String> items,
    List<@Valid Draw> draws,
    boolean shuffleItems,
    boolean shuffleChoices,
    Double floor) {

  /** Null-checks and copies. */
  public Section {
    Objects.requireNonNull(id, "id");
    items = items == null ? List.of() : List.copyOf(items);
    draws = draws == null ? List.of() : List.copyOf(draws);
  }

  /** Returns the number of items the section delivers. */
  public int size() {
    return items.size() + draws.stream().mapToInt(Draw::count).sum();
  }
}
