package org.digiskill.model.item;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How a typed answer is compared with a text-entry item's accepted answers. Each policy includes
 * the ones before it. The exact steps are in {@code docs/scoring.md}.
 */
public enum TextMatchPolicy {
  /** Unicode NFC only: decomposed and precomposed letters are the same, nothing else. */
  EXACT,
  /**
   * The default: NFC, locale-independent case folding, trimmed and collapsed whitespace, and the
   * Vietnamese tone mark placed on the same vowel whichever convention was used ({@code hoà} =
   * {@code hòa}, {@code thuỷ} = {@code thủy}).
   */
  NORMALIZED,
  /**
   * {@link #NORMALIZED}, then every diacritic removed and {@code đ} read as {@code d}: {@code Ha
   * Noi} is accepted for {@code Hà Nội}. Opt-in, since it also accepts {@code ma} for {@code mà}.
   */
  ACCENT_INSENSITIVE;

  /** Returns the name used in documents, in lower case with dashes. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
