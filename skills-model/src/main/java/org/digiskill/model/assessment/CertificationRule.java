package org.digiskill.model.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Objects;
import org.digiskill.model.LocalizedText;

/**
 * One rule of a {@link CertificationPolicy}. Each has a localized label that reports show beside
 * its outcome and numbers.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CertificationRule.OverallCut.class, name = "overall"),
  @JsonSubTypes.Type(value = CertificationRule.AreaMinimum.class, name = "area-minimum"),
  @JsonSubTypes.Type(value = CertificationRule.CompetenceLevel.class, name = "competence-level"),
  @JsonSubTypes.Type(value = CertificationRule.NoCriticalError.class, name = "no-critical-error"),
  @JsonSubTypes.Type(value = CertificationRule.Group.class, name = "group")
})
public sealed interface CertificationRule {
  /** Returns the rule's label. */
  LocalizedText label();

  /**
   * Passed when the tested total reaches a cut, in points or in percent of the maximum (exactly
   * one of the two).
   *
   * @param label the label
   * @param minPoints the cut in points, or null
   * @param minPercent the cut in percent of the tested maximum, or null
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record OverallCut(
      @JsonProperty(required = true) @NotNull @Valid LocalizedText label,
      @PositiveOrZero Double minPoints,
      @PositiveOrZero @DecimalMax("100") Double minPercent)
      implements CertificationRule {
    /** Null-checks the label. */
    public OverallCut {
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * Passed when the resident earned at least {@code minPercent} of the tested points of an area.
   *
   * @param label the label
   * @param area the area code
   * @param minPercent the minimum percentage
   */
  record AreaMinimum(
      @JsonProperty(required = true) @NotNull @Valid LocalizedText label,
      @JsonProperty(required = true) @NotNull String area,
      @JsonProperty(required = true) @NotNull @PositiveOrZero @DecimalMax("100") Double minPercent)
      implements CertificationRule {
    /** Null-checks every part. */
    public AreaMinimum {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(area, "area");
      Objects.requireNonNull(minPercent, "minPercent");
    }
  }

  /**
   * Passed when the resident is placed at or above {@code minLevel} on a competence.
   *
   * @param label the label
   * @param competence the competence code
   * @param minLevel the lowest acceptable level code
   */
  record CompetenceLevel(
      @JsonProperty(required = true) @NotNull @Valid LocalizedText label,
      @JsonProperty(required = true) @NotNull String competence,
      @JsonProperty(required = true) @NotNull String minLevel)
      implements CertificationRule {
    /** Null-checks every part. */
    public CompetenceLevel {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(competence, "competence");
      Objects.requireNonNull(minLevel, "minLevel");
    }
  }

  /**
   * Passed when the resident chose no critical option, tapped no critical region and took no
   * critical forbidden step.
   *
   * @param label the label
   */
  record NoCriticalError(@JsonProperty(required = true) @NotNull @Valid LocalizedText label)
      implements CertificationRule {
    /** Null-checks the label. */
    public NoCriticalError {
      Objects.requireNonNull(label, "label");
    }
  }

  /**
   * Combines rules: passed when all (or any) of them pass.
   *
   * @param label the label
   * @param combine all or any
   * @param rules the rules combined
   */
  record Group(
      @JsonProperty(required = true) @NotNull @Valid LocalizedText label,
      @JsonProperty(required = true) @NotNull Combine combine,
      @JsonProperty(required = true) @NotEmpty List<@Valid CertificationRule> rules)
      implements CertificationRule {
    /** Null-checks and copies. */
    public Group {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(combine, "combine");
      rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
    }
  }
}
