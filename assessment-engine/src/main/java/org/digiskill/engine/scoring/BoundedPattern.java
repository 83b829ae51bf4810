package org.digiskill.engine.scoring;

import java.text.Normalizer;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A regular-expression answer that cannot hang the engine: the pattern, the input and the work
 * spent matching are all bounded.
 *
 * <p>The pattern uses {@link java.util.regex.Pattern} syntax with {@link
 * Pattern#UNICODE_CHARACTER_CLASS}, so {@code \w} and {@code \b} know Vietnamese letters, and is
 * put in NFC when compiled. It is matched against the <em>whole</em> input, as QTI's {@code
 * patternMatch} is; the caller normalises the input with the item's {@code TextMatchPolicy} first,
 * and writes the pattern in the form that policy produces (lower case for {@code NORMALIZED}).
 *
 * <p>Matching gives up, with {@link Result#LIMIT_EXCEEDED}, when the input is longer than {@link
 * #MAX_INPUT_LENGTH} or the matcher has read {@link #STEP_BUDGET} characters, which stops
 * catastrophic backtracking ({@code (a+)+$} on {@code "aaa…ab"}) in milliseconds.
 *
 * <p>Immutable and thread-safe: each match uses its own {@link Matcher}.
 */
public final class BoundedPattern {
  /** The longest pattern {@link #compile} accepts, in chars. */
  public static final int MAX_PATTERN_LENGTH = 500;

  /** The longest input {@link #matchesFully} tries, in chars. */
  public static final int MAX_INPUT_LENGTH = 1_000;

  /** How many characters one match may read before it is abandoned. */
  public static final int STEP_BUDGET = 100_000;

  /** The outcome of matching one input. */
  public enum Result {
    /** The whole input matches. */
    MATCH,
    /** The input does not match. */
    NO_MATCH,
    /**
     * The input was too long or matching took too many steps: the answer could not be judged, and
     * the scorer should say so rather than score it wrong.
     */
    LIMIT_EXCEEDED
  }

  private final Pattern pattern;

  private BoundedPattern(Pattern pattern) {
    this.pattern = pattern;
  }

  /**
   * Compiles {@code regex} (after NFC normalisation).
   *
   * @throws IllegalArgumentException if it is longer than {@link #MAX_PATTERN_LENGTH} or is not a
   *     valid pattern; the message says which and where
   * @throws NullPointerException if {@code regex} is null
   */
  public static BoundedPattern compile(String regex) {
    Objects.requireNonNull(regex, "regex");
    if (regex.length() > MAX_PATTERN_LENGTH) {
      throw new IllegalArgumentException(
          "expected a pattern of at most " + MAX_PATTERN_LENGTH + " characters but was ["
              + regex.length() + "]");
    }
    String source = TextNormalizer.nfc(regex);
    try {
      return new BoundedPattern(Pattern.compile(source, Pattern.UNICODE_CHARACTER_CLASS));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "expected a valid regular expression but [" + source + "] has an error at index ["
              + e.getIndex() + "]: " + e.getDescription(),
          e);
    }
  }

  /** Returns the pattern as compiled (in NFC). */
  public String pattern() {
    return pattern.pattern();
  }

  /**
   * Matches the whole of {@code input} against the pattern, within the limits.
   *
   * @throws NullPointerException if {@code input} is null
   */
  public Result matchesFully(String input) {
    Objects.requireNonNull(input, "input");
    if (input.length() > MAX_INPUT_LENGTH) {
      return Result.LIMIT_EXCEEDED;
    }
    try {
      return pattern.matcher(new CountingSequence(input, new int[] {STEP_BUDGET})).matches()
          ? Result.MATCH
          : Result.NO_MATCH;
    } catch (BudgetExhausted e) {
      return Result.LIMIT_EXCEEDED;
    } catch (StackOverflowError e) {
      // java.util.regex recurses per repetition; a deep one is the same failure as a slow one.
      return Result.LIMIT_EXCEEDED;
    }
  }

  /** Returns the pattern, as {@link #pattern()}. */
  @Override
  public String toString() {
    return pattern.pattern();
  }

  /**
   * A view of a string that counts reads against a budget shared with its sub-sequences, and
   * throws when it runs out. Used by one matcher on one thread.
   */
  private static final class CountingSequence implements CharSequence {
    private final String text;
    private final int[] budget;

    CountingSequence(String text, int[] budget) {
      this.text = text;
      this.budget = budget;
    }

    @Override
    public char charAt(int index) {
      if (--budget[0] < 0) {
        throw BudgetExhausted.INSTANCE;
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new CountingSequence(text.substring(start, end), budget);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** Thrown through the matcher to abandon a match; shared and without a stack trace. */
  private static final class BudgetExhausted extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final BudgetExhausted INSTANCE = new BudgetExhausted();

    private BudgetExhausted() {
      super("step budget exhausted", null, false, false);
    }
  }
}
