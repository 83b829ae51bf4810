package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.FRAMEWORK;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.ISSUED;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.ISSUER;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.MINI;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.TEAM;
import static org.digiskill.engine.certification.DataIntegrityFixtures.CREATED;
import static org.digiskill.engine.certification.DataIntegrityFixtures.CRED_ID;
import static org.digiskill.engine.certification.DataIntegrityFixtures.KEYS;
import static org.digiskill.engine.certification.DataIntegrityFixtures.SUBJECT;
import static org.digiskill.engine.certification.DataIntegrityFixtures.VERIFICATION_METHOD;
import static org.digiskill.engine.certification.DataIntegrityFixtures.credential;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.list;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.map;
import static org.digiskill.engine.certification.DataIntegrityFixtures.mutable;
import static org.digiskill.engine.certification.DataIntegrityFixtures.proof;
import static org.digiskill.engine.certification.DataIntegrityFixtures.signed;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions.ProcessingPolicy;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.digiskill.engine.certification.internal.ContextLoader;
import org.digiskill.engine.certification.internal.JsonValues;
import org.digiskill.engine.certification.internal.LinkedData;
import org.junit.jupiter.api.Test;

/** Terms the contexts do not define, unknown contexts, and canonicalisation's time budget. */
class DataIntegrityUndefinedTermsTest {
  static final String SCHEMA_ID = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

  @Test
  void anUndefinedPropertyIsRefusedWithItsPointerAndName() {
    assertUndefined(c -> map(c.get("credentialSubject")).put("foo", "bar"), "/credentialSubject/foo", "foo");
    assertUndefined(c -> c.put("nickname", "x"), "/nickname", "nickname");
    assertUndefined(c -> map(list(map(map(c.get("credentialSubject")).get("achievement")).get("alignment")).get(1))
        .put("targetWeight", 2), "/credentialSubject/achievement/alignment/1/targetWeight", "targetWeight");
    assertUndefined(c -> map(c.get("issuer")).put("a/b~c", "x"), "/issuer/a~1b~0c", "a/b~c");
    // A misspelt property: OB 3.0 calls it "narrative".
    assertUndefined(c -> map(map(map(c.get("credentialSubject")).get("achievement")).get("criteria")).put("narative",
        "x"), "/credentialSubject/achievement/criteria/narative", "narative");
    // "version" is defined for an Achievement, not for a Profile.
    assertUndefined(c -> map(c.get("issuer")).put("version", "1"), "/issuer/version", "version");
    assertUndefined(c -> c.put("@foo", "x"), "/@foo", "@foo");
  }

  @Test
  void anUndefinedTypeIsRefusedWithItsPointer() {
    assertUndefined(c -> map(c.get("issuer")).put("type", List.of("Profile", "Organization")), "/issuer/type/1",
        "Organization");
    assertUndefined(c -> c.put("credentialSchema", List.of(schemaEntry())), "/credentialSchema/0/type",
        "1EdTechJsonSchemaValidator2019");
  }

