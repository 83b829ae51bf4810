package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digiskill.engine.certification.DataIntegrityFixtures.CREATED;
import static org.digiskill.engine.certification.DataIntegrityFixtures.JSON;
import static org.digiskill.engine.certification.DataIntegrityFixtures.KEYS;
import static org.digiskill.engine.certification.DataIntegrityFixtures.VERIFICATION_METHOD;
import static org.digiskill.engine.certification.DataIntegrityFixtures.credential;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.map;
import static org.digiskill.engine.certification.DataIntegrityFixtures.mutable;
import static org.digiskill.engine.certification.DataIntegrityFixtures.proof;
import static org.digiskill.engine.certification.DataIntegrityFixtures.signed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every credential made here validates against the OB 3.0 AchievementCredential JSON Schema. */
class DataIntegritySchemaTest {
  static final Schema SCHEMA = schema();

  @Test
  void unsignedAndSignedCredentialsValidate() {
    assertThat(errors(credential())).isEmpty();
    assertThat(errors(signed())).isEmpty();
  }

  @Test
  void credentialsOfEveryIssuerVariationValidateSignedAndUnsigned() {
    Recipient email = Recipient.withEmail(DataIntegrityFixtures.SUBJECT, "an.nguyen@example.vn", "c0ffee-salt-1234");
    for (Recipient recipient : List.of(Recipient.of(DataIntegrityFixtures.SUBJECT), email,
        email.withDisplayName("Nguyễn Văn An"))) {
      Map<String, Object> unsigned = CredentialIssuerFixtures.CREDENTIALS.build(CredentialIssuerFixtures.passing(),
          CredentialIssuerFixtures.MINI, CredentialIssuerFixtures.FRAMEWORK, recipient, DataIntegrityFixtures.CRED_ID,
          CredentialIssuerFixtures.ISSUED);
      for (Map<String, Object> c : List.of(unsigned, DataIntegrityUndefinedTermsTest.withStatus(unsigned))) {
        assertThat(errors(c)).isEmpty();
        assertThat(errors(DataIntegrityProof.sign(c, KEYS.getPrivate(), VERIFICATION_METHOD, CREATED))).isEmpty();
      }
    }
  }

  @Test
  void theSchemaCanFail() {
    // As in the spec's own test vector, a proof object instead of an array fails the schema.
    Map<String, Object> object = mutable(signed());
    object.put("proof", proof(object));
    assertThat(errors(object)).isNotEmpty();
    Map<String, Object> noValidFrom = mutable(credential());
    noValidFrom.remove("validFrom");
    assertThat(errors(noValidFrom)).isNotEmpty();
    Map<String, Object> badIdentity = mutable(credential());
    map(((List<?>) map(badIdentity.get("credentialSubject")).get("identifier")).get(0)).put("hashed", "yes");
    assertThat(errors(badIdentity)).isNotEmpty();
  }

  static List<Error> errors(Map<String, ?> credential) {
    try {
      return SCHEMA.validate(JSON.writeValueAsString(credential), InputFormat.JSON);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static Schema schema() {
    try (InputStream in = Files.newInputStream(
        Path.of("src/test/resources/certification/schema/ob_v3p0_achievementcredential_schema.json"))) {
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
