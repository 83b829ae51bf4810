package org.digiskill.engine.certification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The Open Badges 3.0 {@code IdentityHash}: {@code "sha256$" + hex(SHA-256(UTF-8(identifier + salt)))}.
 *
 * <p>Stateless and thread-safe.
 */
public final class IdentityHash {
  /** The prefix of every hash this class makes. */
  public static final String PREFIX = "sha256$";

  private static final SecureRandom RANDOM = new SecureRandom();

  private IdentityHash() {}

  /**
   * Returns {@code "sha256$"} followed by the lower-case hex SHA-256 of the UTF-8 bytes of
   * {@code identifier + salt}.
   */
  public static String sha256(String identifier, String salt) {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(salt, "salt");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest((identifier + salt).getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** Returns a fresh random salt: 16 bytes from {@link SecureRandom}, as 32 lower-case hex digits. */
  public static String randomSalt() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
