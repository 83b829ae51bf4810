package org.digiskill.engine.certification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An Open Badges 3.0 {@code IdentityObject}. Made by {@link Recipient#identifier(String, String,
 * String)} (hashed) or {@link Recipient#withDisplayName(String)} (the one unhashed kind).
 *
 * @param identityType the OB 3.0 {@code IdentifierTypeEnum} value, such as {@code emailAddress}
 * @param identityHash {@code "sha256$<hex>"} when hashed, otherwise the plain value
 * @param hashed whether {@code identityHash} is a hash
 * @param salt the salt of the hash, or null when not hashed
 */
public record RecipientIdentity(String identityType, String identityHash, boolean hashed, String salt) {

  /** Null-checks. */
  public RecipientIdentity {
    Objects.requireNonNull(identityType, "identityType");
    Objects.requireNonNull(identityHash, "identityHash");
    if (hashed) {
      Objects.requireNonNull(salt, "salt");
    }
  }

  /** Returns the identity object as an ordered, JSON-ready map. */
  public Map<String, Object> toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", "IdentityObject");
    m.put("identityHash", identityHash);
    m.put("identityType", identityType);
    m.put("hashed", hashed);
    if (salt != null) {
      m.put("salt", salt);
    }
    return m;
  }
}
