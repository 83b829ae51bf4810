package org.digiskill.model.framework;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ordered proficiency levels of a framework, lowest first, optionally grouped into bands
 * (DigComp 2.2: 8 levels in 4 groups).
 *
 * <p>Immutable and thread-safe. A class rather than a record because it keeps an index for O(1)
 * lookups by code; equality is that of its two lists. When codes repeat (an invalid document,
 * reported by validation) the first one wins lookups.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class ProficiencyScale {
  @NotEmpty private final List<@Valid ProficiencyLevel> levels;
  private final List<@Valid LevelGroup> groups;
  private final Map<String, Integer> levelIndex;
  private final Map<String, LevelGroup> groupIndex;

  /**
   * Creates a scale.
   *
   * @param levels the levels, lowest first
   * @param groups the level groups, lowest first; null or empty when levels are not grouped
   */
  @JsonCreator
  public ProficiencyScale(
      @JsonProperty(value = "levels", required = true) List<ProficiencyLevel> levels,
      @JsonProperty("groups") List<LevelGroup> groups) {
    this.levels = List.copyOf(Objects.requireNonNull(levels, "levels"));
    this.groups = groups == null ? List.of() : List.copyOf(groups);
    Map<String, Integer> li = new HashMap<>();
    for (int i = 0; i < this.levels.size(); i++) {
      li.putIfAbsent(this.levels.get(i).code(), i);
    }
    Map<String, LevelGroup> gi = new HashMap<>();
    for (LevelGroup g : this.groups) {
      gi.putIfAbsent(g.code(), g);
    }
    this.levelIndex = Map.copyOf(li);
    this.groupIndex = Map.copyOf(gi);
  }

  /** Returns the levels, lowest first. */
  @JsonProperty("levels")
  public List<ProficiencyLevel> levels() {
    return levels;
  }

  /** Returns the level groups, lowest first; empty when levels are not grouped. */
  @JsonProperty("groups")
  public List<LevelGroup> groups() {
    return groups;
  }

  /** Returns the level with this code. */
  public Optional<ProficiencyLevel> level(String code) {
    Integer i = levelIndex.get(code);
    return i == null ? Optional.empty() : Optional.of(levels.get(i));
  }

  /** Returns the group with this code. */
  public Optional<LevelGroup> group(String code) {
    return Optional.ofNullable(groupIndex.get(code));
  }

  /**
   * Returns the position of the level in the scale (0 for the lowest), or -1 for an unknown code.
   * Use it to compare levels.
   */
  public int rank(String levelCode) {
    Integer i = levelIndex.get(levelCode);
    return i == null ? -1 : i;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProficiencyScale other
        && levels.equals(other.levels)
        && groups.equals(other.groups);
  }

  @Override
  public int hashCode() {
    return Objects.hash(levels, groups);
  }

  @Override
  public String toString() {
    return "ProficiencyScale[levels=" + levels + ", groups=" + groups + "]";
  }
}
