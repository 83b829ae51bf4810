package org.digiskill.engine.scoring;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Moves the tone mark of each Vietnamese syllable in a text to the vowel chosen by the rule in
 * {@link TextNormalizer}; words that are not Vietnamese syllables with one tone mark are left as
 * they are. Thread-safe: the only state is a small cache of results of a pure function.
 */
final class VietnameseTones {
  /**
   * Recent words and their canonical form, direct-mapped by hash: Vietnamese text repeats a few
   * thousand syllables, and answers repeat across residents. An entry is replaced, never mutated,
   * so a racing reader sees a whole entry or a stale one, and a miss only costs the computation.
   * Bounded: {@value #CACHE_SIZE} entries of at most {@value #MAX_WORD} chars each.
   */
  private static final int CACHE_SIZE = 4096;
  private static final AtomicReferenceArray<String[]> CACHE = new AtomicReferenceArray<>(CACHE_SIZE);

  private static final char GRAVE = '\u0300';
  private static final char ACUTE = '\u0301';
  private static final char TILDE = '\u0303';
  private static final char HOOK_ABOVE = '\u0309';
  private static final char DOT_BELOW = '\u0323';
  private static final char CIRCUMFLEX = '\u0302';
  private static final char BREVE = '\u0306';
  private static final char HORN = '\u031B';

  /** Longer words (in NFC chars) cannot be one syllable: the longest, "nghiêng", has 7 letters. */
  private static final int MAX_WORD = 16;

  /** Initial consonants as written, lower case; "q" stands for "qu", whose u is checked apart. */
  private static final Set<String> INITIALS =
      Set.of(
          "", "b", "c", "ch", "d", "\u0111", "g", "gh", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
          "nh", "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x");

  private static final Set<String> FINALS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t");

  /** Vowel groups after the consonant (and after the u of qu / i of gi), precomposed, lower case. */
  private static final Set<String> NUCLEI =
      Set.of(
          // one vowel
          "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
          // two
          "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
          "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê",
          // three
          "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu");

  /** Two-vowel groups of an open syllable whose tone goes on the second vowel. */
  private static final Set<String> SECOND_VOWEL = Set.of("oa", "oe", "uy");

  /** First and last char that {@link #DECOMPOSED} covers: Latin-1 to Latin Extended Additional. */
  private static final char FIRST = '\u00C0';

  private static final char LAST = '\u1EF9';

  /**
   * For each precomposed Vietnamese vowel (either case) from {@link #FIRST} to {@link #LAST}: its
   * base letter, quality mark and tone mark, in that order; null for other chars. Filled once,
   * never changed.
   */
  private static final String[] DECOMPOSED = new String[LAST - FIRST + 1];

  /** The inverse of {@link #DECOMPOSED}. */
  private static final Map<String, Character> COMPOSED;

  static {
    Map<String, Character> composed = new HashMap<>();
    for (char c = FIRST; c <= LAST; c++) {
      String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
      String parts = vowelParts(d);
      if (parts != null) {
        DECOMPOSED[c - FIRST] = parts;
        composed.put(parts, c);
      }
    }
    COMPOSED = Map.copyOf(composed);
  }

  private VietnameseTones() {}

  /** Returns the NFD {@code d} as vowel, quality mark, tone mark, or null if not of that form. */
  private static String vowelParts(String d) {
    if (d.length() < 2 || d.length() > 3 || !isVowel(Character.toLowerCase(d.charAt(0)))) {
      return null;
    }
    char quality = 0;
    char tone = 0;
    for (int k = 1; k < d.length(); k++) {
      char m = d.charAt(k);
      if (isTone(m) && tone == 0) {
        tone = m;
      } else if (isQuality(m) && quality == 0 && takes(Character.toLowerCase(d.charAt(0)), m)) {
        quality = m;
      } else {
        return null;
      }
    }
    StringBuilder parts = new StringBuilder(3).append(d.charAt(0));
    if (quality != 0) {
      parts.append(quality);
    }
    if (tone != 0) {
      parts.append(tone);
    }
    return parts.toString();
  }

