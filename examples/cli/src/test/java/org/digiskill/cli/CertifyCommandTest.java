package org.digiskill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digiskill.cli.ValidateCommandTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code keys generate}, {@code certify} and {@code verify} end to end on the bundled sample. */
class CertifyCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ISSUED = "2026-11-24T10:00:00Z";

  @TempDir Path dir;
  private Path passed;
  private Path failed;

  @BeforeEach
  void scoreTheSample() throws Exception {
    Path reports = dir.resolve("reports.jsonl");
    assertThat(run("score", "--assessment", "sample", "--submissions", "sample", "--out", reports.toString()).exitCode()).isZero();
    List<String> lines = Files.readAllLines(reports, StandardCharsets.UTF_8);
    passed = dir.resolve("passed.json");
    failed = dir.resolve("failed.json");
    Files.writeString(passed, lines.stream().filter(l -> l.contains("\"decision\":\"passed\"")).findFirst().orElseThrow());
    Files.writeString(failed, lines.stream().filter(l -> l.contains("\"decision\":\"failed\"")).findFirst().orElseThrow());
  }

  @Test
  void ed25519_keysCertifyVerify_withAnEmbeddedProof() throws Exception {
    Path key = dir.resolve("issuer.jwk");
    ValidateCommandTest.Result gen = run("keys", "generate", "--alg", "Ed25519", "--out", key.toString());
    assertThat(gen.exitCode()).as(gen.err()).isZero();
    JsonNode priv = JSON.readTree(Files.readString(key));
    JsonNode pub = JSON.readTree(Files.readString(dir.resolve("issuer.pub.jwk")));
    assertThat(priv.has("d")).isTrue();
    assertThat(pub.has("d")).isFalse();
    assertThat(pub.get("kid").asText()).startsWith("did:key:z6Mk").isEqualTo(priv.get("kid").asText());
    if (key.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
    }

    Path credential = dir.resolve("certificate.json");
    Path page = dir.resolve("certificate.html");
    ValidateCommandTest.Result certify = run("certify", "--report", passed.toString(), "--key", key.toString(), "--out", credential.toString(),
        "--email", "an.nguyen@example.vn", "--issued-at", ISSUED, "--source-id", "did:web:commune.example.gov.vn:cdt-team",
        "--source-name", "Tổ công nghệ số cộng đồng", "--html", page.toString(), "--verify-url", "https://certs.example.gov.vn/verify/1",
        "--display-name", "Nguyễn Văn An");
    assertThat(certify.exitCode()).as(certify.err()).isZero();
    assertThat(Files.readString(page)).contains("Giấy chứng nhận", "Nguyễn Văn An", "Tổ công nghệ số cộng đồng", "<svg")
        .doesNotContain("an.nguyen@example.vn");
    assertThat(Files.readString(credential)).doesNotContain("Nguyễn Văn An");
    JsonNode vc = JSON.readTree(Files.readString(credential));
    assertThat(vc.get("issuer").get("id").asText()).isEqualTo(pub.get("kid").asText().substring(0, pub.get("kid").asText().indexOf('#')));
    assertThat(vc.get("proof").get(0).get("cryptosuite").asText()).isEqualTo("eddsa-rdfc-2022");
    assertThat(vc.toString()).doesNotContain("an.nguyen@example.vn");

    ValidateCommandTest.Result ok = withStdin("an.nguyen@example.vn\n",
        () -> run("verify", credential.toString(), "--email", "-", "--at", "2027-01-01T00:00:00Z"));
    assertThat(ok.exitCode()).as(ok.out() + ok.err()).isZero();
    assertThat(ok.out()).contains("passed   proof", "passed   recipient", "VALID");
    assertThat(ok.err()).contains("did:key, which anyone can create");
    // Given a key, only that key is trusted: a did:key credential no longer verifies.
    Path other = dir.resolve("other.jwk");
    assertThat(run("keys", "generate", "--alg", "Ed25519", "--out", other.toString()).exitCode()).isZero();
    assertThat(run("verify", credential.toString(), "--key", dir.resolve("other.pub.jwk").toString(), "--at",
        "2027-01-01T00:00:00Z").exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(run("verify", credential.toString(), "--key", dir.resolve("issuer.pub.jwk").toString(), "--at", "2027-01-01T00:00:00Z").exitCode()).isZero();

    ValidateCommandTest.Result expired = run("verify", credential.toString(), "--at", "2099-01-01T00:00:00Z", "--format", "json");
    assertThat(expired.exitCode()).isEqualTo(Main.EXIT_INVALID);
    JsonNode result = JSON.readTree(expired.out());
    assertThat(result.get("valid").asBoolean()).isFalse();
    assertThat(result.get("checks").findValuesAsText("code")).containsExactly("credential.expired");

    Files.writeString(credential, Files.readString(credential).replace("\"validFrom\" : \"" + ISSUED, "\"validFrom\" : \"2026-11-23T10:00:00Z"));
    ValidateCommandTest.Result tampered = run("verify", credential.toString(), "--at", "2027-01-01T00:00:00Z");
    assertThat(tampered.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(tampered.out()).contains("failed   proof", "proof.invalid-signature", "INVALID");
  }

  @Test
  void es256_certifyJwt_verifiesOnlyWithTheIssuersKey() throws Exception {
    Path key = dir.resolve("jwt.jwk");
    assertThat(run("keys", "generate", "--alg", "ES256", "--out", key.toString(), "--kid",
        "https://certs.example.gov.vn/issuers/dl-center#jwt-2026").exitCode()).isZero();
    Path jwt = dir.resolve("certificate.jwt");
    ValidateCommandTest.Result certify = run("certify", "--report", passed.toString(), "--key", key.toString(), "--jwt", "--out", jwt.toString(),
        "--issued-at", ISSUED, "--subject", "urn:uuid:7d1c0a52-5d8e-4c1e-9f0a-1b2c3d4e5f60");
    assertThat(certify.exitCode()).as(certify.err()).isZero();
    assertThat(Files.readString(jwt).strip().split("\\.")).hasSize(3);

    assertThat(run("verify", jwt.toString(), "--key", dir.resolve("jwt.pub.jwk").toString(), "--at", "2027-01-01T00:00:00Z").exitCode()).isZero();
    ValidateCommandTest.Result noKey = run("verify", jwt.toString(), "--at", "2027-01-01T00:00:00Z");
    assertThat(noKey.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(noKey.out()).contains("proof.unknown-key");
    assertThat(noKey.err()).contains("--key");
  }

  @Test
  void aFailedReport_getsNoCredential_andExitsOneWithTheReason() throws Exception {
    Path key = dir.resolve("issuer.jwk");
    assertThat(run("keys", "generate", "--alg", "Ed25519", "--out", key.toString()).exitCode()).isZero();
    Path out = dir.resolve("none.json");
    ValidateCommandTest.Result r = run("certify", "--report", failed.toString(), "--key", key.toString(), "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(r.err()).contains("credential.not-passed");
    assertThat(out).doesNotExist();
  }

  @Test
  void wrongCombinations_areUsageErrors_andKeysAreNotOverwritten() throws Exception {
    Path ed = dir.resolve("ed.jwk");
    assertThat(run("keys", "generate", "--alg", "Ed25519", "--out", ed.toString()).exitCode()).isZero();
    String before = Files.readString(ed);
    ValidateCommandTest.Result again = run("keys", "generate", "--alg", "Ed25519", "--out", ed.toString());
    assertThat(again.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(again.err()).contains("already exists");
    assertThat(Files.readString(ed)).isEqualTo(before);
    // A public key in the way: nothing is written, so no orphan private key blocks the next run.
    Path lonely = dir.resolve("lonely.jwk");
    Files.writeString(dir.resolve("lonely.pub.jwk"), "{}");
    assertThat(run("keys", "generate", "--alg", "Ed25519", "--out", lonely.toString()).exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(lonely).doesNotExist();

    assertThat(run("keys", "generate", "--alg", "HS256", "--out", dir.resolve("h.jwk").toString()).exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("certify", "--report", passed.toString(), "--key", ed.toString(), "--out", dir.resolve("c").toString(),
        "--display-name", "X").exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(run("keys", "generate", "--alg", "ES256", "--kid", "no-fragment", "--out", dir.resolve("x.jwk").toString()).exitCode())
        .isEqualTo(Main.EXIT_USAGE);
    ValidateCommandTest.Result jwtWithEd = run("certify", "--report", passed.toString(), "--key", ed.toString(), "--jwt", "--out",
        dir.resolve("c").toString());
    assertThat(jwtWithEd.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(jwtWithEd.err()).contains("ES256 or RS256");
    ValidateCommandTest.Result publicKey = run("certify", "--report", passed.toString(), "--key", dir.resolve("ed.pub.jwk").toString(),
        "--out", dir.resolve("c").toString());
    assertThat(publicKey.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(publicKey.err()).contains("private");
  }

  @Test
  void revocation_endToEnd_createList_certifyWithAnEntry_revoke_verifyFails() throws Exception {
    Path key = dir.resolve("issuer.jwk");
    assertThat(run("keys", "generate", "--alg", "Ed25519", "--out", key.toString(), "--kid",
        "https://certs.example.gov.vn/issuers/dl-center#key-2026").exitCode()).isZero();
    String url = "https://certs.example.gov.vn/status/revocation/1";
    Path list = dir.resolve("revocation-1.json");
    ValidateCommandTest.Result created = run("status-list", "create", "--url", url, "--key", key.toString(), "--out", list.toString(),
        "--issued-at", ISSUED, "--valid-for", "P30D");
    assertThat(created.exitCode()).as(created.err()).isZero();
    Path credential = dir.resolve("certificate.json");
    assertThat(run("certify", "--report", passed.toString(), "--key", key.toString(), "--out", credential.toString(),
        "--issued-at", ISSUED, "--status-list", url, "--status-index", "4127").exitCode()).isZero();
    String pub = dir.resolve("issuer.pub.jwk").toString();
    String at = "2026-12-01T00:00:00Z";

    ValidateCommandTest.Result fine = run("verify", credential.toString(), "--key", pub, "--status-list", list.toString(), "--at", at);
    assertThat(fine.exitCode()).as(fine.out()).isZero();
    assertThat(fine.out()).contains("passed   status", "not revoked");
    ValidateCommandTest.Result noList = run("verify", credential.toString(), "--key", pub, "--at", at);
    assertThat(noList.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(noList.out()).contains("status.unavailable");

    Path revoked = dir.resolve("revocation-1-v2.json");
    ValidateCommandTest.Result set = run("status-list", "set", list.toString(), "--index", "4127", "--key", key.toString(),
        "--out", revoked.toString(), "--issued-at", "2026-11-30T00:00:00Z");
    assertThat(set.exitCode()).as(set.err()).isZero();
    ValidateCommandTest.Result after = run("verify", credential.toString(), "--key", pub, "--status-list", revoked.toString(), "--at", at);
    assertThat(after.exitCode()).isEqualTo(Main.EXIT_INVALID);
    assertThat(after.out()).contains("failed   status", "status.revoked");

    assertThat(run("status-list", "set", list.toString(), "--index", "200000", "--key", key.toString(), "--out",
        dir.resolve("x.json").toString()).exitCode()).isEqualTo(Main.EXIT_USAGE);
  }

  private static ValidateCommandTest.Result withStdin(String input, java.util.function.Supplier<ValidateCommandTest.Result> call) {
    java.io.InputStream before = System.in;
    System.setIn(new java.io.ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
    try {
      return call.get();
    } finally {
      System.setIn(before);
    }
  }
}
