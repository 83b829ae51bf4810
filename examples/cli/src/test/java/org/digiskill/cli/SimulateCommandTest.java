package org.digiskill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digiskill.cli.ValidateCommandTest.fixture;
import static org.digiskill.cli.ValidateCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SimulateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void simulate_sampleAdaptive_printsTheContractFields() throws Exception {
    ValidateCommandTest.Result r = run("simulate", "--assessment", "sample-adaptive", "--examinees", "300", "--seed", "1", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(Main.EXIT_OK);
    JsonNode j = JSON.readTree(r.out());
    for (String field : new String[] {"bias", "rmse", "meanTestLength", "maxExposure", "unusedItemShare", "classificationAccuracy"}) {
      assertThat(j.has(field)).as(field).isTrue();
    }
    assertThat(j.get("examinees").asInt()).isEqualTo(300);
    assertThat(j.get("rmse").asDouble()).isBetween(0.0, 1.5);
    assertThat(j.get("meanTestLength").asDouble()).isBetween(8.0, 30.0);
    assertThat(j.get("maxExposure").asDouble()).isBetween(0.0, 1.0);
    assertThat(j.get("classificationAccuracy").asDouble()).isGreaterThan(0.7);
  }

  @Test
  void simulate_sameSeed_sameOutput_andTextFormat() {
    String[] args = {"simulate", "--assessment", "sample-adaptive", "--examinees", "100", "--seed", "3", "--format", "json"};
    assertThat(run(args).out()).isEqualTo(run(args).out());
    ValidateCommandTest.Result text = run("simulate", "--assessment", "sample-adaptive", "--examinees", "50");
    assertThat(text.out()).contains("vn-residents-adaptive-sample@1.0, 50 examinees", "RMSE", "classification accuracy at cut 0.0");
  }

  @Test
  void simulate_linearAssessment_isRefused_andUsageErrors() {
    ValidateCommandTest.Result r = run("simulate", "--assessment", "sample");
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(r.err()).contains("has no adaptive settings");
    assertThat(run("simulate").exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("simulate", "--assessment", "sample-adaptive", "--format", "xml").exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("simulate", "--assessment", fixture("invalid/unknown-property.yaml")).exitCode()).isEqualTo(Main.EXIT_INVALID);
  }
}
