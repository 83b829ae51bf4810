package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digiskill.model.item.TextMatchPolicy.ACCENT_INSENSITIVE;
import static org.digiskill.model.item.TextMatchPolicy.EXACT;
import static org.digiskill.model.item.TextMatchPolicy.NORMALIZED;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.digiskill.model.item.TextMatchPolicy;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of {@link TextNormalizer} over arbitrary and Vietnamese-heavy text. */
class TextNormalizerProperties {
  private static final List<String> TONES = List.of("\u0300", "\u0301", "\u0303", "\u0309", "\u0323");

  /** Vietnamese letters (both cases, both placements), loose marks and whitespace. */
  private static final List<String> VIETNAMESE =
      List.of(
          "a", "o", "e", "u", "i", "y", "q", "g", "h", "n", "c", "t", "đ", "Đ", "A", "O", "U", "Y",
          "à", "ò", "ả", "ỏ", "ẻ", "ủ", "ỷ", "ư", "ơ", "ừ", "ớ", "ộ", "Ộ", "ặ", "ễ", "ấ", "Ủ",
          "\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031B",
          " ", " ", "\u00A0", "\t", "\n", "\u3000");

  /** Adds the awkward cases: case-mapping specials, other scripts, surrogates, other marks. */
  private static final List<String> MIXED;

  static {
    List<String> mixed = new ArrayList<>(VIETNAMESE);
    mixed.addAll(
        List.of(
            "İ", "ı", "I", "Σ", "ς", "ß", "ẞ", "W", "\u030A", "\u0307", "\u0308", "é", "è", "ç",
            "中", "😀", "\uD83C\uDFFD", "1", "-", ".", "\u0085", "\u2028", "ǅ", "Å", "\u212B"));
    MIXED = List.copyOf(mixed);
  }

  private static Gen<String> textOf(List<String> alphabet, int maxParts) {
    return lists().of(Generate.pick(alphabet)).ofSizeBetween(0, maxParts).map(l -> String.join("", l));
  }

  /** Vietnamese-heavy text, mixed with arbitrary code points (lone surrogates included). */
  private static Gen<String> anyText() {
    return textOf(MIXED, 16).mix(strings().allPossible().ofLengthBetween(0, 12), 30);
  }

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  @Test
  void normalize_isIdempotentForEveryPolicy() {
    qt().forAll(anyText(), Generate.enumValues(TextMatchPolicy.class))
        .checkAssert(
            (s, policy) -> {
              String once = TextNormalizer.normalize(s, policy);
              assertThat(TextNormalizer.normalize(once, policy)).isEqualTo(once);
            });
  }

  @Test
  void normalize_resultIsNfc() {
    qt().forAll(anyText(), Generate.enumValues(TextMatchPolicy.class))
        .check((s, policy) -> Normalizer.isNormalized(TextNormalizer.normalize(s, policy), Normalizer.Form.NFC));
  }

  @Test
  void normalize_ignoresDecomposition() {
    qt().forAll(anyText(), Generate.enumValues(TextMatchPolicy.class))
        .checkAssert(
            (s, policy) ->
                assertThat(TextNormalizer.normalize(nfd(s), policy)).isEqualTo(TextNormalizer.normalize(s, policy)));
  }

  @Test
  void normalize_eachPolicyIncludesTheOneBefore() {
    qt().forAll(anyText())
        .checkAssert(
            s -> {
              assertThat(TextNormalizer.normalize(TextNormalizer.normalize(s, EXACT), NORMALIZED))
                  .isEqualTo(TextNormalizer.normalize(s, NORMALIZED));
              assertThat(TextNormalizer.normalize(TextNormalizer.normalize(s, NORMALIZED), ACCENT_INSENSITIVE))
                  .isEqualTo(TextNormalizer.normalize(s, ACCENT_INSENSITIVE));
            });
  }

  @Test
  void normalizedEqual_impliesAccentInsensitiveEqual() {
    // A small alphabet and short strings, so that NORMALIZED-equal pairs actually occur.
    Gen<String> small = textOf(List.of("h", "o", "a", "ò", "à", "\u0300", "O", " ", "\u00A0", "đ"), 4);
    qt().forAll(small, small)
        .check(
            (a, b) ->
                !TextNormalizer.normalize(a, NORMALIZED).equals(TextNormalizer.normalize(b, NORMALIZED))
                    || TextNormalizer.normalize(a, ACCENT_INSENSITIVE).equals(TextNormalizer.normalize(b, ACCENT_INSENSITIVE)));
  }

  @Test
  void normalized_ignoresCaseOfVietnameseText() {
    qt().forAll(textOf(VIETNAMESE, 16))
        .checkAssert(
            s ->
                assertThat(TextNormalizer.normalize(s.toUpperCase(Locale.ROOT), NORMALIZED))
                    .isEqualTo(TextNormalizer.normalize(s, NORMALIZED)));
  }

