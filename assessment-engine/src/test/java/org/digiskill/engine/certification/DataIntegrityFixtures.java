package org.digiskill.engine.certification;

import static org.digiskill.engine.certification.CredentialIssuerFixtures.CREDENTIALS;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.FRAMEWORK;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.ISSUED;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.MINI;
import static org.digiskill.engine.certification.CredentialIssuerFixtures.map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keys and credentials for the Data Integrity tests. */
final class DataIntegrityFixtures {
  static final ObjectMapper JSON = new ObjectMapper();
  static final KeyPair KEYS = keyPair(1);
  static final KeyPair OTHER_KEYS = keyPair(2);
  static final String VERIFICATION_METHOD = "https://certs.example.gov.vn/issuers/dl-center#"
      + DataIntegrityProof.publicKeyMultibase(KEYS.getPublic());
  static final Instant CREATED = Instant.parse("2026-11-24T10:00:05Z");
  static final String CRED_ID = "urn:uuid:2f6c1d1e-8a4b-4c57-9d0e-0b7f3e5a9c11";
  static final String SUBJECT = "urn:uuid:0d3b8c6e-1111-4a2b-9c3d-5e6f7a8b9c0d";

  private DataIntegrityFixtures() {}

  /** A credential of the issuer fixtures, for a recipient with a subject id and a hashed e-mail. */
  static Map<String, Object> credential() {
    return CREDENTIALS.build(CredentialIssuerFixtures.passing(), MINI, FRAMEWORK,
        Recipient.withEmail(SUBJECT, "An.Nguyen@Example.vn", "c0ffee-salt-1234"), CRED_ID, ISSUED);
  }

  static Map<String, Object> signed() {
    return DataIntegrityProof.sign(credential(), KEYS.getPrivate(), VERIFICATION_METHOD, CREATED);
  }

  /** Returns a mutable deep copy, as Jackson reads it from JSON. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> mutable(Map<String, ?> tree) {
    try {
      return JSON.readValue(JSON.writeValueAsString(tree), LinkedHashMap.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }


  /** Returns the first proof of a signed credential, mutable if the credential is. */
  static Map<String, Object> proof(Map<String, Object> signed) {
    Object proof = signed.get("proof");
    return proof instanceof List<?> l ? map(l.get(0)) : map(proof);
  }

  static KeyPair keyPair(long seed) {
    try {
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
      random.setSeed(seed);
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(255, random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new AssertionError(e);
    }
  }
}
