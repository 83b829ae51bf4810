package org.digiskill.engine.certification.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * Base58 with the Bitcoin alphabet, as used by multibase prefix {@code z}: the bytes are read as
 * one big-endian number written in base 58, and each leading zero byte becomes a leading {@code 1}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Base58Btc {
  private static final char[] ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz".toCharArray();
  private static final int[] INDEX = new int[128];

  static {
    Arrays.fill(INDEX, -1);
    for (int i = 0; i < ALPHABET.length; i++) {
      INDEX[ALPHABET[i]] = i;
    }
  }

  private Base58Btc() {}

  /** Returns the base58btc text of {@code bytes} (empty for no bytes). */
  public static String encode(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    int zeros = 0;
    while (zeros < bytes.length && bytes[zeros] == 0) {
      zeros++;
    }
    // Base-58 digits, least significant first; log(256)/log(58) < 1.37.
    byte[] digits = new byte[(bytes.length - zeros) * 137 / 100 + 1];
    int length = 0;
    for (int i = zeros; i < bytes.length; i++) {
      int carry = bytes[i] & 0xff;
      for (int j = 0; j < length; j++) {
        carry += (digits[j] & 0xff) << 8;
        digits[j] = (byte) (carry % 58);
        carry /= 58;
      }
      while (carry > 0) {
        digits[length++] = (byte) (carry % 58);
        carry /= 58;
      }
    }
    StringBuilder sb = new StringBuilder(zeros + length);
    for (int i = 0; i < zeros; i++) {
      sb.append('1');
    }
    for (int j = length - 1; j >= 0; j--) {
      sb.append(ALPHABET[digits[j]]);
    }
    return sb.toString();
  }

  /**
   * Returns the bytes of base58btc {@code text}.
   *
   * @throws IllegalArgumentException if a character is not in the alphabet
   */
  public static byte[] decode(String text) {
    Objects.requireNonNull(text, "text");
    int ones = 0;
    while (ones < text.length() && text.charAt(ones) == '1') {
      ones++;
    }
    // Bytes, least significant first; log(58)/log(256) < 0.733.
    byte[] bytes = new byte[(text.length() - ones) * 733 / 1000 + 1];
    int length = 0;
    for (int i = ones; i < text.length(); i++) {
      char c = text.charAt(i);
      int digit = c < 128 ? INDEX[c] : -1;
      if (digit < 0) {
        throw new IllegalArgumentException("not a base58btc character at " + i + ": " + c);
      }
      int carry = digit;
      for (int j = 0; j < length; j++) {
        carry += (bytes[j] & 0xff) * 58;
        bytes[j] = (byte) carry;
        carry >>>= 8;
      }
      while (carry > 0) {
        bytes[length++] = (byte) carry;
        carry >>>= 8;
      }
    }
    byte[] out = new byte[ones + length];
    for (int j = 0; j < length; j++) {
      out[ones + j] = bytes[length - 1 - j];
    }
    return out;
  }
}
