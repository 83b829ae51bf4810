package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples of {@link NumberParser}. */
class NumberParserTest {

  @ParameterizedTest(name = "[{0}] = {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "3.5 | 3.5",
        "3,5 | 3.5",
        "-2 | -2",
        "+2 | 2",
        "\"  42  \" | 42",
        "1e3 | 1000",
        "1E3 | 1000",
        "2.5e-2 | 0.025",
        "2,5E+2 | 250",
        ".5 | 0.5",
        ",5 | 0.5",
        "-,5 | -0.5",
        "0 | 0",
        "007 | 7",
        "1.000.000 | 1000000",
        "1,000,000 | 1000000",
        "1.234.567,89 | 1234567.89",
        "1,234,567.89 | 1234567.89",
        "1.234,5 | 1234.5",
        "1,234.5 | 1234.5",
        "12.345,67 | 12345.67",
        "1.500 | 1.5",
        "1,500 | 1.5",
        "\u2212" + "3 | -3",
        "１２３，５ | 123.5",
        "－７ | -7",
        "\"\u00A015\u3000\" | 15",
        "1e-9999 | 0"
      })
  void read_acceptedForms(String text, double expected) {
    NumberParser.Result r = NumberParser.read(text);
    assertThat(r.problem()).isEmpty();
    assertThat(r.isNumber()).isTrue();
    assertThat(r.value()).hasValue(expected);
    assertThat(NumberParser.parse(text)).hasValue(expected);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(
      strings = {
        "", " ", "\u00A0", "NaN", "nan", "Infinity", "-Infinity", "0x1A", "0x1p3", "1d", "2f", "abc",
        "1 000", "1_000", "- 2", "+-2", "--2", "1-", "1.", "1,", ".", ",", "1..5", "1.5.3", "1,2,3",
        "1.000.00", "1000.000.000", "1,2.3", "1.234,567.8", "1.000,000,5", "e3", "1e", "1e+", "1e1.5",
        "1e99999", "1e400", "10²", "½", "٣", "१२", "3 apples", "3,5 kg", "∞"
      })
  void read_rejectedForms(String text) {
    NumberParser.Result r = NumberParser.read(text);
    assertThat(r.isNumber()).isFalse();
    assertThat(r.value()).isEmpty();
    assertThat(r.problem()).startsWith("expected ");
    assertThat(NumberParser.parse(text)).isEmpty();
  }

  @Test
  void read_problemsSayExpectedActualAndWhere() {
    assertThat(NumberParser.read("").problem()).isEqualTo("expected a number but was empty");
    assertThat(NumberParser.read("3 apples").problem())
        .isEqualTo("expected a digit, '.', ',' or an exponent but was [ ] at index [1]");
    assertThat(NumberParser.read("1.").problem())
        .isEqualTo("expected a digit after the decimal separator at index [1]");
    assertThat(NumberParser.read("1.000.00").problem())
        .isEqualTo("expected a thousands group of 3 digits but was [2] before index [8]");
    assertThat(NumberParser.read("1,000.000.5").problem())
        .isEqualTo("expected one decimal separator [.] but found another at index [5]");
    assertThat(NumberParser.read("1e99999").problem())
        .isEqualTo("expected an exponent of at most 4 digits but was [5]");
    assertThat(NumberParser.read("1e400").problem())
        .isEqualTo("expected a number within the range of a double but was too large");
  }

  @Test
  void read_tooLong_isRejectedUnread() {
    assertThat(NumberParser.read("1".repeat(NumberParser.MAX_LENGTH)).isNumber()).isTrue();
    assertThat(NumberParser.read("1".repeat(NumberParser.MAX_LENGTH + 1)).problem())
        .isEqualTo("expected at most 100 characters but was [101]");
  }

  @Test
  void read_singleSeparatorBeforeThreeDigits_isDecimalButAmbiguous() {
    assertThat(NumberParser.read("1.500")).isEqualTo(new NumberParser.Result(OptionalDouble.of(1.5), "", true));
    assertThat(NumberParser.read("15,000").ambiguous()).isTrue();
    assertThat(NumberParser.read("-999.999").ambiguous()).isTrue();
    // Not ambiguous: a leading zero, a group that is not three digits, or no doubt at all.
    assertThat(NumberParser.read("0.500").ambiguous()).isFalse();
    assertThat(NumberParser.read("1234.500").ambiguous()).isFalse();
    assertThat(NumberParser.read("1.50").ambiguous()).isFalse();
    assertThat(NumberParser.read("1.500.000").ambiguous()).isFalse();
    assertThat(NumberParser.read("1.500,0").ambiguous()).isFalse();
    assertThat(NumberParser.read("x").ambiguous()).isFalse();
  }

  @Test
  void read_negativeZero_isZero() {
    assertThat(NumberParser.parse("-0")).isEqualTo(OptionalDouble.of(0.0));
  }

  @Test
  void read_null_throws() {
    assertThatNullPointerException().isThrownBy(() -> NumberParser.read(null)).withMessage("text");
    assertThatNullPointerException().isThrownBy(() -> NumberParser.parse(null)).withMessage("text");
  }

  @Test
  void result_mustHaveExactlyOneOfValueAndProblem() {
    assertThatIllegalArgumentException().isThrownBy(() -> new NumberParser.Result(OptionalDouble.of(1), "bad", false));
    assertThatIllegalArgumentException().isThrownBy(() -> new NumberParser.Result(OptionalDouble.empty(), "", false));
    assertThatIllegalArgumentException().isThrownBy(() -> new NumberParser.Result(OptionalDouble.empty(), "bad", true));
  }
}