  private static String decomposition(char c) {
    return c >= FIRST && c <= LAST ? DECOMPOSED[c - FIRST] : null;
  }

  /** Returns {@code s} (NFC) with every Vietnamese syllable's tone mark in its canonical place. */
  static String canonicalize(String s) {
    int len = s.length();
    StringBuilder out = null;
    int copied = 0;
    int i = 0;
    while (i < len) {
      int cp = s.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean ascii = true;
      while (i < len) {
        cp = s.codePointAt(i);
        if (!isWordChar(cp)) {
          break;
        }
        ascii &= cp < 0x80;
        i += Character.charCount(cp);
      }
      if (ascii || i - start > MAX_WORD) {
        continue; // no tone mark, or too long to be a syllable
      }
      String word = s.substring(start, i);
      String fixed = cachedCanonicalWord(word);
      if (!fixed.equals(word)) {
        if (out == null) {
          out = new StringBuilder(len + 8);
        }
        out.append(s, copied, start).append(fixed);
        copied = i;
      }
    }
    if (out == null) {
      return s;
    }
    return out.append(s, copied, len).toString();
  }

  private static String cachedCanonicalWord(String word) {
    int slot = (word.hashCode() * 0x9E3779B1 >>> 20) & (CACHE_SIZE - 1);
    String[] hit = CACHE.get(slot);
    if (hit != null && hit[0].equals(word)) {
      return hit[1];
    }
    String fixed = canonicalizeWord(word);
    CACHE.set(slot, new String[] {word, fixed});
    return fixed;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetter(cp) || TextNormalizer.isMark(cp);
  }

  /** Returns {@code word} (NFC) with its tone moved, or {@code word} itself if not a syllable. */
  static String canonicalizeWord(String word) {
    int max = word.length() * 3; // a char gives at most a letter and two marks
    char[] letter = new char[max]; // as written, to keep its case
    char[] lower = new char[max];
    char[] quality = new char[max]; // 0 for none
    int n = 0;
    char tone = 0;
    int toneAt = -1;
    boolean looseMarks = false;
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      String parts = decomposition(c);
      int units = parts == null ? 1 : parts.length();
      looseMarks |= parts == null && (isTone(c) || isQuality(c));
      for (int u = 0; u < units; u++) {
        char x = parts == null ? c : parts.charAt(u);
        if (isTone(x)) {
          if (n == 0 || tone != 0 || !isVowel(lower[n - 1])) {
            return word; // a stray mark, a second tone, or a tone on a consonant
          }
          tone = x;
          toneAt = n - 1;
        } else if (isQuality(x)) {
          if (n == 0 || quality[n - 1] != 0 || !takes(lower[n - 1], x)) {
            return word;
          }
          quality[n - 1] = x;
        } else {
          // Only ASCII and Đ are lower-cased: Character.toLowerCase('İ') would pass for an i.
          char l = x < 0x80 ? Character.toLowerCase(x) : x == '\u0110' ? '\u0111' : x;
          if (!isVietnameseLetter(l)) {
            return word;
          }
          letter[n] = x;
          lower[n] = l;
          n++;
        }
      }
    }
    if (tone == 0) {
      return word;
    }

