package org.digiskill.engine.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.digiskill.engine.irt.EapEstimator;
import org.digiskill.engine.irt.ItemModel;
import org.digiskill.engine.irt.ItemResponse;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.catalogue.Catalogue;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.response.Response;
import org.junit.jupiter.api.Test;

/** An assessment that chooses IRT scoring: theta and SE in the report, levels from theta cuts. */
class IrtScoringTest {
  private static final CompiledAssessment IRT;

  static {
    try {
      String yaml = Files.readString(Path.of("src/test/resources/fixtures/mini-assessment.yaml"))
          .replace("levelRule: {type: highest-mastered, threshold: 70}",
              "levelRule: {type: theta-cuts, estimator: eap, cuts: [{level: \"1\", theta: -1.0}, {level: \"2\", theta: 0.0}, {level: \"3\", theta: 1.0}]}")
          .replace("    alignments: [{competence: \"8.1\", level: \"1\"}]\n    points: 2\n",
              "    alignments: [{competence: \"8.1\", level: \"1\"}]\n    points: 2\n    irt: {model: 2pl, a: 1.5, b: -1.0}\n")
          .replace("    alignments: [{competence: \"8.1\", level: \"2\"}]\n",
              "    alignments: [{competence: \"8.1\", level: \"2\"}]\n    irt: {model: 2pl, a: 1.2, b: 0.5}\n")
          .replace("    alignments: [{competence: \"8.2\", level: \"1\"}]\n",
              "    alignments: [{competence: \"8.2\", level: \"1\"}]\n    irt: {model: rasch, b: -0.5}\n");
      Assessment a = Documents.standard().readAssessment(yaml, "irt.yaml", DocumentFormat.YAML);
      IRT = CompiledAssessment.compile(a, Catalogue.builtIn().residentsBasic());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void report_carriesThetaOverallPerAreaAndPerCompetence_withLevelsFromCuts() {
    List<Response> rs = Fixtures.allCorrect();
    ScoreReport r = IRT.score(Fixtures.submission(7, rs));
    Ability overall = r.ability();
    assertThat(overall).isNotNull();
    assertThat(overall.items()).isEqualTo(3);
    assertThat(overall.method()).isEqualTo("eap");
    // The same estimate computed directly from the three calibrated items, all answered right.
    double expected = EapEstimator.standard().estimate(List.of(
        ItemResponse.of(ItemModel.twoPl(1.5, -1.0), 1), ItemResponse.of(ItemModel.twoPl(1.2, 0.5), 1),
        ItemResponse.of(ItemModel.rasch(-0.5), 1))).theta();
    assertThat(overall.theta()).isEqualTo(expected);
    assertThat(overall.se()).isPositive();
    assertThat(r.areas().stream().filter(a -> a.area().equals("8")).findFirst().orElseThrow().ability().items()).isEqualTo(3);
    CompetenceResult c81 = r.competence("8.1").orElseThrow();
    assertThat(c81.ability().items()).isEqualTo(2);
    assertThat(c81.level()).isEqualTo(c81.ability().theta() >= 1.0 ? "3" : c81.ability().theta() >= 0 ? "2" : "1");
    // Competences without calibrated items get no level under IRT scoring.
    assertThat(r.competence("6.1").orElseThrow().level()).isNull();
    assertThat(r.competence("6.1").orElseThrow().ability()).isNull();
  }

  @Test
  void moreCorrectAnswers_raiseTheta() {
    List<Response> wrong = Fixtures.allWrong();
    ScoreReport low = IRT.score(Fixtures.submission(7, wrong));
    ScoreReport high = IRT.score(Fixtures.submission(7, Fixtures.allCorrect()));
    assertThat(high.ability().theta()).isGreaterThan(low.ability().theta());
    assertThat(low.competence("8.1").orElseThrow().level()).isNotEqualTo("3");
  }

  @Test
  void pointScoring_hasNoAbility() {
    assertThat(Fixtures.COMPILED.score(Fixtures.submission(7, Fixtures.allCorrect())).ability()).isNull();
  }
}
