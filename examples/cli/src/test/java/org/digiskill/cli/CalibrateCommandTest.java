package org.digiskill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.digiskill.cli.ValidateCommandTest.fixture;
import static org.digiskill.cli.ValidateCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrateCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String LSAT6 = fixture("calibrate/lsat6.csv");
  private static final String LSAT7 = fixture("calibrate/lsat7.csv");
  private static final String MALFORMED = fixture("calibrate/malformed.csv");

  @Test
  void calibrate_rasch_printsOneJsonObject_inColumnOrder_summingToZero() throws Exception {
    ValidateCommandTest.Result r = run("calibrate", LSAT6, "--model", "rasch", "--format", "json");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(r.outLines()).hasSize(1);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("model").asText()).isEqualTo("rasch");
    assertThat(root.get("persons").asInt()).isEqualTo(1000);
    JsonNode items = root.get("items");
    assertThat(items).hasSize(5);
    double sum = 0;
    for (int i = 0; i < 5; i++) {
      JsonNode item = items.get(i);
      assertThat(item.get("id").asText()).isEqualTo("Item" + (i + 1));
      assertThat(item.has("discrimination")).isFalse();
      assertThat(item.get("se").asDouble()).isPositive();
      assertThat(item.get("infit").asDouble()).isPositive();
      assertThat(item.get("outfit").asDouble()).isPositive();
      sum += item.get("difficulty").asDouble();
    }
    assertThat(sum).isCloseTo(0, within(1e-9));
    JsonNode update = root.get("updates").get(0);
    assertThat(update.get("itemId").asText()).isEqualTo("Item1");
    assertThat(update.get("irt").get("model").asText()).isEqualTo("rasch");
    assertThat(update.get("irt").get("b").asDouble()).isEqualTo(items.get(0).get("difficulty").asDouble());
    assertThat(update.get("irt").has("a")).isFalse();
  }

  @Test
  void calibrate_twoPl_lsat6_matchesLtm() throws Exception {
    ValidateCommandTest.Result r = run("calibrate", LSAT6, "--model", "2pl");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("model").asText()).isEqualTo("2pl");
    assertThat(root.get("logLikelihood").asDouble()).isCloseTo(-2466.653, within(0.005));
    JsonNode first = root.get("items").get(0);
    assertThat(first.get("difficulty").asDouble()).isCloseTo(-3.3597, within(0.005));
    assertThat(first.get("discrimination").asDouble()).isCloseTo(0.8254, within(0.005));
    assertThat(root.get("updates").get(0).get("irt").get("a").asDouble()).isEqualTo(first.get("discrimination").asDouble());
  }

  @Test
  void calibrate_twoPl_lsat7_rectangular_matchesMirt() throws Exception {
    ValidateCommandTest.Result r = run("calibrate", LSAT7, "--model", "2pl", "--quadrature", "rect61");

    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("logLikelihood").asDouble()).isCloseTo(-2658.805, within(0.005));
    assertThat(root.get("items").get(2).get("discrimination").asDouble()).isCloseTo(1.706, within(0.005));
  }

  @Test
  void calibrate_pcm_reportsThresholds_andMergeableUpdates() throws Exception {
    ValidateCommandTest.Result r = run("calibrate", fixture("calibrate/partial-credit.csv"), "--model", "pcm");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    JsonNode root = JSON.readTree(r.out());
    assertThat(root.get("model").asText()).isEqualTo("pcm");
    JsonNode item = root.get("items").get(3);
    assertThat(item.get("id").asText()).isEqualTo("s4");
    assertThat(item.get("thresholds")).hasSize(2);
    double mean = (item.get("thresholds").get(0).asDouble() + item.get("thresholds").get(1).asDouble()) / 2;
    assertThat(item.get("difficulty").asDouble()).isCloseTo(mean, within(1e-12));
    JsonNode irt = root.get("updates").get(3).get("irt");
    assertThat(irt.get("model").asText()).isEqualTo("pcm");
    assertThat(irt.has("b")).isFalse();
    assertThat(irt.get("thresholds")).isEqualTo(item.get("thresholds"));
  }

  @Test
  void calibrate_anchor_fixesTheItem() throws Exception {
    ValidateCommandTest.Result r = run("calibrate", LSAT6, "--model", "rasch", "--anchor", "Item3=0.5", "--anchor", "Item1=-1");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    JsonNode items = JSON.readTree(r.out()).get("items");
    assertThat(items.get(2).get("difficulty").asDouble()).isEqualTo(0.5);
    assertThat(items.get(0).get("difficulty").asDouble()).isEqualTo(-1.0);
    assertThat(items.get(2).get("se").isNull()).isTrue();
  }

  @Test
  void calibrate_malformedCsv_exit1_withLocatedMessage() {
    ValidateCommandTest.Result r = run("calibrate", MALFORMED, "--model", "rasch");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo(MALFORMED + ":4:3: expected 0, 1, another category number or empty but was [x]");
  }

  @Test
  void calibrate_missingFile_exit1(@TempDir Path dir) {
    String missing = dir.resolve("none.csv").toString();
    ValidateCommandTest.Result r = run("calibrate", missing, "--model", "rasch");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(r.err()).contains(missing + ": no such file");
  }

  @Test
  void calibrate_uncalibratableData_exit1(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("easy.csv");
    Files.writeString(csv, "a,b,c\n1,1,0\n1,0,1\n1,0,0\n");
    ValidateCommandTest.Result r = run("calibrate", csv.toString(), "--model", "rasch");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(r.err()).startsWith(csv + ": expected item [a] to be answered both right and wrong");
  }

  @Test
  void calibrate_usageErrors_exit2() {
    assertThat(run("calibrate", LSAT6, "--model", "3pl").exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("calibrate", LSAT6).exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("calibrate", LSAT6, "--model", "rasch", "--format", "xml").exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("calibrate", LSAT6, "--model", "2pl", "--anchor", "Item1=0").exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("calibrate", LSAT6, "--model", "rasch", "--anchor", "Item1=abc").exitCode()).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void calibrate_textFormat_oneLinePerItem() {
    ValidateCommandTest.Result r = run("calibrate", LSAT6, "--model", "2pl", "--format", "text");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(r.outLines()).hasSize(7);
    assertThat(r.outLines().get(0)).startsWith("model 2pl, 1000 persons, log-likelihood -2466.653");
    assertThat(r.outLines().get(2)).startsWith("Item1");
  }

  @Test
  void calibrate_sameInput_byteIdenticalOutput() {
    assertThat(run("calibrate", LSAT6, "--model", "rasch").out()).isEqualTo(run("calibrate", LSAT6, "--model", "rasch").out());
  }
}
