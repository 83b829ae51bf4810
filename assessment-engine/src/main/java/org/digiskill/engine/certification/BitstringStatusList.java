package org.digiskill.engine.certification;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;

/**
 * A W3C Bitstring Status List v1.0 bitstring: one status bit per issued credential, for one
 * {@code statusPurpose} ({@code revocation} or {@code suspension}).
 *
 * <p>Bit order follows the specification: index 0 is the left-most bit, that is the most
 * significant bit of the first byte; index {@code i} is bit {@code 7 - (i % 8)} of byte {@code i /
 * 8}. A list holds at least {@link #MIN_SIZE_BITS} bits (16 KB uncompressed), the specification's
 * minimum for herd privacy, and a whole number of bytes.
 *
 * <p>The published form ({@link #encodedList()}) is the multibase base64url encoding (prefix
 * {@code u}, no padding) of the GZIP-compressed bitstring. The GZIP header written here has a
 * modification time of 0, so the same bits always encode to the same string.
 *
 * <p>Immutable and thread-safe: {@link #set(int, boolean)} returns a new list.
 */
public final class BitstringStatusList {
  /** The specification's minimum length: 131,072 bits (16 KB). */
  public static final int MIN_SIZE_BITS = 131_072;

  /** The most bytes {@link #decode(String, String)} will decompress: 16 MiB (zip-bomb guard). */
  public static final int MAX_DECOMPRESSED_BYTES = 16 * 1024 * 1024;

  /** The {@code statusPurpose} of a list of revoked credentials. */
  public static final String REVOCATION = "revocation";

  /** The {@code statusPurpose} of a list of suspended credentials. */
  public static final String SUSPENSION = "suspension";

  /** The multibase prefix of base64url without padding. */
  static final char MULTIBASE_BASE64URL = 'u';

  private final String statusPurpose;
  private final byte[] bits;

  private BitstringStatusList(String statusPurpose, byte[] bits) {
    this.statusPurpose = statusPurpose;
    this.bits = bits;
  }

  /**
   * Returns an all-zero list of the minimum size, {@link #MIN_SIZE_BITS} bits.
   *
   * @throws IllegalArgumentException if {@code purpose} is not {@code revocation} or {@code
   *     suspension}
   */
  public static BitstringStatusList create(String purpose) {
    return create(purpose, MIN_SIZE_BITS);
  }

  /**
   * Returns an all-zero list of {@code sizeBits} bits.
   *
   * @throws IllegalArgumentException if {@code purpose} is not {@code revocation} or {@code
   *     suspension}, or {@code sizeBits} is below {@link #MIN_SIZE_BITS}, not a multiple of 8, or
   *     more than {@code 8 ×} {@link #MAX_DECOMPRESSED_BYTES}
   */
  public static BitstringStatusList create(String purpose, int sizeBits) {
    String p = checkPurpose(purpose);
    if (sizeBits < MIN_SIZE_BITS) {
      throw new IllegalArgumentException("status list size must be at least " + MIN_SIZE_BITS
          + " bits but was [" + sizeBits + "]");
    }
    if (sizeBits % 8 != 0) {
      throw new IllegalArgumentException("status list size must be a multiple of 8 bits but was ["
          + sizeBits + "]");
    }
    if (sizeBits / 8 > MAX_DECOMPRESSED_BYTES) {
      throw new IllegalArgumentException("status list size must be at most "
          + (long) MAX_DECOMPRESSED_BYTES * 8 + " bits but was [" + sizeBits + "]");
    }
    return new BitstringStatusList(p, new byte[sizeBits / 8]);
  }

