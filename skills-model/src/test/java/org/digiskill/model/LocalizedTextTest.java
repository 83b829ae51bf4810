package org.digiskill.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {
  private final LocalizedText text = LocalizedText.of("vi", "Tìm kiếm", "en", "Searching");

  @Test
  void resolve_regionalTagFallsBackToLanguage() {
    assertThat(text.resolve("vi-VN", "en")).contains("Tìm kiếm");
    assertThat(text.resolve(Locale.forLanguageTag("vi-VN"), "en")).contains("Tìm kiếm");
  }

  @Test
  void resolve_unknownLanguageFallsBackToDocumentDefault() {
    assertThat(text.resolve("fr-FR", "en")).contains("Searching");
    assertThat(text.resolve("fr", "vi")).contains("Tìm kiếm");
  }

  @Test
  void resolve_prefersTheMostSpecificTag() {
    LocalizedText t = new LocalizedText(Map.of("en", "colour", "en-US", "color"));
    assertThat(t.resolve("en-US", "vi")).contains("color");
    assertThat(t.resolve("en-GB", "vi")).contains("colour");
  }

  @Test
  void resolve_missingDefaultFallsBackToFirstText() {
    assertThat(LocalizedText.of("en", "Only").resolve("vi", "vi")).contains("Only");
    assertThat(new LocalizedText(Map.of()).resolve("vi", "vi")).isEmpty();
  }

  @Test
  void exact_ignoresCaseOfTag() {
    assertThat(LocalizedText.of("vi-VN", "x").exact("vi-vn")).contains("x");
    assertThat(text.exact("vi-VN")).isEmpty();
  }

  @Test
  void constructor_copiesAndRejectsNulls() {
    Map<String, String> m = new HashMap<>();
    m.put("vi", "a");
    LocalizedText t = new LocalizedText(m);
    m.put("en", "b");
    assertThat(t.values()).containsOnlyKeys("vi");
    m.put("fr", null);
    assertThatNullPointerException().isThrownBy(() -> new LocalizedText(m));
  }
}
