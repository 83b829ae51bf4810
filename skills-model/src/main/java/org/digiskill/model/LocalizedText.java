package org.digiskill.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Text in several languages, keyed by BCP 47 language tag ({@code vi}, {@code en}, {@code vi-VN}).
 *
 * <p>In documents it is written as a plain object: {@code {"vi": "Tìm kiếm", "en": "Searching"}}.
 * {@link #resolve(String, String)} follows the lookup chain of RFC 4647: the requested tag, then
 * the tag with its last subtag removed, repeatedly ({@code vi-VN} → {@code vi}), then the
 * document's default language, then the first text present.
 *
 * <p>Immutable and thread-safe. Keys keep the order in which they were given; equality ignores it.
 *
 * @param values the texts by language tag; never null, copied, unmodifiable
 */
public record LocalizedText(Map<String, String> values) {

  /** Copies the map and rejects null keys and values; tags and blank texts are checked by validation. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public LocalizedText {
    Objects.requireNonNull(values, "values");
    Map<String, String> copy = new LinkedHashMap<>();
    values.forEach(
        (tag, text) ->
            copy.put(Objects.requireNonNull(tag, "language tag"), Objects.requireNonNull(text, "text")));
    values = Collections.unmodifiableMap(copy);
  }

  /** Returns a text in one language. */
  public static LocalizedText of(String tag, String text) {
    return new LocalizedText(Map.of(tag, text));
  }

  /** Returns a text in two languages, in this order. */
  public static LocalizedText of(String tag1, String text1, String tag2, String text2) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(tag1, text1);
    m.put(tag2, text2);
    return new LocalizedText(m);
  }

  /** Returns the map written to JSON. */
  @JsonValue
  @Override
  public Map<String, String> values() {
    return values;
  }

  /** Returns the text stored under exactly this tag (case-insensitive), if any. */
  public Optional<String> exact(String tag) {
    String text = values.get(tag);
    if (text != null) {
      return Optional.of(text);
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey().equalsIgnoreCase(tag)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the best text for {@code requestedTag}: the tag itself, then shorter prefixes of it,
   * then {@code defaultLanguage}, then the first text present; empty only when there is no text.
   */
  public Optional<String> resolve(String requestedTag, String defaultLanguage) {
    if (requestedTag != null) {
      String tag = requestedTag;
      while (!tag.isEmpty()) {
        Optional<String> hit = exact(tag);
        if (hit.isPresent()) {
          return hit;
        }
        int dash = tag.lastIndexOf('-');
        tag = dash < 0 ? "" : tag.substring(0, dash);
      }
    }
    if (defaultLanguage != null) {
      Optional<String> hit = exact(defaultLanguage);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return values.values().stream().findFirst();
  }

  /** Like {@link #resolve(String, String)} for a {@link Locale}. */
  public Optional<String> resolve(Locale locale, String defaultLanguage) {
    return resolve(locale == null ? null : locale.toLanguageTag(), defaultLanguage);
  }

  /** Returns true when there is no text in any language. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
