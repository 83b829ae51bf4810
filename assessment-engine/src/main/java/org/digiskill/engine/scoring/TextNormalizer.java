package org.digiskill.engine.scoring;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import org.digiskill.model.item.TextMatchPolicy;

/**
 * Normalises typed text so that two strings are compared as a {@link TextMatchPolicy} says: the
 * scorer normalises each accepted answer once, when the item is compiled, and each response as it
 * is scored, then compares them with {@link String#equals}.
 *
 * <p>The steps, each policy including the ones before it:
 *
 * <ul>
 *   <li>{@link TextMatchPolicy#EXACT EXACT}: Unicode NFC, so decomposed and precomposed letters are
 *       the same.
 *   <li>{@link TextMatchPolicy#NORMALIZED NORMALIZED}: lower case with {@link Locale#ROOT} (so
 *       {@code I} is {@code i} whatever the default locale); every run of whitespace, including
 *       no-break and ideographic spaces, tabs and line breaks, collapsed to one ASCII space and
 *       trimmed; and the tone mark of each Vietnamese syllable moved to one fixed vowel (see below).
 *   <li>{@link TextMatchPolicy#ACCENT_INSENSITIVE ACCENT_INSENSITIVE}: every combining mark removed
 *       and {@code đ} read as {@code d}, so {@code "Đà Nẵng"} is {@code "da nang"}. The tone marks
 *       go too, so this policy skips moving them: the result is the same either way.
 * </ul>
 *
 * <p><b>Tone-mark placement.</b> Vietnamese writes the same syllable with the tone on different
 * vowels ({@code hoà} / {@code hòa}, {@code thuỷ} / {@code thủy}); NFC keeps them apart. A word
 * (a run of letters and combining marks) is treated as a syllable only if it has the shape of one —
 * a Vietnamese initial consonant, a Vietnamese vowel group, one of the finals {@code c ch m n ng nh
 * p t}, only the letters and marks Vietnamese uses, and exactly one tone mark; any other word is
 * left as it is, so {@code élève}, {@code où}, Chinese, emoji and digits are untouched. In a
 * syllable, the {@code u} of {@code qu} and the {@code i} of {@code gi} before another vowel belong
 * to the consonant, and the tone goes, by the "new style" rule (tone on the main vowel):
 *
 * <ol>
 *   <li>on the vowel with a quality mark ({@code ă â ê ô ơ ư}), the last one if there are two
 *       ({@code ươ}: {@code người}, {@code rượu});
 *   <li>else on the only vowel;
 *   <li>else, when a final consonant follows, on the last vowel ({@code hoàn}, {@code huýt});
 *   <li>else on the middle one of three vowels ({@code ngoài}, {@code khuỷu});
 *   <li>else, of two vowels, on the second for {@code oa oe uy} ({@code hoà}, {@code khoẻ}, {@code
 *       thuỷ}) and on the first otherwise ({@code mùa}, {@code hai}, {@code gửi}).
 * </ol>
 *
 * <p>So {@code hòa} and {@code hoà}, precomposed or decomposed, all normalise to {@code hoà}, and
 * {@code qùy} to {@code quỳ}. A pinyin-like word that has a Vietnamese shape is treated the same
 * way ({@code duì} becomes {@code dùi}), which is harmless because answer and key are normalised
 * alike. Results are in NFC, and normalising a result again returns it unchanged.
 *
 * <p>Stateless; thread-safe. Allocates only when the text changes.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * Returns {@code input} normalised for {@code policy}; never null, empty for empty input.
   *
   * @throws NullPointerException if either argument is null
   */
  public static String normalize(String input, TextMatchPolicy policy) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(policy, "policy");
    if (policy == TextMatchPolicy.ACCENT_INSENSITIVE) {
      String folded = foldToAscii(input);
      if (folded != null) {
        return folded;
      }
    }
    return normalizeByStep(input, policy);
  }

  /** {@link #normalize} one step after another, as the class comment lists them. */
  static String normalizeByStep(String input, TextMatchPolicy policy) {
    String s = nfc(input);
    if (policy == TextMatchPolicy.EXACT) {
      return s;
    }
    // Lower-casing can leave a letter and mark that NFC composes (W + ring -> w + ring = ẘ).
    // Each step returns its input itself when it changes nothing, and s is NFC by then.
    String lower = s.toLowerCase(Locale.ROOT);
    s = lower == s ? s : nfc(lower);
    s = collapseWhitespace(s);
    if (policy == TextMatchPolicy.ACCENT_INSENSITIVE) {
      // Every mark goes, so where a syllable's tone mark sits cannot matter: moving it first (it
      // changes no letter) would give the same result. Removing a mark that stood between two
      // spaces, or at an end, leaves whitespace to tidy.
      return collapseWhitespace(stripMarks(s));
    }
    String toned = VietnameseTones.canonicalize(s);
    return toned == s ? s : nfc(toned);
  }

  /**
   * {@link TextMatchPolicy#ACCENT_INSENSITIVE} in one pass, for text in which every character is
   * whitespace or has an ASCII base letter (typed Vietnamese and English do): each character's base
   * in lower case, whitespace collapsed and trimmed. Null when some character needs the steps of
   * {@link #normalizeByStep}, whose result this equals wherever it is not null; {@code
   * TextNormalizerTest} checks that for every character of the ranges it reads.
   */
  static String foldToAscii(String s) {
    int len = s.length();
    if (isFolded(s)) {
      return s;
    }
    byte[] out = new byte[len];
    int n = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (isWhitespace(c)) {
        pendingSpace = n > 0;
        continue;
      }
      char b = c < BASE_LOW.length ? BASE_LOW[c] : c >= 0x1E00 && c < 0x1F00 ? BASE_HIGH[c - 0x1E00] : c;
      if (b >= 0x80) {
        return null;
      }
      if (pendingSpace) {
        out[n++] = ' ';
        pendingSpace = false;
      }
      out[n++] = (byte) (b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b);
    }
    return new String(out, 0, n, StandardCharsets.ISO_8859_1);
  }

  /** Whether {@link #foldToAscii} would return the text as it is: lower-case ASCII, tidy spaces. */
  private static boolean isFolded(String s) {
    int len = s.length();
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || (c >= 'A' && c <= 'Z') || (isWhitespace(c) && (c != ' ' || i == 0 || i == len - 1 || s.charAt(i - 1) == ' '))) {
        return false;
      }
    }
    return true;
  }

  static String nfc(String s) {
    if (isPrecomposedLatin(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      return s;
    }
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }

  /**
   * Whether every character is below U+0300 (ASCII, Latin-1, Latin Extended-A and -B, IPA,
   * spacing modifiers) or in Latin Extended Additional (U+1E00–U+1EFF, where the precomposed
   * Vietnamese letters are). Every such character has NFC_Quick_Check=Yes, so a string of them is
   * already in NFC; {@code TextNormalizerTest} checks this against the JDK's normaliser. Typed
   * Vietnamese answers pass this test, which is far cheaper than {@link Normalizer#isNormalized}.
   */
  static boolean isPrecomposedLatin(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isPrecomposedLatin(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isPrecomposedLatin(char c) {
    return c < 0x300 || (c >= 0x1E00 && c <= 0x1EFF);
  }

  static boolean isAscii(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code c} is whitespace: Java's whitespace, the space separators it leaves out (no-break
   * spaces) and NEL, the one Unicode White_Space character that is neither.
   */
  static boolean isWhitespace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** Trims {@code s} and replaces each inner run of whitespace with one ASCII space. */
  static String collapseWhitespace(String s) {
    int len = s.length();
    // Fast path: already tidy (no leading/trailing whitespace, only single ASCII spaces inside).
    boolean tidy = len == 0 || (!isWhitespace(s.charAt(0)) && !isWhitespace(s.charAt(len - 1)));
    for (int i = 0; tidy && i < len; i++) {
      char c = s.charAt(i);
      if (isWhitespace(c) && (c != ' ' || isWhitespace(s.charAt(i - 1)))) {
        tidy = false;
      }
    }
    if (tidy) {
      return s;
    }
    StringBuilder out = new StringBuilder(len);
    boolean pendingSpace = false;
    for (int i = 0; i < len; i++) {
      char c = s.charAt(i);
      if (isWhitespace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Removes every combining mark and reads đ as d; the result is NFC. */
  static String stripMarks(String s) {
    if (isAscii(s)) {
      return s;
    }
    if (isPrecomposedLatin(s)) {
      // The same result as below, by table: each such letter's base, a letter of the same ranges.
      char[] out = new char[s.length()];
      for (int i = 0; i < out.length; i++) {
        char c = s.charAt(i);
        out[i] = c < BASE_LOW.length ? BASE_LOW[c] : BASE_HIGH[c - 0x1E00];
      }
      return new String(out);
    }
    return stripMarksByDecomposition(s);
  }

  /** {@link #stripMarks} for any text: NFD, drop the marks, read đ as d, NFC. */
  static String stripMarksByDecomposition(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); ) {
      int cp = d.codePointAt(i);
      i += Character.charCount(cp);
      if (isMark(cp)) {
        continue;
      }
      if (cp == '\u0111') {
        out.append('d');
      } else if (cp == '\u0110') {
        out.append('D');
      } else {
        out.appendCodePoint(cp);
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  // The base letter of each character below U+0300 and in U+1E00–U+1EFF: its canonical
  // decomposition without combining marks, đ read as d. A character whose decomposition holds
  // anything but one letter and marks maps to itself (none in these ranges has one that way).
  private static final char[] BASE_LOW = baseLetters(0, 0x300);
  private static final char[] BASE_HIGH = baseLetters(0x1E00, 0x1F00);

  private static char[] baseLetters(int from, int to) {
    char[] table = new char[to - from];
    for (int c = from; c < to; c++) {
      String d = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
      StringBuilder base = new StringBuilder(1);
      d.codePoints().filter(cp -> !isMark(cp)).forEach(base::appendCodePoint);
      char b = base.length() == 1 && isPrecomposedLatin(base.charAt(0)) ? base.charAt(0) : (char) c;
      table[c - from] = b == '\u0111' ? 'd' : b == '\u0110' ? 'D' : b;
    }
    return table;
  }

  /** Whether {@code cp} is a combining mark ({@code \p{M}}). */
  static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
