package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digiskill.model.item.TextMatchPolicy.ACCENT_INSENSITIVE;
import static org.digiskill.model.item.TextMatchPolicy.EXACT;
import static org.digiskill.model.item.TextMatchPolicy.NORMALIZED;

import java.text.Normalizer;
import java.util.Locale;
import org.digiskill.model.item.TextMatchPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Examples of {@link TextNormalizer}. Vietnamese literals are precomposed (NFC); decomposed forms
 * are built with {@link #nfd} or written with escapes, so what each test compares is explicit.
 */
class TextNormalizerTest {

  private static String nfd(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD);
  }

  private static String n(String s) {
    return TextNormalizer.normalize(s, NORMALIZED);
  }

  private static String ai(String s) {
    return TextNormalizer.normalize(s, ACCENT_INSENSITIVE);
  }

  /** Every character the fast paths of TextNormalizer take for precomposed Latin. */
  private static java.util.List<Character> precomposedLatin() {
    java.util.List<Character> cs = new java.util.ArrayList<>();
    for (int c = 0; c < 0x10000; c++) {
      if (TextNormalizer.isPrecomposedLatin((char) c)) {
        cs.add((char) c);
      }
    }
    return cs;
  }

  @Test
  void precomposedLatin_isAlreadyNfc_aloneAndInEveryPair() {
    // NFC composes a character with the one before it, so pairs cover every way a string of these
    // characters could fail to be NFC.
    java.util.List<Character> cs = precomposedLatin();
    assertThat(cs).hasSize(0x300 + 0x100);
    java.util.List<String> notNfc = new java.util.ArrayList<>();
    for (char a : cs) {
      for (char b : cs) {
        String pair = new String(new char[] {a, b});
        if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
          notNfc.add(pair);
        }
      }
    }
    assertThat(notNfc).isEmpty();
    assertThat(TextNormalizer.isPrecomposedLatin("Hồ sơ số 12 — ")).isFalse(); // the dash is U+2014
    assertThat(TextNormalizer.isPrecomposedLatin("mã hồ sơ")).isTrue();
    assertThat(TextNormalizer.isPrecomposedLatin(nfd("mã"))).isFalse();
  }

  @Test
  void accentInsensitive_inOnePass_agreesWithTheSteps_forEveryCharacterAndPairItTakes() {
    // The one-pass fold treats each character alone, so every character of the BMP in a few
    // contexts, and every pair of the characters it folds (with whitespace), cover it.
    java.util.List<String> differ = new java.util.ArrayList<>();
    java.util.List<Character> taken = new java.util.ArrayList<>();
    for (int c = 0; c < 0x10000; c++) {
      String ch = String.valueOf((char) c);
      for (String text : new String[] {ch, "A" + ch + "b", " " + ch + "\u00A0", ch + ch}) {
        String folded = TextNormalizer.foldToAscii(text);
        if (folded != null && !folded.equals(TextNormalizer.normalizeByStep(text, ACCENT_INSENSITIVE))) {
          differ.add(text);
        }
      }
      if (TextNormalizer.foldToAscii(ch) != null) {
        taken.add((char) c);
      }
    }
    for (char a : taken) {
      for (char b : taken) {
        String pair = new String(new char[] {a, b});
        if (!TextNormalizer.foldToAscii(pair).equals(TextNormalizer.normalizeByStep(pair, ACCENT_INSENSITIVE))) {
          differ.add(pair);
        }
      }
    }
    assertThat(differ).isEmpty();
    // It takes typed Vietnamese, đ and whitespace of every kind, and leaves the rest to the steps.
    assertThat(TextNormalizer.foldToAscii("  Mã\u00A0HỒ\tsơ Đà ")).isEqualTo("ma ho so da");
    assertThat(taken).contains('ệ', 'Ư', 'đ', 'Đ', ' ', '\u3000').hasSizeGreaterThan(500);
    assertThat(TextNormalizer.foldToAscii("ß")).isNull();
    assertThat(TextNormalizer.foldToAscii(nfd("mã"))).isNull();
    assertThat(TextNormalizer.foldToAscii("ı")).isNull();
  }

  @Test
  void stripMarks_byTable_agreesWithDecomposition_forEveryPrecomposedLatinCharacter() {
    StringBuilder all = new StringBuilder();
    for (char c : precomposedLatin()) {
      String one = String.valueOf(c);
      assertThat(TextNormalizer.stripMarks(one)).as("U+%04X", (int) c).isEqualTo(TextNormalizer.stripMarksByDecomposition(one));
      all.append(c);
    }
    assertThat(TextNormalizer.stripMarks(all.toString())).isEqualTo(TextNormalizer.stripMarksByDecomposition(all.toString()));
    assertThat(TextNormalizer.stripMarks("Đường Hồ Chí Minh")).isEqualTo("Duong Ho Chi Minh");
  }

  @Test
  void literals_areTheSpellingsTheyClaim() {
    // hoà: grave on the a (U+00E0); hòa: grave on the o (U+00F2).
    assertThat("hoà").isEqualTo("ho\u00E0");
    assertThat("hòa").isEqualTo("h\u00F2a");
    assertThat("thuỷ").isEqualTo("thu\u1EF7");
    assertThat("thủy").isEqualTo("th\u1EE7y");
  }

  @Test
  void exact_composesDecomposedLettersOnly() {
    assertThat(TextNormalizer.normalize("Ha\u0300 No\u0323\u0302i", EXACT)).isEqualTo("Hà Nội");
    assertThat(TextNormalizer.normalize(" Hà  Nội ", EXACT)).isEqualTo(" Hà  Nội ");
    assertThat(TextNormalizer.normalize("hòa", EXACT)).isNotEqualTo(TextNormalizer.normalize("hoà", EXACT));
  }

  @ParameterizedTest
  @EnumSource(TextMatchPolicy.class)
  void normalize_decomposedEqualsPrecomposed(TextMatchPolicy policy) {
    for (String s : new String[] {"Hà Nội", "Đà Nẵng", "người", "thuỷ", "khỏe", "Nguyễn Thị Ánh"}) {
      assertThat(TextNormalizer.normalize(nfd(s), policy)).isEqualTo(TextNormalizer.normalize(s, policy));
    }
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "hoà, hòa",
    "hoá, hóa",
    "hoả, hỏa",
    "hoạ, họa",
    "thuỷ, thủy",
    "tuỳ, tùy",
    "uỷ, ủy",
    "khoẻ, khỏe",
    "xoè, xòe",
    "quỳ, qùy",
    "quá, qúa",
    "già, gìa",
    "người, ngừơi",
    "thuở, thủơ",
    "ngoài, ngòai",
    "khuỷu, khủyu",
    "Hoà Bình, Hòa Bình",
    "HOÀ, HÒA"
  })
  void normalized_sameSyllableWithToneOnAnotherVowel_isEqual(String a, String b) {
    assertThat(a).isNotEqualTo(b);
    assertThat(n(a)).isEqualTo(n(b));
    assertThat(n(nfd(b))).isEqualTo(n(a));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // the new-style rule: the second vowel of an open oa, oe, uy
    "hòa, hoà",
    "thủy, thuỷ",
    "khỏe, khoẻ",
    "hủy, huỷ",
    // a vowel with a quality mark, the last of ươ
    "ngừơi, người",
    "rựơu, rượu",
    "tuổi, tuổi",
    "chiều, chiều",
    "khuyến, khuyến",
    // a final consonant: the last vowel
    "hòan, hoàn",
    "huýt, huýt",
    // three vowels: the middle one
    "ngòai, ngoài",
    "xóay, xoáy",
    // other open pairs: the first vowel
    "mùa, mùa",
    "hai, hai",
    "múa, múa",
    "gửi, gửi",
    "kìa, kìa",
    // the u of qu and the i of gi belong to the consonant
    "qùy, quỳ",
    "qủa, quả",
    "gìa, già",
    "gì, gì",
    "giữa, giữa",
    "quốc, quốc"
  })
  void normalized_placesToneByTheNewStyleRule(String input, String expected) {
    assertThat(n(input)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "élève", "où", "café", "naïve", "São Paulo", "中文", "東京タワー", "😀👍🏽", "12 345", "ĉu",
        "Ærøskøbing", "nǐ hǎo", "x\u0301y", "\u0301", "q\u0300"
      })
  void normalized_leavesNonVietnameseWordsAsTheyAre(String s) {
    String expected = Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    assertThat(n(s)).isEqualTo(expected);
  }

  @Test
  void normalized_foldsCaseIncludingVietnameseLetters() {
    assertThat(n("ĐÀ NẴNG")).isEqualTo("đà nẵng").isEqualTo(n("đà nẵng"));
    assertThat(n("ĐƯỜNG")).isEqualTo("đường");
    assertThat(n("HÀ NỘI")).isEqualTo(n("Hà Nội")).isEqualTo("hà nội");
  }

  @Test
  void normalized_foldsCaseTheSameWayInATurkishLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(n("TIN HỌC")).isEqualTo("tin học");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void normalized_trimsAndCollapsesEveryKindOfWhitespace() {
    assertThat(n("  Hà\u00A0\u00A0Nội\t\n")).isEqualTo("hà nội");
    assertThat(n("\u3000Hà\u2003 \r\nNội\u202F")).isEqualTo("hà nội");
    assertThat(n("a\u0085b\u2028c\u000Bd")).isEqualTo("a b c d");
    assertThat(n(" \t\u00A0 ")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(TextMatchPolicy.class)
  void normalize_emptyStaysEmpty(TextMatchPolicy policy) {
    assertThat(TextNormalizer.normalize("", policy)).isEmpty();
  }

  @Test
  void normalize_nullArgument_throws() {
    assertThatNullPointerException().isThrownBy(() -> TextNormalizer.normalize(null, EXACT)).withMessage("input");
    assertThatNullPointerException().isThrownBy(() -> TextNormalizer.normalize("a", null)).withMessage("policy");
  }

  @Test
  void normalize_returnsTheSameInstanceWhenNothingChanges() {
    String s = "hà nội";
    assertThat(TextNormalizer.normalize(s, EXACT)).isSameAs(s);
    assertThat(n(s)).isSameAs(s);
    String ascii = "ha noi";
    assertThat(ai(ascii)).isSameAs(ascii);
  }

  @Test
  void accentInsensitive_removesDiacriticsAndReadsDAsD() {
    assertThat(ai("Hà Nội")).isEqualTo("ha noi").isEqualTo(ai("Ha Noi"));
    assertThat(ai("Đà Nẵng")).isEqualTo("da nang").isEqualTo(ai("da nang"));
    assertThat(ai("ĐƯỜNG")).isEqualTo("duong");
    assertThat(ai(nfd("Thành phố Hồ Chí Minh"))).isEqualTo("thanh pho ho chi minh");
    assertThat(ai("élève")).isEqualTo("eleve");
  }

  @Test
  void accentInsensitive_tidiesWhitespaceLeftByARemovedMark() {
    assertThat(ai("a \u0301 b \u0301")).isEqualTo("a b");
  }

  @Test
  void policies_eachIncludesTheOnesBefore() {
    assertThat(TextNormalizer.normalize("Hòa", EXACT)).isNotEqualTo(TextNormalizer.normalize("hoà", EXACT));
    assertThat(n("Hòa")).isEqualTo(n("hoà")).isNotEqualTo(n("hoa"));
    assertThat(ai("Hòa")).isEqualTo(ai("hoà")).isEqualTo(ai("hoa"));
  }

  @Test
  void syllableCache_givesTheUncachedResult_underCollisionsAndThreads() throws Exception {
    // Far more distinct words than cache slots, in both tone placements, so slots are overwritten
    // while eight threads read them.
    String[] initials = {"", "b", "ch", "gi", "h", "kh", "ng", "qu", "th", "tr"};
    String[] nuclei = {"oa", "oe", "uy", "ua", "ai", "oai", "uye", "ươ", "ia", "ê"};
    String[] finals = {"", "n", "ng", "t", "c"};
    char[] tones = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'};
    java.util.List<String> words = new java.util.ArrayList<>();
    for (String i : initials) {
      for (String nu : nuclei) {
        for (String f : finals) {
          for (char t : tones) {
            for (int at = 1; at <= nu.length(); at++) {
              words.add(Normalizer.normalize(i + nu.substring(0, at) + t + nu.substring(at) + f, Normalizer.Form.NFC));
            }
          }
        }
      }
    }
    java.util.Map<String, String> expected = new java.util.HashMap<>();
    for (String w : words) {
      expected.put(w, VietnameseTones.canonicalizeWord(w));
    }
    assertThat(expected).hasSizeGreaterThan(4096); // more words than cache slots
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> done = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t * 997;
        done.add(pool.submit(() -> {
          int checked = 0;
          for (int round = 0; round < 3; round++) {
            for (int k = 0; k < words.size(); k++) {
              String w = words.get((k + offset) % words.size());
              assertThat(VietnameseTones.canonicalize("x " + w + " y")).isEqualTo("x " + expected.get(w) + " y");
              checked++;
            }
          }
          return checked;
        }));
      }
      for (java.util.concurrent.Future<Integer> f : done) {
        assertThat(f.get()).isEqualTo(3 * words.size());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
