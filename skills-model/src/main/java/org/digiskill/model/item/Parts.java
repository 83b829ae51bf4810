package org.digiskill.model.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.framework.Codes;

/** The small values items are made of: accepted answers, tolerances, pairs, regions, steps. */
public final class Parts {
  private Parts() {}

  /**
   * An accepted answer of a text-entry item.
   *
   * @param value the answer text, or a regular expression when {@code pattern} is true
   * @param points the points this answer earns (at most the item's points)
   * @param pattern true when {@code value} is a regular expression matched against the whole
   *     normalised response
   */
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public record AcceptedAnswer(
      @JsonProperty(required = true) @NotBlank String value,
      @JsonProperty(required = true) @NotNull @PositiveOrZero Double points,
      boolean pattern) {
    /** Null-checks the parts. */
    public AcceptedAnswer {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(points, "points");
    }
  }

  /**
   * How far a numeric answer may be from the key.
   *
   * @param mode absolute (same unit as the value) or relative (a fraction of the value)
   * @param amount the allowed distance, ≥ 0
   */
  public record Tolerance(
      @JsonProperty(required = true) @NotNull ToleranceMode mode,
      @JsonProperty(required = true) @NotNull @PositiveOrZero Double amount) {
    /** Null-checks the parts. */
    public Tolerance {
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(amount, "amount");
    }
  }

  /** Whether a tolerance is in the value's unit or a fraction of the value. */
  public enum ToleranceMode {
    /** |answer − value| ≤ amount. */
    ABSOLUTE,
    /** |answer − value| ≤ amount × |value|. */
    RELATIVE;

    /** Returns the name used in documents. */
    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A pair of a matching item's key, or of a response.
   *
   * @param left the id of a left-hand option
   * @param right the id of a right-hand option
   */
  public record Pair(
      @JsonProperty(required = true) @NotNull String left,
      @JsonProperty(required = true) @NotNull String right) {
    /** Null-checks the parts. */
    public Pair {
      Objects.requireNonNull(left, "left");
      Objects.requireNonNull(right, "right");
    }
  }

  /**
   * A region of a hotspot item's image, in image pixels.
   *
   * @param id the region's id, unique in its item
   * @param shape rectangle ({@code x, y, width, height}), circle ({@code cx, cy, r}) or polygon
   *     ({@code x1, y1, x2, y2, ...}, at least 3 points)
   * @param coords the coordinates, as the shape says
   * @param correct true when tapping here is a correct answer
   * @param critical true when tapping here fails certification whatever the total
   * @param label what the region shows, for reports and screen readers, or null
   */
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public record Region(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull Shape shape,
      @JsonProperty(required = true) @NotNull List<Double> coords,
      boolean correct,
      boolean critical,
      @Valid LocalizedText label) {
    /** Null-checks and copies. */
    public Region {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(shape, "shape");
      coords = List.copyOf(Objects.requireNonNull(coords, "coords"));
    }
  }

  /** Shapes of hotspot regions. */
  public enum Shape {
    /** {@code x, y, width, height}; edges included. */
    RECT,
    /** {@code cx, cy, r}; the edge included. */
    CIRCLE,
    /** {@code x1, y1, ..., xn, yn}, n ≥ 3; even-odd rule, edges included. */
    POLYGON;

    /** Returns the name used in documents. */
    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A tap on a hotspot image, in image pixels.
   *
   * @param x distance from the left edge
   * @param y distance from the top edge
   */
  public record Point(
      @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) double x,
      @JsonProperty(required = true) @JsonSetter(nulls = Nulls.FAIL) double y) {}

  /**
   * An option of a Likert self-assessment item: a self-reported ability mapped to a level.
   *
   * @param id the option's id
   * @param text what the resident sees, e.g. "I can do it on my own"
   * @param level the framework level the option reports, or null for "I cannot do this yet"
   * @param points the self-assessment points the option earns
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record LikertOption(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText text,
      String level,
      @JsonProperty(required = true) @NotNull @PositiveOrZero Double points) {
    /** Null-checks the required parts. */
    public LikertOption {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(points, "points");
    }
  }

  /**
   * A step of a practical task's checklist.
   *
   * @param id the step's id, as it appears in the recorded log
   * @param label what the step is, for the assessor and reports
   * @param points the points for doing it
   * @param required true when the task is not done without it
   * @param expectedValue the value the step must be logged with (e.g. the amount paid), or null
   *     for any value
   */
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public record TaskStep(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText label,
      @JsonProperty(required = true) @NotNull @PositiveOrZero Double points,
      boolean required,
      String expectedValue) {
    /** Null-checks the required parts. */
    public TaskStep {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(points, "points");
    }
  }

  /**
   * An order a practical task's steps must keep: {@code before} must be logged before {@code
   * after} (their first occurrences).
   *
   * @param before the step that comes first
   * @param after the step that comes later
   */
  public record OrderConstraint(
      @JsonProperty(required = true) @NotNull String before,
      @JsonProperty(required = true) @NotNull String after) {
    /** Null-checks the parts. */
    public OrderConstraint {
      Objects.requireNonNull(before, "before");
      Objects.requireNonNull(after, "after");
    }
  }

  /**
   * A step a resident must not take, such as "entered the OTP on a link received by SMS".
   *
   * @param id the step's id, as it appears in the recorded log
   * @param label what the step is
   * @param critical true when taking it fails certification whatever the total
   */
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public record ForbiddenStep(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText label,
      boolean critical) {
    /** Null-checks the parts. */
    public ForbiddenStep {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
    }
  }
}
