package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Properties of {@link NumberParser}. */
class NumberParserProperties {

  /** Writes {@code n} with {@code sep} between groups of three digits. */
  private static String grouped(long n, char sep) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder out = new StringBuilder(n < 0 ? "-" : "");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append(sep);
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }

  @Test
  void parse_readsJavasOwnFormatOfEveryFiniteDouble() {
    qt().forAll(doubles().any())
        .assuming(Double::isFinite)
        .checkAssert(d -> assertThat(NumberParser.parse(Double.toString(d))).hasValue(d + 0.0));
  }

  @Test
  void parse_readsDecimalCommaAsDecimalPoint() {
    qt().forAll(doubles().between(-1e9, 1e9))
        .checkAssert(
            d -> {
              String english = String.format(Locale.ROOT, "%.4f", d);
              assertThat(NumberParser.parse(english.replace('.', ','))).isEqualTo(NumberParser.parse(english));
            });
  }

  @Test
  void parse_readsVietnameseAndEnglishGroupingAlike() {
    qt().forAll(longs().between(-999_999_999_999L, 999_999_999_999L))
        .checkAssert(
            n -> {
              for (char sep : new char[] {'.', ','}) {
                NumberParser.Result r = NumberParser.read(grouped(n, sep));
                if (Math.abs(n) >= 1_000 && Math.abs(n) < 1_000_000) {
                  // One separator is decimal by the rule, and flagged as perhaps meant otherwise.
                  assertThat(r.value()).hasValue(n / 1000.0);
                  assertThat(r.ambiguous()).isTrue();
                } else {
                  assertThat(r.value()).hasValue((double) n);
                  assertThat(r.ambiguous()).isFalse();
                }
              }
              if (Math.abs(n) >= 1_000_000) {
                assertThat(NumberParser.parse(grouped(n, '.') + ",25")).hasValue(n + Math.copySign(0.25, n));
                assertThat(NumberParser.parse(grouped(n, ',') + ".25")).hasValue(n + Math.copySign(0.25, n));
              }
            });
  }

  @Test
  void read_neverThrowsAndGivesAValueOrAProblem() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 120).mix(strings().numeric(), 30))
        .checkAssert(
            s -> {
              NumberParser.Result r = NumberParser.read(s);
              assertThat(r.isNumber()).isNotEqualTo(!r.problem().isEmpty());
              r.value().ifPresent(v -> assertThat(Double.isFinite(v)).isTrue());
            });
  }

  /**
   * Digits with at most one separator, the answers residents usually type, are read by a shortcut;
   * it must give exactly the double the JDK reads from the same digits, and the same ambiguity.
   */
  @Test
  void read_plainDigitsWithOneSeparator_giveTheJdksDouble() {
    qt().forAll(longs().between(0, 999_999_999_999_999L), integers().between(-1, 16), integers().between(0, 2))
        .checkAssert(
            (n, at, kind) -> {
              String digits = (kind == 2 ? "0" : "") + n; // some with a leading zero
              int sepAt = at < 0 || at >= digits.length() ? -1 : at;
              char sep = kind == 1 ? ',' : '.';
              String text = sepAt < 0 ? digits : digits.substring(0, sepAt) + sep + digits.substring(sepAt);
              NumberParser.Result r = NumberParser.read(text);
              if (sepAt == 0) {
                assertThat(r.value()).as(text).hasValue(Double.parseDouble("0." + digits));
                return;
              }
              assertThat(r.value()).as(text).hasValue(Double.parseDouble(text.replace(',', '.')));
              int before = sepAt;
              int after = sepAt < 0 ? 0 : digits.length() - sepAt;
              boolean ambiguous = sepAt > 0 && after == 3 && before <= 3 && digits.charAt(0) != '0';
              assertThat(r.ambiguous()).as(text).isEqualTo(ambiguous);
            });
  }
}