  @Test
  void normalized_hasOnlySingleInnerSpaces() {
    qt().forAll(anyText())
        .checkAssert(
            s -> {
              String r = TextNormalizer.normalize(s, NORMALIZED);
              assertThat(r).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
              assertThat(r.chars().filter(c -> TextNormalizer.isWhitespace((char) c) && c != ' ')).isEmpty();
            });
  }

  @Test
  void accentInsensitive_leavesNoMarkAndNoDStroke() {
    qt().forAll(anyText())
        .checkAssert(
            s ->
                assertThat(nfd(TextNormalizer.normalize(s, ACCENT_INSENSITIVE)).codePoints())
                    .noneMatch(cp -> TextNormalizer.isMark(cp) || cp == 'đ' || cp == 'Đ'));
  }

  /** A Vietnamese syllable written with its tone mark on each of its vowels in turn. */
  record Spellings(List<String> variants) {}

  private static Gen<Spellings> syllables() {
    Gen<String> initial =
        Generate.pick(List.of("", "b", "ch", "đ", "g", "gi", "h", "kh", "ng", "ngh", "qu", "th", "tr", "x"));
    Gen<String> nucleus =
        Generate.pick(
            List.of(
                "a", "ă", "ê", "i", "ơ", "y", "ai", "ao", "au", "ay", "âu", "eo", "ia", "iê", "iu", "oa",
                "oă", "oe", "oi", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi",
                "ươ", "ưu", "yê", "iêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu",
                "ươi", "ươu", "yêu"));
    Gen<String> fin = Generate.pick(List.of("", "", "c", "ch", "m", "n", "ng", "nh", "p", "t"));
    Gen<String> tone = Generate.pick(TONES);
    return initial.zip(
        nucleus,
        fin,
        tone,
        (i, v, f, t) -> {
          String onset = nfd(i);
          String vowels = nfd(v);
          List<String> variants = new ArrayList<>();
          // Put the tone after each vowel letter (and its quality mark) of onset + nucleus.
          String head = onset + vowels;
          for (int k = 0; k < head.length(); k++) {
            char c = head.charAt(k);
            boolean vowelEnd =
                "aeiouy".indexOf(Character.toLowerCase(c)) >= 0
                    || c == '\u0302' || c == '\u0306' || c == '\u031B';
            boolean nextIsMark = k + 1 < head.length() && TextNormalizer.isMark(head.charAt(k + 1));
            if (vowelEnd && !nextIsMark) {
              variants.add(Normalizer.normalize(head.substring(0, k + 1) + t + head.substring(k + 1) + f, Normalizer.Form.NFC));
            }
          }
          return new Spellings(variants);
        });
  }

  @Test
  void accentInsensitive_isTheNormalizedFormWithoutItsMarks() {
    // ACCENT_INSENSITIVE skips placing the tone marks, which it then removes: stripping the text
    // with its tones placed must give the same.
    qt().forAll(anyText())
        .checkAssert(
            s -> {
              String placed = TextNormalizer.normalize(s, NORMALIZED);
              assertThat(TextNormalizer.normalize(s, ACCENT_INSENSITIVE))
                  .isEqualTo(TextNormalizer.collapseWhitespace(TextNormalizer.stripMarks(placed)));
            });
  }

  @Test
  void accentInsensitive_isWhatTheStepsGive() {
    qt().forAll(anyText())
        .checkAssert(s -> assertThat(TextNormalizer.normalize(s, ACCENT_INSENSITIVE))
            .isEqualTo(TextNormalizer.normalizeByStep(s, ACCENT_INSENSITIVE)));
  }

  /** The distinct results of normalising each spelling of a syllable. */
  private static Set<String> normalizedSpellings(Spellings sp, TextMatchPolicy policy) {
    Set<String> out = new HashSet<>();
    for (String v : sp.variants()) {
      out.add(TextNormalizer.normalize(v, policy));
    }
    return out;
  }

  @Test
  void accentInsensitive_syllableWithToneOnAnyVowel_isOneSpelling() {
    qt().forAll(syllables())
        .checkAssert(
            sp -> assertThat(normalizedSpellings(sp, ACCENT_INSENSITIVE)).as("%s", sp.variants()).hasSize(1));
  }

  @Test
  void normalized_syllableWithToneOnAnyVowel_isOneSpellingWithOneTone() {
    qt().forAll(syllables())
        .checkAssert(
            sp -> {
              Set<String> normalized = normalizedSpellings(sp, NORMALIZED);
              assertThat(normalized).as("%s", sp.variants()).hasSize(1);
              String d = nfd(normalized.iterator().next());
              assertThat(d.chars().filter(c -> TONES.contains(String.valueOf((char) c)))).hasSize(1);
            });
  }
}
