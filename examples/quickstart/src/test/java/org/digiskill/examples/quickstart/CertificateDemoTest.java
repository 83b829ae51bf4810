package org.digiskill.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.digiskill.engine.certification.VerificationResult;
import org.digiskill.engine.scoring.ScoreReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateDemoTest {
  @Test
  void aPassingSampleReport_becomesASignedVerifiedPrintableCertificate(@TempDir Path dir) throws Exception {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    List<ScoreReport> reports = Quickstart.run("vi", quiet);
    ScoreReport passed = reports.stream().filter(ScoreReport::passed).findFirst().orElseThrow();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    CertificateDemo.Outcome out = CertificateDemo.run(passed, Instant.parse("2026-11-24T10:00:00Z"),
        new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(out.verification().valid()).as(out.verification().checks().toString()).isTrue();
    assertThat(out.verification().checks()).extracting(VerificationResult.Check::name).contains("proof", "recipient");
    assertThat(out.verification().check("recipient").passed()).isTrue();
    assertThat((List<?>) out.credential().get("proof")).singleElement()
        .satisfies(p -> assertThat(((Map<?, ?>) p).get("cryptosuite")).isEqualTo("eddsa-rdfc-2022"));
    assertThat(out.html()).contains("Giấy chứng nhận").doesNotContain("resident@example.vn");
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("passed proof", "VALID");

    CertificateDemo.write(out, dir);
    assertThat(Files.readString(dir.resolve("certificate.json"))).contains("\"proofValue\"");
    assertThat(dir.resolve("certificate.html")).exists();
  }
}
