package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.digiskill.engine.scoring.BoundedPattern.Result.LIMIT_EXCEEDED;
import static org.digiskill.engine.scoring.BoundedPattern.Result.MATCH;
import static org.digiskill.engine.scoring.BoundedPattern.Result.NO_MATCH;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.digiskill.model.item.TextMatchPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Examples of {@link BoundedPattern}. The timeouts only stop a broken build from hanging. */
class BoundedPatternTest {

  @Test
  void matchesFully_matchesTheWholeInputOnly() {
    BoundedPattern p = BoundedPattern.compile("h[oò]a|hoà");
    assertThat(p.matchesFully("hoa")).isEqualTo(MATCH);
    assertThat(p.matchesFully("hoà")).isEqualTo(MATCH);
    assertThat(p.matchesFully("hoa bình")).isEqualTo(NO_MATCH);
    assertThat(p.matchesFully("thoa")).isEqualTo(NO_MATCH);
    assertThat(p.matchesFully("")).isEqualTo(NO_MATCH);
  }

  @Test
  void matchesFully_wordClassesKnowVietnameseLetters() {
    BoundedPattern p = BoundedPattern.compile("\\w+ \\w+");
    assertThat(p.matchesFully("hà nội")).isEqualTo(MATCH);
    assertThat(p.matchesFully("đà nẵng")).isEqualTo(MATCH);
  }

  @Test
  void matchesFully_normalisedInput() {
    BoundedPattern p = BoundedPattern.compile("(thành phố )?hồ chí minh|tp\\.? ?hcm");
    for (String answer : List.of("Thành phố  Hồ Chí Minh", "HỒ CHÍ MINH", "TP HCM", " tp.hcm ")) {
      assertThat(p.matchesFully(TextNormalizer.normalize(answer, TextMatchPolicy.NORMALIZED))).as(answer).isEqualTo(MATCH);
    }
  }

  @Test
  void compile_putsThePatternInNfc() {
    BoundedPattern p = BoundedPattern.compile("hoa\u0300");
    assertThat(p.pattern()).isEqualTo("hoà").isEqualTo(p.toString());
    assertThat(p.matchesFully("hoà")).isEqualTo(MATCH);
  }

  @Test
  void compile_patternTooLong_throws() {
    BoundedPattern.compile("a".repeat(BoundedPattern.MAX_PATTERN_LENGTH));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BoundedPattern.compile("a".repeat(501)))
        .withMessage("expected a pattern of at most 500 characters but was [501]");
  }

  @Test
  void compile_invalidPattern_throwsWithWhereAndWhy() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> BoundedPattern.compile("(ab"))
        .withMessage("expected a valid regular expression but [(ab] has an error at index [3]: Unclosed group");
  }

  @Test
  void nullArguments_throw() {
    assertThatNullPointerException().isThrownBy(() -> BoundedPattern.compile(null)).withMessage("regex");
    assertThatNullPointerException().isThrownBy(() -> BoundedPattern.compile("a").matchesFully(null)).withMessage("input");
  }

  @Test
  void matchesFully_inputOverTheLimit_isLimitExceeded() {
    BoundedPattern p = BoundedPattern.compile("a*");
    assertThat(p.matchesFully("a".repeat(BoundedPattern.MAX_INPUT_LENGTH))).isEqualTo(MATCH);
    assertThat(p.matchesFully("a".repeat(BoundedPattern.MAX_INPUT_LENGTH + 1))).isEqualTo(LIMIT_EXCEEDED);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void matchesFully_catastrophicBacktracking_isLimitExceeded() {
    // Polynomial backtracking (n^12) that java.util.regex does not short-cut: unbounded, this
    // takes seconds at 30 characters and hours at 60.
    BoundedPattern p = BoundedPattern.compile("(.*a){12}");
    assertThat(p.matchesFully("a".repeat(60) + "b")).isEqualTo(LIMIT_EXCEEDED);
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void matchesFully_nestedQuantifier_neverHangs() {
    // The textbook case. JDK 9+ remembers failed positions of a greedy group loop, so it ends
    // as NO_MATCH within the budget; on an engine without that it is LIMIT_EXCEEDED.
    BoundedPattern p = BoundedPattern.compile("(a+)+$");
    assertThat(p.matchesFully("aaaaaaaaaaaaaaaaaaaaaaaaaaaaab")).isIn(NO_MATCH, LIMIT_EXCEEDED);
    assertThat(p.matchesFully("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).isEqualTo(MATCH);
  }

  @Test
  void matchesFully_deepRepetitionOnLongestInput_doesNotFail() {
    BoundedPattern p = BoundedPattern.compile("(a|b)*");
    assertThat(p.matchesFully("ab".repeat(BoundedPattern.MAX_INPUT_LENGTH / 2))).isIn(MATCH, LIMIT_EXCEEDED);
  }

  @Test
  void matchesFully_budgetIsPerCall() {
    BoundedPattern p = BoundedPattern.compile("[a-z ]*");
    String input = "a".repeat(BoundedPattern.MAX_INPUT_LENGTH);
    for (int i = 0; i < 200; i++) { // 200 x 1,000 reads: over one budget, under each call's
      assertThat(p.matchesFully(input)).isEqualTo(MATCH);
    }
  }

  @Test
  void matchesFully_isSafeAcrossThreads() {
    BoundedPattern p = BoundedPattern.compile("\\d{3}-\\d{4}");
    List<BoundedPattern.Result> results =
        IntStream.range(0, 2_000)
            .parallel()
            .mapToObj(i -> p.matchesFully(i % 2 == 0 ? "123-4567" : "123-456x"))
            .toList();
    for (int i = 0; i < results.size(); i++) {
      assertThat(results.get(i)).isEqualTo(i % 2 == 0 ? MATCH : NO_MATCH);
    }
  }
}
