package org.digiskill.model.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.digiskill.model.item.Parts;

/**
 * A resident's answer to one delivered item, typed like the item ({@code type: single-choice}
 * and so on). A closed family of nested records. Immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Response.SingleChoice.class, name = "single-choice"),
  @JsonSubTypes.Type(value = Response.TrueFalse.class, name = "true-false"),
  @JsonSubTypes.Type(value = Response.MultipleChoice.class, name = "multiple-choice"),
  @JsonSubTypes.Type(value = Response.TextEntry.class, name = "text-entry"),
  @JsonSubTypes.Type(value = Response.Numeric.class, name = "numeric"),
  @JsonSubTypes.Type(value = Response.Ordering.class, name = "ordering"),
  @JsonSubTypes.Type(value = Response.Matching.class, name = "matching"),
  @JsonSubTypes.Type(value = Response.Hotspot.class, name = "hotspot"),
  @JsonSubTypes.Type(value = Response.Likert.class, name = "likert"),
  @JsonSubTypes.Type(value = Response.PracticalTask.class, name = "practical-task")
})
public sealed interface Response {
  /** Returns the id of the item answered. */
  String item();

  /** Returns the kind's name, the same as the item's {@code type}. */
  String type();

  /**
   * The option chosen.
   *
   * @param item the item id
   * @param choice the chosen option's id
   */
  record SingleChoice(@JsonProperty(required = true) @NotBlank String item, @JsonProperty(required = true) @NotNull String choice)
      implements Response {
    /** Null-checks. */
    public SingleChoice {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(choice, "choice");
    }

    @Override
    public String type() {
      return "single-choice";
    }
  }

  /**
   * True or false.
   *
   * @param item the item id
   * @param value the answer
   */
  record TrueFalse(@JsonProperty(required = true) @NotBlank String item, @JsonProperty(required = true) @NotNull Boolean value)
      implements Response {
    /** Null-checks. */
    public TrueFalse {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String type() {
      return "true-false";
    }
  }

  /**
   * The options selected, in any order; repeats count once.
   *
   * @param item the item id
   * @param choices the selected option ids
   */
  record MultipleChoice(
      @JsonProperty(required = true) @NotBlank String item, @JsonProperty(required = true) List<@NotNull String> choices)
      implements Response {
    /** Null-checks and copies. */
    public MultipleChoice {
      Objects.requireNonNull(item, "item");
      choices = List.copyOf(Objects.requireNonNull(choices, "choices"));
    }

    @Override
    public String type() {
      return "multiple-choice";
    }
  }

  /**
   * Typed text.
   *
   * @param item the item id
   * @param text what was typed
   */
  record TextEntry(@JsonProperty(required = true) @NotBlank String item, @JsonProperty(required = true) @NotNull String text)
      implements Response {
    /** Null-checks. */
    public TextEntry {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
      return "text-entry";
    }
  }

  /**
   * A typed number, kept as typed ({@code 3,5} with a decimal comma is accepted).
   *
   * @param item the item id
   * @param text what was typed
   */
  record Numeric(@JsonProperty(required = true) @NotBlank String item, @JsonProperty(required = true) @NotNull String text)
      implements Response {
    /** Null-checks. */
    public Numeric {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String type() {
      return "numeric";
    }
  }

  /**
   * The steps in the order the resident put them.
   *
   * @param item the item id
   * @param order the step ids, first first
   */
  record Ordering(@JsonProperty(required = true) @NotBlank String item, @JsonProperty(required = true) List<@NotNull String> order)
      implements Response {
    /** Null-checks and copies. */
    public Ordering {
      Objects.requireNonNull(item, "item");
      order = List.copyOf(Objects.requireNonNull(order, "order"));
    }

    @Override
    public String type() {
      return "ordering";
    }
  }

  /**
   * The pairs the resident made.
   *
   * @param item the item id
   * @param pairs the pairs, in any order
   */
  record Matching(
      @JsonProperty(required = true) @NotBlank String item, @JsonProperty(required = true) List<Parts.@Valid Pair> pairs)
      implements Response {
    /** Null-checks and copies. */
    public Matching {
      Objects.requireNonNull(item, "item");
      pairs = List.copyOf(Objects.requireNonNull(pairs, "pairs"));
    }

    @Override
    public String type() {
      return "matching";
    }
  }

  /**
   * The taps on the image, in image pixels.
   *
   * @param item the item id
   * @param taps the taps, in the order made
   */
  record Hotspot(@JsonProperty(required = true) @NotBlank String item, @JsonProperty(required = true) List<Parts.@Valid Point> taps)
      implements Response {
    /** Null-checks and copies. */
    public Hotspot {
      Objects.requireNonNull(item, "item");
      taps = List.copyOf(Objects.requireNonNull(taps, "taps"));
    }

    @Override
    public String type() {
      return "hotspot";
    }
  }

  /**
   * The self-assessment option chosen.
   *
   * @param item the item id
   * @param option the option id
   */
  record Likert(@JsonProperty(required = true) @NotBlank String item, @JsonProperty(required = true) @NotNull String option)
      implements Response {
    /** Null-checks. */
    public Likert {
      Objects.requireNonNull(item, "item");
      Objects.requireNonNull(option, "option");
    }

    @Override
    public String type() {
      return "likert";
    }
  }

  /**
   * The recorded step log of a practical task, and who recorded it.
   *
   * @param item the item id
   * @param log the steps taken, in order
   * @param source a simulated app in the portal, or an assessor watching the resident's own phone
   * @param observer the assessor's opaque id (a member of the commune's community digital
   *     technology team) when {@code source} is {@code assessor}, else null; never a name
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PracticalTask(
      @JsonProperty(required = true) @NotBlank String item,
      @JsonProperty(required = true) List<@Valid LoggedStep> log,
      @JsonProperty(required = true) @NotNull StepSource source,
      String observer)
      implements Response {
    /** Null-checks and copies. */
    public PracticalTask {
      Objects.requireNonNull(item, "item");
      log = List.copyOf(Objects.requireNonNull(log, "log"));
      Objects.requireNonNull(source, "source");
    }

    @Override
    public String type() {
      return "practical-task";
    }
  }

  /**
   * One entry of a practical task's log.
   *
   * @param step the step id
   * @param value a value logged with it (e.g. the amount entered), or null
   * @param at when it happened, or null (assessors' ticks have no time)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LoggedStep(@JsonProperty(required = true) @NotBlank String step, String value, Instant at) {
    /** Null-checks the step. */
    public LoggedStep {
      Objects.requireNonNull(step, "step");
    }
  }

  /** Who recorded a practical task's log. */
  enum StepSource {
    /** A simulated app in the portal recorded the steps. */
    SIMULATOR,
    /** An assessor watched the resident do the task on their own phone and ticked the steps. */
    ASSESSOR;

    /** Returns the name used in documents. */
    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
