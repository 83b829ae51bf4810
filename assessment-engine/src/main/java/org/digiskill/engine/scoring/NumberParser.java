package org.digiskill.engine.scoring;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Reads the number a resident typed for a numeric item, accepting both the Vietnamese ({@code
 * 1.000.000,5}) and the English ({@code 1,000,000.5}) way of writing it.
 *
 * <p>The text, after full-width forms ({@code １２３，５}) are read as ASCII and surrounding
 * whitespace is trimmed, must be: an optional sign ({@code +}, {@code -} or the minus sign {@code
 * U+2212}); ASCII digits with separators {@code .} and {@code ,}; and an optional exponent ({@code
 * e} or {@code E}, optional sign, one to four digits). The separators are read by one rule:
 *
 * <ul>
 *   <li>one separator, {@code .} or {@code ,}, is the decimal separator: {@code 3.5} = {@code 3,5}
 *       = 3.5, and {@code .5} = 0.5;
 *   <li>the same separator more than once groups thousands: {@code 1.000.000} = {@code 1,000,000}
 *       = 1000000;
 *   <li>both separators: the last one is the decimal separator and the other groups thousands, so
 *       {@code 1.234,5} = {@code 1,234.5} = 1234.5;
 *   <li>thousands groups are one to three digits, then exactly three each; a decimal separator has
 *       at least one digit after it. Anything else is not a number.
 * </ul>
 *
 * <p>So {@code 1.500} is 1.5, though a Vietnamese writer may mean 1500: one separator is always
 * decimal, whatever the number of digits after it, so that no reading depends on counting digits.
 * Such text is marked {@link Result#ambiguous()}, for a delivery that wants to ask the resident
 * again; authors of items whose answers reach a thousand should say how to write them.
 *
 * <p>Rejected: empty or blank text, text over {@link #MAX_LENGTH} chars, {@code NaN}, {@code
 * Infinity}, hexadecimal, non-ASCII digits other than full-width ones, superscripts ({@code 10²}),
 * spaces inside the number, and values too large for a {@code double}. Full NFKC is deliberately not
 * applied: it would read {@code 10²} as {@code 102}.
 *
 * <p>Stateless; thread-safe.
 */
public final class NumberParser {
  /** The longest text read, in chars; longer text is rejected without being examined. */
  public static final int MAX_LENGTH = 100;

  private static final int MAX_EXPONENT_DIGITS = 4;

  private NumberParser() {}

  /**
   * Returns the number in {@code text}, or empty if it is not one by the rules above.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static OptionalDouble parse(String text) {
    return read(text).value();
  }

  /**
   * Reads {@code text} by the rules above, saying why when it is not a number.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static Result read(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      return Result.rejected(
          "expected at most " + MAX_LENGTH + " characters but was [" + text.length() + "]");
    }
    Result plain = readPlain(text);
    if (plain != null) {
      return plain;
    }
    String s = trim(halfWidth(text));
    if (s.isEmpty()) {
      return Result.rejected("expected a number but was empty");
    }
    StringBuilder canonical = new StringBuilder(s.length() + 2);
    int i = 0;
    char first = s.charAt(0);
    if (first == '+') {
      i++;
    } else if (first == '-' || first == '\u2212') {
      canonical.append('-');
      i++;
    }

    // The mantissa: digits and separators up to an exponent or the end.
    int mantissaStart = i;
    int dots = 0;
    int commas = 0;
    int lastSeparator = -1;
    while (i < s.length() && s.charAt(i) != 'e' && s.charAt(i) != 'E') {
      char c = s.charAt(i);
      if (c == '.' || c == ',') {
        if (c == '.') {
          dots++;
        } else {
          commas++;
        }
        lastSeparator = i;
      } else if (c < '0' || c > '9') {
        return Result.rejected(unexpected(c, i));
      }
      i++;
    }
    int mantissaEnd = i;
    if (mantissaStart == mantissaEnd) {
      return Result.rejected("expected a digit at index [" + mantissaStart + "]");
    }
    char decimal;
    if (dots + commas == 0) {
      decimal = 0;
    } else if (dots + commas == 1) {
      decimal = s.charAt(lastSeparator);
    } else if (dots == 0 || commas == 0) {
      decimal = 0; // one kind, several times: all grouping
    } else {
      decimal = s.charAt(lastSeparator);
    }
    String problem = appendMantissa(s, mantissaStart, mantissaEnd, decimal, canonical);
    if (problem != null) {
      return Result.rejected(problem);
    }
    boolean ambiguous =
        dots + commas == 1
            && mantissaEnd - lastSeparator == 4
            && lastSeparator - mantissaStart >= 1
            && lastSeparator - mantissaStart <= 3
            && s.charAt(mantissaStart) != '0';

    if (i < s.length()) {
      canonical.append('e');
      i++;
      if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-' || s.charAt(i) == '\u2212')) {
        if (s.charAt(i) != '+') {
          canonical.append('-');
        }
        i++;
      }
      int exponentStart = i;
      for (; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < '0' || c > '9') {
          return Result.rejected(unexpected(c, i));
        }
        canonical.append(c);
      }
      int digits = i - exponentStart;
      if (digits == 0) {
        return Result.rejected("expected a digit in the exponent at index [" + i + "]");
      }
      if (digits > MAX_EXPONENT_DIGITS) {
        return Result.rejected(
            "expected an exponent of at most " + MAX_EXPONENT_DIGITS + " digits but was [" + digits
                + "]");
      }
    }
    double value = Double.parseDouble(canonical.toString());
    if (Double.isInfinite(value)) {
      return Result.rejected("expected a number within the range of a double but was too large");
    }
    // + 0.0 turns -0.0 into 0.0, so "-0" and "0" give equal results.
    return new Result(OptionalDouble.of(value + 0.0), "", ambiguous);
  }

  /**
   * The usual answers, read without building the canonical text: ASCII digits with at most one
   * separator that has digits on both sides, fifteen digits at most, not {@link Result#ambiguous()
   * ambiguous}. The value is the digits as an integer, exact below 10^15, divided by a power of ten,
   * exact up to 10^22; IEEE division rounds the quotient of two exact values correctly, so the
   * result is the double {@link Double#parseDouble} gives. Returns null for any other text, which
   * the general rules then read.
   */
  private static Result readPlain(String text) {
    int n = text.length();
    long digits = 0;
    int separator = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits = digits * 10 + (c - '0');
      } else if ((c == '.' || c == ',') && separator < 0 && i > 0 && i < n - 1) {
        separator = i;
      } else {
        return null;
      }
    }
    int count = separator < 0 ? n : n - 1;
    if (count == 0 || count > 15) {
      return null;
    }
    int decimals = separator < 0 ? 0 : n - 1 - separator;
    if (decimals == 3 && separator <= 3 && text.charAt(0) != '0') {
      return null; // "1.500": ambiguous, left to the general rules to say so
    }
    double value = decimals == 0 ? (double) digits : digits / POWERS_OF_TEN[decimals];
    return new Result(OptionalDouble.of(value), "", false);
  }

  private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

  /**
   * Appends the mantissa's digits to {@code out}, with '.' for the decimal separator, checking the
   * grouping; returns why it is malformed, or null.
   */
  private static String appendMantissa(
      String s, int start, int end, char decimal, StringBuilder out) {
    int decimalAt = decimal == 0 ? end : s.lastIndexOf(decimal, end - 1);
    // Integer part: groups split by the grouping separator (any separator before decimalAt).
    int groupStart = start;
    boolean grouped = false;
    for (int k = start; k <= decimalAt; k++) {
      if (k == decimalAt || s.charAt(k) == '.' || s.charAt(k) == ',') {
        int size = k - groupStart;
        if (k < decimalAt) {
          if (decimal != 0 && s.charAt(k) == decimal) {
            return "expected one decimal separator [" + decimal + "] but found another at index ["
                + k + "]";
          }
          if (grouped ? size != 3 : size < 1 || size > 3) {
            return groupProblem(grouped, size, k);
          }
          grouped = true;
        } else if (grouped && size != 3) {
          return groupProblem(true, size, k);
        }
        out.append(s, groupStart, k);
        groupStart = k + 1;
      }
    }
    if (decimal != 0) {
      if (decimalAt + 1 == end) {
        return "expected a digit after the decimal separator at index [" + decimalAt + "]";
      }
      out.append('.').append(s, decimalAt + 1, end);
    }
    return null; // ".5" leaves no integer digits, which Double.parseDouble accepts
  }

  private static String groupProblem(boolean grouped, int size, int at) {
    return "expected a thousands group of " + (grouped ? "3" : "1 to 3") + " digits but was ["
        + size + "] before index [" + at + "]";
  }

  private static String unexpected(char c, int at) {
    return "expected a digit, '.', ',' or an exponent but was [" + c + "] at index [" + at + "]";
  }

  /** Reads full-width forms U+FF01..U+FF5E as ASCII and the ideographic space as a space. */
  private static String halfWidth(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char mapped = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
      if (mapped != c && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(mapped);
      }
    }
    return out == null ? s : out.toString();
  }

  private static String trim(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && TextNormalizer.isWhitespace(s.charAt(from))) {
      from++;
    }
    while (to > from && TextNormalizer.isWhitespace(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  /**
   * What {@link #read} made of a text: its value, or the problem that stopped it being one.
   * Immutable and thread-safe.
   *
   * @param value the number, empty when the text is not one
   * @param problem why the text is not a number (expected, actual and index); empty when it is one
   * @param ambiguous whether the text has a single separator followed by exactly three digits after
   *     one to three digits not starting with 0 ({@code 1.500}), which a Vietnamese writer may mean
   *     as a thousands separator; {@link #value} then holds the decimal reading
   */
  public record Result(OptionalDouble value, String problem, boolean ambiguous) {
    /** Checks that exactly one of value and problem is present, and a value if ambiguous. */
    public Result {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(problem, "problem");
      if (value.isPresent() == !problem.isEmpty()) {
        throw new IllegalArgumentException(
            "expected either a value or a problem but was [" + value + ", " + problem + "]");
      }
      if (ambiguous && value.isEmpty()) {
        throw new IllegalArgumentException("expected a value when ambiguous but was [" + value + "]");
      }
    }

    static Result rejected(String problem) {
      return new Result(OptionalDouble.empty(), problem, false);
    }

    /** Returns whether the text is a number. */
    public boolean isNumber() {
      return value.isPresent();
    }
  }
}
