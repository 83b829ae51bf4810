package org.digiskill.model.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.Locale;
import java.util.Objects;
import org.digiskill.model.LocalizedText;

/**
 * A picture, sound or video attached to an item or a choice. Many residents read little, so an
 * item's prompt may be an audio recording, with its text kept as the alternative.
 *
 * @param kind image, audio or video
 * @param uri where the portal finds the file (relative to the assessment, or absolute)
 * @param alt the text alternative, read aloud by screen readers or shown when the file cannot
 *     play; for audio, its transcript
 * @param width the image width in pixels, or null (hotspot items need it)
 * @param height the image height in pixels, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Media(
    @JsonProperty(required = true) @NotNull Kind kind,
    @JsonProperty(required = true) @NotBlank String uri,
    @JsonProperty(required = true) @NotNull @Valid LocalizedText alt,
    @Positive Integer width,
    @Positive Integer height) {

  /** Null-checks the required parts. */
  public Media {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(alt, "alt");
  }

  /** The kinds of media. */
  public enum Kind {
    /** A still picture, such as a screenshot. */
    IMAGE,
    /** A sound recording, such as the prompt read aloud. */
    AUDIO,
    /** A video clip. */
    VIDEO;

    /** Returns the name used in documents. */
    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
