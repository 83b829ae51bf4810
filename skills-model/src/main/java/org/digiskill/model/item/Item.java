package org.digiskill.model.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Objects;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.framework.Codes;

/**
 * A question or task of an assessment. A closed family: each kind is a nested record, written in
 * documents with its {@code type} ({@code single-choice}, {@code multiple-choice}, ...).
 *
 * <p>Every item has an id, a localized prompt (and optionally a picture or recording), the
 * competences and levels it evidences, its points (1 when omitted), feedback, tags, optional IRT
 * parameters and a {@link ScoringRule} (all-or-nothing when omitted). Immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Item.SingleChoice.class, name = "single-choice"),
  @JsonSubTypes.Type(value = Item.TrueFalse.class, name = "true-false"),
  @JsonSubTypes.Type(value = Item.MultipleChoice.class, name = "multiple-choice"),
  @JsonSubTypes.Type(value = Item.TextEntry.class, name = "text-entry"),
  @JsonSubTypes.Type(value = Item.Numeric.class, name = "numeric"),
  @JsonSubTypes.Type(value = Item.Ordering.class, name = "ordering"),
  @JsonSubTypes.Type(value = Item.Matching.class, name = "matching"),
  @JsonSubTypes.Type(value = Item.Hotspot.class, name = "hotspot"),
  @JsonSubTypes.Type(value = Item.Likert.class, name = "likert"),
  @JsonSubTypes.Type(value = Item.PracticalTask.class, name = "practical-task")
})
public sealed interface Item {
  /** Returns the item's id, unique in its assessment. */
  String id();

  /** Returns the question or instruction. */
  LocalizedText prompt();

  /** Returns the picture or recording of the prompt, or null. */
  Media media();

  /** Returns the competences and levels the item evidences; at least one. */
  List<Alignment> alignments();

  /** Returns the item's maximum points (1 unless the author set it). */
  Double points();

  /** Returns the feedback, or null. */
  ItemFeedback feedback();

  /** Returns the item's tags, used by draws; empty when none. */
  List<String> tags();

  /** Returns the IRT parameters, or null when the item is not calibrated. */
  IrtParameters irt();

  /** Returns how the item is scored. */
  ScoringRule scoring();

  /** Returns the kind's name as written in documents, e.g. {@code single-choice}. */
  String type();

  /** Returns true for items whose points are self-reported rather than tested. */
  default boolean selfReported() {
    return false;
  }

  /**
   * One correct option among several, e.g. "Which app do you use to activate your electronic ID?".
   *
   * @param id the item id
   * @param prompt the question
   * @param media a picture or recording of the prompt, or null
   * @param alignments the competences and levels evidenced
   * @param points the maximum points, 1 when omitted
   * @param feedback feedback, or null
   * @param tags tags for draws
   * @param irt IRT parameters, or null
   * @param scoring the scoring rule, all-or-nothing when omitted
   * @param choices the options, in authored order
   * @param correct the id of the correct option
   * @param shuffle false to keep the authored order even when the section shuffles options; null follows the section
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record SingleChoice(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText prompt,
      @Valid Media media,
      @JsonProperty(required = true) @NotEmpty List<@Valid Alignment> alignments,
      @Positive Double points,
      @Valid ItemFeedback feedback,
      List<@NotBlank String> tags,
      @Valid IrtParameters irt,
      @Valid ScoringRule scoring,
      @JsonProperty(required = true) @NotEmpty List<@Valid Choice> choices,
      @JsonProperty(required = true) @NotNull String correct,
      Boolean shuffle)
      implements Item {
    /** Null-checks, copies lists and fills defaults. */
    public SingleChoice {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(prompt, "prompt");
      alignments = List.copyOf(Objects.requireNonNull(alignments, "alignments"));
      points = points == null ? 1.0 : points;
      tags = tags == null ? List.of() : List.copyOf(tags);
      scoring = scoring == null ? ScoringRule.allOrNothing() : scoring;
      choices = List.copyOf(Objects.requireNonNull(choices, "choices"));
      Objects.requireNonNull(correct, "correct");
    }

    @Override
    public String type() {
      return "single-choice";
    }
  }

  /**
   * A statement the resident judges true or false, e.g. "A bank officer may ask for your OTP".
   *
   * @param id the item id
   * @param prompt the question
   * @param media a picture or recording of the prompt, or null
   * @param alignments the competences and levels evidenced
   * @param points the maximum points, 1 when omitted
   * @param feedback feedback, or null
   * @param tags tags for draws
   * @param irt IRT parameters, or null
   * @param scoring the scoring rule, all-or-nothing when omitted
   * @param correct whether the statement is true
   * @param criticalIfWrong true when the wrong answer fails certification whatever the total
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record TrueFalse(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText prompt,
      @Valid Media media,
      @JsonProperty(required = true) @NotEmpty List<@Valid Alignment> alignments,
      @Positive Double points,
      @Valid ItemFeedback feedback,
      List<@NotBlank String> tags,
      @Valid IrtParameters irt,
      @Valid ScoringRule scoring,
      @JsonProperty(required = true) @NotNull Boolean correct,
      boolean criticalIfWrong)
      implements Item {
    /** Null-checks, copies lists and fills defaults. */
    public TrueFalse {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(prompt, "prompt");
      alignments = List.copyOf(Objects.requireNonNull(alignments, "alignments"));
      points = points == null ? 1.0 : points;
      tags = tags == null ? List.of() : List.copyOf(tags);
      scoring = scoring == null ? ScoringRule.allOrNothing() : scoring;
      Objects.requireNonNull(correct, "correct");
    }

    @Override
    public String type() {
      return "true-false";
    }
  }

  /**
   * Several correct options, e.g. "Which of these are signs of a scam call?".
   *
   * @param id the item id
   * @param prompt the question
   * @param media a picture or recording of the prompt, or null
   * @param alignments the competences and levels evidenced
   * @param points the maximum points, 1 when omitted
   * @param feedback feedback, or null
   * @param tags tags for draws
   * @param irt IRT parameters, or null
   * @param scoring the scoring rule, all-or-nothing when omitted
   * @param choices the options, in authored order
   * @param correct the ids of the correct options
   * @param minSelections the fewest options a response may select, or null for no minimum
   * @param maxSelections the most options a response may select, or null for no maximum
   * @param shuffle false to keep the authored order; null follows the section
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record MultipleChoice(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText prompt,
      @Valid Media media,
      @JsonProperty(required = true) @NotEmpty List<@Valid Alignment> alignments,
      @Positive Double points,
      @Valid ItemFeedback feedback,
      List<@NotBlank String> tags,
      @Valid IrtParameters irt,
      @Valid ScoringRule scoring,
      @JsonProperty(required = true) @NotEmpty List<@Valid Choice> choices,
      @JsonProperty(required = true) @NotEmpty List<@NotNull String> correct,
      @PositiveOrZero Integer minSelections,
      @Positive Integer maxSelections,
      Boolean shuffle)
      implements Item {
    /** Null-checks, copies lists and fills defaults. */
    public MultipleChoice {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(prompt, "prompt");
      alignments = List.copyOf(Objects.requireNonNull(alignments, "alignments"));
      points = points == null ? 1.0 : points;
      tags = tags == null ? List.of() : List.copyOf(tags);
      scoring = scoring == null ? ScoringRule.allOrNothing() : scoring;
      choices = List.copyOf(Objects.requireNonNull(choices, "choices"));
      correct = List.copyOf(Objects.requireNonNull(correct, "correct"));
    }

    @Override
    public String type() {
      return "multiple-choice";
    }
  }

  /**
   * A short typed answer, e.g. the name of the app that shows the electronic health record.
   *
   * @param id the item id
   * @param prompt the question
   * @param media a picture or recording of the prompt, or null
   * @param alignments the competences and levels evidenced
   * @param points the maximum points, 1 when omitted
   * @param feedback feedback, or null
   * @param tags tags for draws
   * @param irt IRT parameters, or null
   * @param scoring the scoring rule, all-or-nothing when omitted
   * @param answers the accepted answers, each with its points; the best match counts
   * @param match how typed text is compared; {@link TextMatchPolicy#NORMALIZED} when omitted
   * @param maxLength the longest response accepted, in characters; 200 when omitted
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record TextEntry(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText prompt,
      @Valid Media media,
      @JsonProperty(required = true) @NotEmpty List<@Valid Alignment> alignments,
      @Positive Double points,
      @Valid ItemFeedback feedback,
      List<@NotBlank String> tags,
      @Valid IrtParameters irt,
      @Valid ScoringRule scoring,
      @JsonProperty(required = true) @NotEmpty List<Parts.@Valid AcceptedAnswer> answers,
      TextMatchPolicy match,
      @Positive Integer maxLength)
      implements Item {
    /** Null-checks, copies lists and fills defaults. */
    public TextEntry {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(prompt, "prompt");
      alignments = List.copyOf(Objects.requireNonNull(alignments, "alignments"));
      points = points == null ? 1.0 : points;
      tags = tags == null ? List.of() : List.copyOf(tags);
      scoring = scoring == null ? ScoringRule.allOrNothing() : scoring;
      answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
      match = match == null ? TextMatchPolicy.NORMALIZED : match;
      maxLength = maxLength == null ? 200 : maxLength;
    }

    @Override
    public String type() {
      return "text-entry";
    }
  }

  /**
   * A typed number, e.g. the amount of an electricity bill; a decimal comma is accepted.
   *
   * @param id the item id
   * @param prompt the question
   * @param media a picture or recording of the prompt, or null
   * @param alignments the competences and levels evidenced
   * @param points the maximum points, 1 when omitted
   * @param feedback feedback, or null
   * @param tags tags for draws
   * @param irt IRT parameters, or null
   * @param scoring the scoring rule, all-or-nothing when omitted
   * @param value the correct value
   * @param tolerance how far an answer may be from the value; exact when omitted
   * @param unit the unit shown beside the box, e.g. đồng or kWh, or null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Numeric(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText prompt,
      @Valid Media media,
      @JsonProperty(required = true) @NotEmpty List<@Valid Alignment> alignments,
      @Positive Double points,
      @Valid ItemFeedback feedback,
      List<@NotBlank String> tags,
      @Valid IrtParameters irt,
      @Valid ScoringRule scoring,
      @JsonProperty(required = true) @NotNull Double value,
      @Valid Parts.Tolerance tolerance,
      @Valid LocalizedText unit)
      implements Item {
    /** Null-checks, copies lists and fills defaults. */
    public Numeric {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(prompt, "prompt");
      alignments = List.copyOf(Objects.requireNonNull(alignments, "alignments"));
      points = points == null ? 1.0 : points;
      tags = tags == null ? List.of() : List.copyOf(tags);
      scoring = scoring == null ? ScoringRule.allOrNothing() : scoring;
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String type() {
      return "numeric";
    }
  }

  /**
   * Put steps in order, e.g. the steps to submit a procedure online.
   *
   * @param id the item id
   * @param prompt the question
   * @param media a picture or recording of the prompt, or null
   * @param alignments the competences and levels evidenced
   * @param points the maximum points, 1 when omitted
   * @param feedback feedback, or null
   * @param tags tags for draws
   * @param irt IRT parameters, or null
   * @param scoring the scoring rule, all-or-nothing when omitted
   * @param steps the steps, in authored order
   * @param correctOrder the step ids in the correct order
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Ordering(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText prompt,
      @Valid Media media,
      @JsonProperty(required = true) @NotEmpty List<@Valid Alignment> alignments,
      @Positive Double points,
      @Valid ItemFeedback feedback,
      List<@NotBlank String> tags,
      @Valid IrtParameters irt,
      @Valid ScoringRule scoring,
      @JsonProperty(required = true) @NotEmpty List<@Valid Choice> steps,
      @JsonProperty(required = true) @NotEmpty List<@NotNull String> correctOrder)
      implements Item {
    /** Null-checks, copies lists and fills defaults. */
    public Ordering {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(prompt, "prompt");
      alignments = List.copyOf(Objects.requireNonNull(alignments, "alignments"));
      points = points == null ? 1.0 : points;
      tags = tags == null ? List.of() : List.copyOf(tags);
      scoring = scoring == null ? ScoringRule.allOrNothing() : scoring;
      steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
      correctOrder = List.copyOf(Objects.requireNonNull(correctOrder, "correctOrder"));
    }

    @Override
    public String type() {
      return "ordering";
    }
  }

  /**
   * Pair left options with right ones, e.g. app icons with app names.
   *
   * @param id the item id
   * @param prompt the question
   * @param media a picture or recording of the prompt, or null
   * @param alignments the competences and levels evidenced
   * @param points the maximum points, 1 when omitted
   * @param feedback feedback, or null
   * @param tags tags for draws
   * @param irt IRT parameters, or null
   * @param scoring the scoring rule, all-or-nothing when omitted
   * @param left the options to match, in authored order
   * @param right the options they match with, in authored order
   * @param pairs the correct pairs
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Matching(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText prompt,
      @Valid Media media,
      @JsonProperty(required = true) @NotEmpty List<@Valid Alignment> alignments,
      @Positive Double points,
      @Valid ItemFeedback feedback,
      List<@NotBlank String> tags,
      @Valid IrtParameters irt,
      @Valid ScoringRule scoring,
      @JsonProperty(required = true) @NotEmpty List<@Valid Choice> left,
      @JsonProperty(required = true) @NotEmpty List<@Valid Choice> right,
      @JsonProperty(required = true) @NotEmpty List<Parts.@Valid Pair> pairs)
      implements Item {
    /** Null-checks, copies lists and fills defaults. */
    public Matching {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(prompt, "prompt");
      alignments = List.copyOf(Objects.requireNonNull(alignments, "alignments"));
      points = points == null ? 1.0 : points;
      tags = tags == null ? List.of() : List.copyOf(tags);
      scoring = scoring == null ? ScoringRule.allOrNothing() : scoring;
      left = List.copyOf(Objects.requireNonNull(left, "left"));
      right = List.copyOf(Objects.requireNonNull(right, "right"));
      pairs = List.copyOf(Objects.requireNonNull(pairs, "pairs"));
    }

    @Override
    public String type() {
      return "matching";
    }
  }

  /**
   * Tap the right region of a screenshot, e.g. the button that confirms a payment.
   *
   * @param id the item id
   * @param prompt the question
   * @param media a picture or recording of the prompt, or null
   * @param alignments the competences and levels evidenced
   * @param points the maximum points, 1 when omitted
   * @param feedback feedback, or null
   * @param tags tags for draws
   * @param irt IRT parameters, or null
   * @param scoring the scoring rule, all-or-nothing when omitted
   * @param image the picture, with its size in pixels
   * @param regions the regions that matter; taps elsewhere are wrong
   * @param maxTaps the most taps a response may hold; 1 when omitted
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Hotspot(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText prompt,
      @Valid Media media,
      @JsonProperty(required = true) @NotEmpty List<@Valid Alignment> alignments,
      @Positive Double points,
      @Valid ItemFeedback feedback,
      List<@NotBlank String> tags,
      @Valid IrtParameters irt,
      @Valid ScoringRule scoring,
      @JsonProperty(required = true) @NotNull @Valid Media image,
      @JsonProperty(required = true) @NotEmpty List<Parts.@Valid Region> regions,
      @Positive Integer maxTaps)
      implements Item {
    /** Null-checks, copies lists and fills defaults. */
    public Hotspot {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(prompt, "prompt");
      alignments = List.copyOf(Objects.requireNonNull(alignments, "alignments"));
      points = points == null ? 1.0 : points;
      tags = tags == null ? List.of() : List.copyOf(tags);
      scoring = scoring == null ? ScoringRule.allOrNothing() : scoring;
      Objects.requireNonNull(image, "image");
      regions = List.copyOf(Objects.requireNonNull(regions, "regions"));
      maxTaps = maxTaps == null ? 1 : maxTaps;
    }

    @Override
    public String type() {
      return "hotspot";
    }
  }

  /**
   * A self-assessment statement ("I can pay a bill by scanning a QR code") with options mapped to levels. Its points are self-reported evidence, reported apart from tested evidence and never counted in tested totals.
   *
   * @param id the item id
   * @param prompt the question
   * @param media a picture or recording of the prompt, or null
   * @param alignments the competences and levels evidenced
   * @param points the maximum points, 1 when omitted
   * @param feedback feedback, or null
   * @param tags tags for draws
   * @param irt IRT parameters, or null
   * @param scoring the scoring rule, all-or-nothing when omitted
   * @param options the options, from least to most able
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record Likert(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText prompt,
      @Valid Media media,
      @JsonProperty(required = true) @NotEmpty List<@Valid Alignment> alignments,
      @Positive Double points,
      @Valid ItemFeedback feedback,
      List<@NotBlank String> tags,
      @Valid IrtParameters irt,
      @Valid ScoringRule scoring,
      @JsonProperty(required = true) @NotEmpty List<Parts.@Valid LikertOption> options)
      implements Item {
    /** Null-checks, copies lists and fills defaults. */
    public Likert {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(prompt, "prompt");
      alignments = List.copyOf(Objects.requireNonNull(alignments, "alignments"));
      points = points == null ? 1.0 : points;
      tags = tags == null ? List.of() : List.copyOf(tags);
      scoring = scoring == null ? ScoringRule.allOrNothing() : scoring;
      options = List.copyOf(Objects.requireNonNull(options, "options"));
    }

    @Override
    public String type() {
      return "likert";
    }

    @Override
    public boolean selfReported() {
      return true;
    }
  }

  /**
   * A task done on a phone (in a simulated app, or on the resident's own phone watched by an assessor), scored from the recorded step log against a checklist.
   *
   * @param id the item id
   * @param prompt the question
   * @param media a picture or recording of the prompt, or null
   * @param alignments the competences and levels evidenced
   * @param points the maximum points, 1 when omitted
   * @param feedback feedback, or null
   * @param tags tags for draws
   * @param irt IRT parameters, or null
   * @param scoring the scoring rule, all-or-nothing when omitted
   * @param steps the checklist
   * @param order orders the steps must keep; empty when any order will do
   * @param forbidden steps the resident must not take
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record PracticalTask(
      @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String id,
      @JsonProperty(required = true) @NotNull @Valid LocalizedText prompt,
      @Valid Media media,
      @JsonProperty(required = true) @NotEmpty List<@Valid Alignment> alignments,
      @Positive Double points,
      @Valid ItemFeedback feedback,
      List<@NotBlank String> tags,
      @Valid IrtParameters irt,
      @Valid ScoringRule scoring,
      @JsonProperty(required = true) @NotEmpty List<Parts.@Valid TaskStep> steps,
      List<Parts.@Valid OrderConstraint> order,
      List<Parts.@Valid ForbiddenStep> forbidden)
      implements Item {
    /** Null-checks, copies lists and fills defaults. */
    public PracticalTask {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(prompt, "prompt");
      alignments = List.copyOf(Objects.requireNonNull(alignments, "alignments"));
      points = points == null ? 1.0 : points;
      tags = tags == null ? List.of() : List.copyOf(tags);
      scoring = scoring == null ? ScoringRule.allOrNothing() : scoring;
      steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
      order = order == null ? List.of() : List.copyOf(order);
      forbidden = forbidden == null ? List.of() : List.copyOf(forbidden);
    }

    @Override
    public String type() {
      return "practical-task";
    }
  }
}
