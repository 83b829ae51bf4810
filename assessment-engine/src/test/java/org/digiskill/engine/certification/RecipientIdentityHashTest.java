package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecipientIdentityHashTest {
  @Test
  void matchesTheSpecExample() {
    assertThat(IdentityHash.sha256("a@example.com", "Kosher")).startsWith("sha256$b5809d8a").endsWith("ef399");
  }

  @Test
  void randomSaltsDiffer() {
    assertThat(IdentityHash.randomSalt()).hasSize(32).isNotEqualTo(IdentityHash.randomSalt());
  }

  @ParameterizedTest
  @CsvSource({
    "national-id, an@example.vn",
    "nationalIdentityNumber, an@example.vn",
    "phone, an@example.vn",
    "phoneNumber, an@example.vn",
    "emailAddress, 0912345678",
    "email, +84 912 345 678",
    "email, 0912.345.678@example.vn",
    "emailAddress, 001203004567",
    "email, 123456789",
    "sourcedId, 0084912345678"
  })
  void forbiddenIdentifiersAreRefused(String type, String value) {
    assertThatThrownBy(() -> Recipient.identifier(type, value, "salt-salt-salt"))
        .isInstanceOfSatisfying(CredentialIssuerException.class,
            e -> assertThat(e.code()).isEqualTo("credential.forbidden-identifier"));
  }

  @Test
  void unknownTypesAndMalformedEmailsAreRefused() {
    assertThatThrownBy(() -> Recipient.identifier("studentId", "s-1", "salt-salt-salt"))
        .isInstanceOfSatisfying(CredentialIssuerException.class,
            e -> assertThat(e.code()).isEqualTo("credential.unsupported-identifier"));
    assertThatThrownBy(() -> Recipient.identifier("email", "not-an-email", "salt-salt-salt"))
        .isInstanceOf(CredentialIssuerException.class);
    assertThatThrownBy(() -> Recipient.identifier("email", "a@example.vn", "short"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aRecipientNeedsASubjectIdOrAHash() {
    assertThatThrownBy(() -> new Recipient(null, java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Recipient.of("not a uri")).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Recipient(null, java.util.List.of(Recipient.identifier("sourcedId", "portal-77", "salt-salt-salt")))
        .identifiers()).hasSize(1);
  }
}