    int vowelsFrom = 0;
    while (vowelsFrom < n && !isVowel(lower[vowelsFrom])) {
      vowelsFrom++;
    }
    int vowelsTo = vowelsFrom;
    while (vowelsTo < n && isVowel(lower[vowelsTo])) {
      vowelsTo++;
    }
    String initial = new String(lower, 0, vowelsFrom);
    // Finals hold consonants only, so this also rejects a second vowel group ("élan").
    if (!INITIALS.contains(initial) || !FINALS.contains(new String(lower, vowelsTo, n - vowelsTo))) {
      return word;
    }
    int from = vowelsFrom;
    boolean glideAndVowel = vowelsTo - vowelsFrom >= 2 && quality[vowelsFrom] == 0;
    if (initial.equals("q")) {
      if (!glideAndVowel || lower[vowelsFrom] != 'u') {
        return word;
      }
      from++; // the u of qu
    } else if (initial.equals("g") && glideAndVowel && lower[vowelsFrom] == 'i') {
      from++; // the i of gi
    }
    StringBuilder nucleus = new StringBuilder(3);
    for (int k = from; k < vowelsTo; k++) {
      nucleus.append(precomposed(lower[k], quality[k]));
    }
    if (!NUCLEI.contains(nucleus.toString())) {
      return word;
    }

    int target = toneTarget(nucleus.toString(), from, quality, vowelsTo, vowelsTo < n);
    if (target == toneAt && !looseMarks) {
      return word; // precomposed letters with the tone in place: already canonical
    }
    StringBuilder rebuilt = new StringBuilder(n);
    for (int k = 0; k < n; k++) {
      if (quality[k] == 0 && k != target) {
        rebuilt.append(letter[k]);
        continue;
      }
      StringBuilder parts = new StringBuilder(3).append(letter[k]);
      if (quality[k] != 0) {
        parts.append(quality[k]);
      }
      if (k == target) {
        parts.append(tone);
      }
      Character composed = COMPOSED.get(parts.toString());
      // Unicode has every Vietnamese letter precomposed; NFC is only a fallback.
      rebuilt.append(
          composed != null ? composed.toString() : Normalizer.normalize(parts, Normalizer.Form.NFC));
    }
    String result = rebuilt.toString();
    return result.equals(word) ? word : result;
  }

  /** The index of the vowel that takes the tone, by the rule in {@link TextNormalizer}. */
  private static int toneTarget(String nucleus, int from, char[] quality, int to, boolean hasFinal) {
    for (int k = to - 1; k >= from; k--) {
      if (quality[k] != 0) {
        return k;
      }
    }
    int size = to - from;
    if (size == 1) {
      return from;
    }
    if (hasFinal) {
      return to - 1;
    }
    if (size == 3) {
      return from + 1;
    }
    return SECOND_VOWEL.contains(nucleus) ? from + 1 : from;
  }

  private static boolean isQuality(char c) {
    return c == CIRCUMFLEX || c == BREVE || c == HORN;
  }

  private static boolean isTone(char c) {
    return c == GRAVE || c == ACUTE || c == TILDE || c == HOOK_ABOVE || c == DOT_BELOW;
  }

  private static boolean isVowel(char lower) {
    return lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u'
        || lower == 'y';
  }

  /** Letters of the Vietnamese alphabet without their marks: a-z less f, j, w, z; plus đ. */
  private static boolean isVietnameseLetter(char lower) {
    return (lower >= 'a' && lower <= 'z'
            && lower != 'f' && lower != 'j' && lower != 'w' && lower != 'z')
        || lower == '\u0111';
  }

  /** Whether the vowel takes the quality mark: ă â, ê, ô ơ, ư. */
  private static boolean takes(char lower, char mark) {
    switch (lower) {
      case 'a':
        return mark == BREVE || mark == CIRCUMFLEX;
      case 'e':
        return mark == CIRCUMFLEX;
      case 'o':
        return mark == CIRCUMFLEX || mark == HORN;
      case 'u':
        return mark == HORN;
      default:
        return false;
    }
  }

  private static char precomposed(char lower, char mark) {
    if (mark == 0) {
      return lower;
    }
    switch (lower) {
      case 'a':
        return mark == BREVE ? 'ă' : 'â';
      case 'e':
        return 'ê';
      case 'o':
        return mark == HORN ? 'ơ' : 'ô';
      default:
        return 'ư';
    }
  }
}