  @Test
  void theExtensionsContextDefinesThe1EdTechSchemaValidatorType() {
    Map<String, Object> c = mutable(credential());
    c.put("@context", List.of(OpenBadgeCredential.VC2_CONTEXT, OpenBadgeCredential.OB3_CONTEXT,
        OpenBadgeCredential.EXTENSIONS_CONTEXT));
    c.put("credentialSchema", List.of(schemaEntry()));
    Map<String, Object> signed = DataIntegrityProof.sign(c, KEYS.getPrivate(), VERIFICATION_METHOD, CREATED);
    DataIntegrityProof.verify(signed, KEYS.getPublic());
    // The schema's type is signed: changing it breaks the signature.
    Map<String, Object> changed = mutable(signed);
    map(list(changed.get("credentialSchema")).get(0)).put("type", "1EdTechRevocationList");
    assertThatThrownBy(() -> DataIntegrityProof.verify(changed, KEYS.getPublic()))
        .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.code()).isEqualTo(ProofException.INVALID_SIGNATURE));
  }

  @Test
  void verifyRefusesAnUndefinedTermAddedAfterSigning() {
    Map<String, Object> signed = mutable(signed());
    map(signed.get("credentialSubject")).put("foo", "bar");
    assertThatThrownBy(() -> DataIntegrityProof.verify(signed, KEYS.getPublic()))
        .isInstanceOfSatisfying(ProofException.class, e -> {
          assertThat(e.code()).isEqualTo(ProofException.UNDEFINED_TERM);
          assertThat(e.path()).isEqualTo("/credentialSubject/foo");
        });
    Map<String, Object> inProof = mutable(signed());
    proof(inProof).put("note", "x");
    assertThatThrownBy(() -> DataIntegrityProof.verify(inProof, KEYS.getPublic()))
        .isInstanceOfSatisfying(ProofException.class, e -> {
          assertThat(e.code()).isEqualTo(ProofException.UNDEFINED_TERM);
          assertThat(e.path()).isEqualTo("/proof/0/note");
        });
  }

  @Test
  void anUnknownContextIsRefusedAndNeverFetched() {
    Map<String, Object> c = mutable(credential());
    c.put("@context", List.of(OpenBadgeCredential.VC2_CONTEXT, OpenBadgeCredential.OB3_CONTEXT,
        "https://example.org/my-context.jsonld"));
    assertThatThrownBy(() -> DataIntegrityProof.sign(c, KEYS.getPrivate(), VERIFICATION_METHOD, CREATED))
        .isInstanceOfSatisfying(ProofException.class, e -> {
          assertThat(e.code()).isEqualTo(ProofException.UNKNOWN_CONTEXT);
          assertThat(e.path()).isEqualTo("/@context/2");
          assertThat(e.getMessage()).contains("https://example.org/my-context.jsonld");
        });
    Map<String, Object> nested = mutable(credential());
    map(nested.get("issuer")).put("@context", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json");
    assertThatThrownBy(() -> DataIntegrityProof.sign(nested, KEYS.getPrivate(), VERIFICATION_METHOD, CREATED))
        .isInstanceOfSatisfying(ProofException.class, e -> {
          assertThat(e.code()).isEqualTo(ProofException.UNKNOWN_CONTEXT);
          assertThat(e.path()).isEqualTo("/issuer/@context");
        });
    Map<String, Object> signed = mutable(signed());
    list(signed.get("@context")).add("https://w3id.org/security/data-integrity/v2");
    assertThatThrownBy(() -> DataIntegrityProof.verify(signed, KEYS.getPublic()))
        .isInstanceOfSatisfying(ProofException.class, e -> assertThat(e.code()).isEqualTo(ProofException.UNKNOWN_CONTEXT));
  }

  @Test
  void credentialsOfTheIssuerUseOnlyDefinedTermsInEveryVariation() {
    CredentialIssuer withoutSource = new CredentialIssuer(ISSUER, null, "https://certs.example.gov.vn/achievements",
        "https://certs.example.gov.vn/competences/", "vi");
    CredentialIssuer withSource = CredentialIssuerFixtures.CREDENTIALS;
    Recipient email = Recipient.withEmail(SUBJECT, "an.nguyen@example.vn", "c0ffee-salt-1234");
    List<Recipient> recipients = List.of(Recipient.of(SUBJECT), email,
        new Recipient(null, List.of(Recipient.identifier("email", "b.tran@example.vn", "salt-5678-abcd"))),
        email.with(Recipient.identifier("sourcedId", "portal-4711", "salt-5678-abcd")).withDisplayName("Nguyễn Văn An"));
    List<Map<String, Object>> built = new ArrayList<>();
    for (CredentialIssuer issuer : List.of(withoutSource, withSource)) {
      for (Recipient recipient : recipients) {
        built.add(issuer.build(CredentialIssuerFixtures.passing(), MINI, FRAMEWORK, recipient, CRED_ID, ISSUED));
      }
    }
    built.add(withStatus(built.get(1)));
    assertThat(map(built.get(5).get("credentialSubject"))).containsKey("source");
    for (Map<String, Object> credential : built) {
      Map<String, Object> signed = DataIntegrityProof.sign(credential, KEYS.getPrivate(), VERIFICATION_METHOD, CREATED);
      DataIntegrityProof.verify(signed, KEYS.getPublic());
      assertThat(expandsWithoutUndefinedTerms(signed)).as("Titanium's own undefined-term check").isTrue();
    }
  }

  @Test
  void titaniumsOwnCheckAgreesThatTheSentinelCatchesRealUndefinedTerms() {
    Map<String, Object> c = mutable(credential());
    map(c.get("credentialSubject")).put("foo", "bar");
    assertThat(expandsWithoutUndefinedTerms(c)).isFalse();
    assertThat(expandsWithoutUndefinedTerms(credential())).isTrue();
  }

  @Test
  void aPoisonGraphIsCutOffByTheTimeBudget() {
    LinkedData linkedData = new LinkedData(ContextLoader.standard(), Duration.ofMillis(300));
    assertThat(linkedData.canonicalize(clique(3), "")).contains("_:c14n2 <http://example.org/p> _:c14n0 .");
    long start = System.nanoTime();
    assertThatThrownBy(() -> linkedData.canonicalize(clique(12), ""))
        .isInstanceOfSatisfying(ProofException.class, e -> {
          assertThat(e.code()).isEqualTo(ProofException.CANONICALIZATION);
          assertThat(e.getMessage()).containsAnyOf("budget", "TIMEOUT");
        });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  /** A clique of blank nodes: RDFC-1.0's n-degree hashing explores every permutation. */
  static JsonObject clique(int n) {
    List<Object> graph = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Object> others = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if (j != i) {
          others.add("_:b" + j);
        }
      }
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("@id", "_:b" + i);
      node.put("p", others);
      graph.add(node);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("@context", Map.of("p", Map.of("@id", "http://example.org/p", "@type", "@id")));
    doc.put("@graph", graph);
    return (JsonObject) JsonValues.toJson(doc, "");
  }

  static Map<String, Object> schemaEntry() {
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("id", SCHEMA_ID);
    entry.put("type", "1EdTechJsonSchemaValidator2019");
    return entry;
  }

  static Map<String, Object> withStatus(Map<String, Object> credential) {
    BitstringStatusListEntry entry = BitstringStatusListEntry.of("https://certs.example.gov.vn/status/revocation/1",
        "revocation", 4127);
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("id", entry.id());
    status.put("type", entry.type());
    status.put("statusPurpose", entry.statusPurpose());
    status.put("statusListIndex", entry.statusListIndex());
    status.put("statusListCredential", entry.statusListCredential());
    Map<String, Object> copy = new LinkedHashMap<>(credential);
    copy.put("credentialStatus", status);
    return copy;
  }

  static void assertUndefined(Consumer<Map<String, Object>> change, String pointer, String term) {
    Map<String, Object> c = mutable(credential());
    change.accept(c);
    assertThatThrownBy(() -> DataIntegrityProof.sign(c, KEYS.getPrivate(), VERIFICATION_METHOD, CREATED))
        .as(pointer).isInstanceOfSatisfying(ProofException.class, e -> {
          assertThat(e.code()).isEqualTo(ProofException.UNDEFINED_TERM);
          assertThat(e.path()).isEqualTo(pointer);
          assertThat(e.getMessage()).contains("'" + term + "'");
        });
  }

  /** Expands with Titanium's own undefined-terms policy set to fail, as a second opinion. */
  static boolean expandsWithoutUndefinedTerms(Map<String, ?> credential) {
    try {
      JsonLd.expand(JsonDocument.of((JsonObject) JsonValues.toJson(credential, ""))).loader(ContextLoader.standard())
          .undefinedTermsPolicy(ProcessingPolicy.Fail).get();
      return true;
    } catch (JsonLdError e) {
      return false;
    }
  }
}
