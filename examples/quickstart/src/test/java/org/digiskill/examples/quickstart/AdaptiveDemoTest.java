package org.digiskill.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.digiskill.engine.adaptive.AdaptiveSession;
import org.digiskill.engine.adaptive.SessionStatus;
import org.junit.jupiter.api.Test;

class AdaptiveDemoTest {
  private static String output(double theta, long seed, AdaptiveSession[] session) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    session[0] = AdaptiveDemo.run(theta, seed, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void run_endsTheSessionAndSummarisesTheSimulation() {
    AdaptiveSession[] s = new AdaptiveSession[1];
    String out = output(0.4, 2026, s);
    assertThat(s[0].status()).isEqualTo(SessionStatus.FINISHED);
    assertThat(s[0].length()).isBetween(8, 30);
    assertThat(out).contains("[vn-residents-adaptive-sample@1.0], 200 calibrated items", "stopped: ", "1,000 simulated residents:");
    // Same seed, same session.
    AdaptiveSession[] again = new AdaptiveSession[1];
    assertThat(output(0.4, 2026, again)).isEqualTo(out);
    assertThat(again[0]).isEqualTo(s[0]);
  }

  @Test
  void run_aStrongResidentPasses_aWeakOneFails() {
    AdaptiveSession[] strong = new AdaptiveSession[1];
    AdaptiveSession[] weak = new AdaptiveSession[1];
    output(2.5, 1, strong);
    output(-2.5, 1, weak);
    assertThat(strong[0].theta()).isGreaterThan(weak[0].theta());
    assertThat(strong[0].classification()).isNotEqualTo(weak[0].classification());
  }
}
