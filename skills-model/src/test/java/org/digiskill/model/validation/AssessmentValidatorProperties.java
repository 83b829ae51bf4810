package org.digiskill.model.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.internal.Messages;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * {@link AssessmentValidator#validate} never throws, whatever an author does to a valid assessment:
 * the mini assessment's YAML text is mutated line by line and token by token, and every mutant
 * either fails to read (a report from the reader) or is validated into a report whose violations
 * are fully described.
 */
class AssessmentValidatorProperties {
  private static final Path MINI = Path.of("src/test/resources/fixtures/valid/mini-assessment.yaml");
  private static final AssessmentValidator VALIDATOR =
      AssessmentValidator.forFramework(Catalogue.builtIn().framework(Catalogue.VN_RESIDENTS_BASIC).orElseThrow());
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}._-]+");

  private static final List<String> LINES = read().lines().toList();

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  /** The document's own words (ids, codes, keywords) and some troublesome values. */
  private static final List<String> WORDS = words(false);

  /** The document's own numbers and some troublesome ones. */
  private static final List<String> NUMBERS = words(true);

  /** A mutation program: each int picks what to do and where; see {@link #mutate}. */
  private static Gen<List<Integer>> programs() {
    return SourceDSL.lists().of(SourceDSL.integers().allPositive()).ofSizeBetween(3, 12);
  }

  @Test
  void validate_neverThrows_onMutatedMiniAssessment() {
    qt().withExamples(2000)
        .forAll(programs())
        .checkAssert(
            program -> {
              String yaml = mutate(program);
              ValidationReport report = check(yaml);
              report.violations().forEach(v -> {
                assertThat(v.code()).as(yaml).isNotBlank();
                assertThat(Messages.knows(v.code())).as("message for %s", v.code()).isTrue();
                assertThat(v.path()).as(v.code()).matches("|/.*");
              });
            });
  }

  @Test
  void mutations_oftenStillRead_soTheValidatorIsReallyExercised() {
    int[] read = {0};
    qt().withExamples(300)
        .forAll(programs())
        .checkAssert(
            program -> {
              try {
                Documents.standard().readAssessment(mutate(program), "mutant.yaml", DocumentFormat.YAML);
                read[0]++;
              } catch (InvalidDefinitionException e) {
                // A reader's report: fine, but the validator did not run.
              }
            });
    assertThat(read[0]).as("mutants that read").isGreaterThan(30);
  }

  /** Reads and validates; a document that cannot be read gives the reader's report. */
  private static ValidationReport check(String yaml) {
    Assessment a;
    try {
      a = Documents.standard().readAssessment(yaml, "mutant.yaml", DocumentFormat.YAML);
    } catch (InvalidDefinitionException e) {
      return e.report();
    }
    return VALIDATOR.validate(a);
  }

  /**
   * Applies one or two mutations: the first int of the program chooses how many and which; the
   * others say where and with what. Most mutations replace one token, which keeps the YAML
   * well-formed, so that the validator (not the reader) sees the result.
   */
  static String mutate(List<Integer> program) {
    List<String> lines = new ArrayList<>(LINES);
    int steps = 1 + program.get(0) % 2;
    int at = 1;
    for (int s = 0; s < steps && at + 1 < program.size(); s++) {
      int kind = program.get(at++) % 8;
      int where = program.get(at++) % lines.size();
      int what = at < program.size() ? program.get(at++) : 0;
      switch (kind) {
        case 0 -> lines.remove(where);
        case 1 -> lines.add(where, lines.get(what % lines.size()));
        case 2 -> {
          String t = lines.get(where);
          lines.set(where, lines.get(what % lines.size()));
          lines.set(what % lines.size(), t);
        }
        default -> lines.set(where, replaceToken(lines.get(where), what));
      }
      if (lines.isEmpty()) {
        break;
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static String replaceToken(String line, int what) {
    Matcher m = TOKEN.matcher(line);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return line;
    }
    int[] span = spans.get(what % spans.size());
    // A number mostly stays a number, so that the document still reads and the validator runs.
    boolean number = NUMBER.matcher(line.substring(span[0], span[1])).matches() && (what / 3) % 4 != 0;
    List<String> pool = number ? NUMBERS : WORDS;
    String word = pool.get((what / 7) % pool.size());
    return line.substring(0, span[0]) + word + line.substring(span[1]);
  }

  private static List<String> words(boolean numbers) {
    Set<String> w = new LinkedHashSet<>();
    for (String line : LINES) {
      Matcher m = TOKEN.matcher(line);
      while (m.find()) {
        if (NUMBER.matcher(m.group()).matches() == numbers) {
          w.add(m.group());
        }
      }
    }
    w.addAll(
        numbers
            ? List.of("0", "-1", "-0.5", "0.5", "2", "3", "7", "1000000", "1e308")
            : List.of("\"\"", "\" \"", "true", "false", "\"9.9\"", "\"7\"", "[]", "{}", "x", "\"(\"", "rect", "polygon", "grm"));
    return List.copyOf(w);
  }

  private static String read() {
    try {
      return Files.readString(MINI);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
