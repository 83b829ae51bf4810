package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.CREDENTIALS;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.FRAMEWORK;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.ISSUED;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.ISSUER;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.MINI;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.passing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusListCredentialTest {
  private static final String URL = "https://certs.example.gov.vn/status/revocation/1";

  @Test
  void build_thenRead_givesTheSameBits() {
    BitstringStatusList list = BitstringStatusList.create(BitstringStatusList.REVOCATION).set(4127, true).set(0, true);
    Map<String, Object> vc = StatusListCredential.build(ISSUER, URL, list, ISSUED, ISSUED.plus(Duration.ofDays(1)));

    assertThat(vc.get("@context")).isEqualTo(List.of(OpenBadgeCredential.VC2_CONTEXT));
    assertThat(vc.get("type")).isEqualTo(List.of("VerifiableCredential", "BitstringStatusListCredential"));
    assertThat(vc.get("id")).isEqualTo(URL);
    assertThat(vc.get("issuer")).isEqualTo(ISSUER.id());
    assertThat(vc.get("validUntil")).isEqualTo("2026-11-25T10:00:00Z");
    @SuppressWarnings("unchecked")
    Map<String, Object> subject = (Map<String, Object>) vc.get("credentialSubject");
    assertThat(subject).containsEntry("id", URL + "#list").containsEntry("type", "BitstringStatusList")
        .containsEntry("statusPurpose", "revocation");
    BitstringStatusList read = StatusListCredential.read(vc);
    assertThat(read).isEqualTo(list);
    assertThat(read.get(4127)).isTrue();
    assertThat(read.get(4126)).isFalse();
  }

  @Test
  void read_namesWhatIsWrong() {
    Map<String, Object> vc = new LinkedHashMap<>(StatusListCredential.build(ISSUER, URL,
        BitstringStatusList.create(BitstringStatusList.SUSPENSION), ISSUED, null));
    assertThat(vc).doesNotContainKey("validUntil");
    vc.put("type", List.of("VerifiableCredential"));
    assertThatIllegalArgumentException().isThrownBy(() -> StatusListCredential.read(vc)).withMessageContaining("type");
    vc.put("type", StatusListCredential.TYPE);
    vc.put("credentialSubject", Map.of("type", "BitstringStatusList", "statusPurpose", "suspension"));
    assertThatIllegalArgumentException().isThrownBy(() -> StatusListCredential.read(vc)).withMessageContaining("encodedList");
    assertThatIllegalArgumentException().isThrownBy(() -> StatusListCredential.build(ISSUER, URL,
        BitstringStatusList.create(BitstringStatusList.REVOCATION), ISSUED, ISSUED));
  }

  @Test
  void withStatus_addsOneEntryAsObject_severalAsArray_andNeverAfterSigning() {
    Map<String, Object> vc = CREDENTIALS.build(passing(), MINI, FRAMEWORK, Recipient.of("urn:uuid:7d1c0a52-5d8e-4c1e-9f0a-1b2c3d4e5f60"),
        "urn:uuid:4e2b7c1a-0f3d-4b8e-a6c9-5d1e2f3a4b5c", ISSUED);
    BitstringStatusListEntry revocation = BitstringStatusListEntry.of(URL, BitstringStatusList.REVOCATION, 4127);
    BitstringStatusListEntry suspension = BitstringStatusListEntry.of(
        "https://certs.example.gov.vn/status/suspension/1", BitstringStatusList.SUSPENSION, 99);

    Map<String, Object> one = CredentialIssuer.withStatus(vc, List.of(revocation));
    assertThat(one.get("credentialStatus")).isEqualTo(revocation.toJson());
    assertThat(BitstringStatusListEntry.fromJson((Map<?, ?>) one.get("credentialStatus"))).isEqualTo(revocation);
    Map<String, Object> two = CredentialIssuer.withStatus(one, List.of(revocation, suspension));
    assertThat(two.get("credentialStatus")).isEqualTo(List.of(revocation.toJson(), suspension.toJson()));
    assertThat(List.copyOf(two.keySet())).startsWith("@context", "id", "type").endsWith("credentialStatus");

    Map<String, Object> signed = new LinkedHashMap<>(one);
    signed.put("proof", List.of(Map.of("type", "DataIntegrityProof")));
    assertThatIllegalArgumentException().isThrownBy(() -> CredentialIssuer.withStatus(signed, List.of(revocation)))
        .withMessageContaining("before signing");
    assertThatIllegalArgumentException().isThrownBy(() -> CredentialIssuer.withStatus(vc, List.of()));
    assertThatIllegalArgumentException().isThrownBy(() -> BitstringStatusListEntry.fromJson(Map.of("id", "x")))
        .withMessageContaining("type");
  }
}