  /**
   * Decodes a published {@code encodedList}: strips the multibase prefix {@code u}, base64url
   * decodes (no padding), GUNZIPs (at most {@link #MAX_DECOMPRESSED_BYTES}) and checks the
   * minimum size.
   *
   * @throws IllegalArgumentException with a message naming the problem: a bad purpose, a missing
   *     {@code u} prefix, text that is not base64url without padding, data that is not GZIP, data
   *     that decompresses to more than the limit, or a bitstring shorter than {@link
   *     #MIN_SIZE_BITS} bits
   */
  public static BitstringStatusList decode(String encodedList, String purpose) {
    String p = checkPurpose(purpose);
    Objects.requireNonNull(encodedList, "encodedList");
    if (encodedList.isEmpty() || encodedList.charAt(0) != MULTIBASE_BASE64URL) {
      throw new IllegalArgumentException(
          "encodedList must start with the multibase base64url prefix 'u'");
    }
    String body = encodedList.substring(1);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_';
      if (!ok) {
        throw new IllegalArgumentException("encodedList is not base64url without padding: bad"
            + " character at position " + (i + 1));
      }
    }
    byte[] compressed;
    try {
      compressed = Base64.getUrlDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("encodedList is not base64url without padding: "
          + e.getMessage(), e);
    }
    byte[] raw = gunzip(compressed);
    if (raw.length * 8L < MIN_SIZE_BITS) {
      throw new IllegalArgumentException("status list is too small: " + raw.length * 8L
          + " bits, the minimum is " + MIN_SIZE_BITS);
    }
    return new BitstringStatusList(p, raw);
  }

  /** Returns the list's {@code statusPurpose}. */
  public String statusPurpose() {
    return statusPurpose;
  }

  /** Returns the number of status bits. */
  public int size() {
    return bits.length * 8;
  }

  /** Returns a copy of the bitstring, index 0 being the most significant bit of byte 0. */
  public byte[] bytes() {
    return bits.clone();
  }

  /**
   * Returns the bit at {@code index}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, size())}
   */
  public boolean get(int index) {
    Objects.checkIndex(index, size());
    return (bits[index >>> 3] & (0x80 >>> (index & 7))) != 0;
  }

  /**
   * Returns a list equal to this one except that the bit at {@code index} is {@code value}.
   *
   * @throws IndexOutOfBoundsException if {@code index} is outside {@code [0, size())}
   */
  public BitstringStatusList set(int index, boolean value) {
    if (get(index) == value) {
      return this;
    }
    byte[] copy = bits.clone();
    int mask = 0x80 >>> (index & 7);
    copy[index >>> 3] = (byte) (value ? copy[index >>> 3] | mask : copy[index >>> 3] & ~mask);
    return new BitstringStatusList(statusPurpose, copy);
  }

  /**
   * Returns the published form: {@code "u"} followed by the base64url encoding, without padding,
   * of the GZIP-compressed bitstring. Deterministic: the GZIP header's modification time is 0.
   */
  public String encodedList() {
    return MULTIBASE_BASE64URL + Base64.getUrlEncoder().withoutPadding().encodeToString(gzip(bits));
  }

  private static String checkPurpose(String purpose) {
    if (REVOCATION.equals(purpose) || SUSPENSION.equals(purpose)) {
      return purpose;
    }
    throw new IllegalArgumentException("statusPurpose must be \"revocation\" or \"suspension\" but"
        + " was [" + purpose + "]");
  }

  private static byte[] gzip(byte[] data) {
    // GZIPOutputStream writes a fixed header: magic, deflate, no flags, MTIME 0, so output is stable.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen in memory
    }
    return out.toByteArray();
  }

  private static byte[] gunzip(byte[] compressed) {
    if (compressed.length < 2 || (compressed[0] & 0xff) != 0x1f || (compressed[1] & 0xff) != 0x8b) {
      throw new IllegalArgumentException("encodedList is not GZIP data: missing GZIP magic bytes");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed))) {
      byte[] buf = new byte[8192];
      long total = 0;
      int n;
      while ((n = in.read(buf)) != -1) {
        total += n;
        if (total > MAX_DECOMPRESSED_BYTES) {
          throw new IllegalArgumentException("encodedList decompresses to more than "
              + MAX_DECOMPRESSED_BYTES + " bytes");
        }
        out.write(buf, 0, n);
      }
    } catch (ZipException e) {
      throw new IllegalArgumentException("encodedList is not valid GZIP data: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("encodedList is not valid GZIP data: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /** Two lists are equal when their purposes and bits are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof BitstringStatusList other && statusPurpose.equals(other.statusPurpose)
        && Arrays.equals(bits, other.bits);
  }

  @Override
  public int hashCode() {
    return 31 * statusPurpose.hashCode() + Arrays.hashCode(bits);
  }

  @Override
  public String toString() {
    return "BitstringStatusList[statusPurpose=" + statusPurpose + ", size=" + size() + "]";
  }
}
