package org.digiskill.engine.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {

  private static String u(byte[] bytes) {
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  @Test
  void create_defaultsToTheSpecMinimum_allZero() {
    BitstringStatusList list = BitstringStatusList.create("revocation");
    assertThat(list.size()).isEqualTo(131_072).isGreaterThanOrEqualTo(BitstringStatusList.MIN_SIZE_BITS);
    assertThat(list.statusPurpose()).isEqualTo("revocation");
    assertThat(list.bytes()).hasSize(16 * 1024).containsOnly((byte) 0);
  }

  @Test
  void index0_isTheMostSignificantBitOfTheFirstByte() {
    BitstringStatusList list = BitstringStatusList.create("suspension").set(0, true).set(9, true);
    byte[] b = list.bytes();
    assertThat(b[0] & 0xff).isEqualTo(0x80);
    assertThat(b[1] & 0xff).isEqualTo(0x40);
    assertThat(list.get(0)).isTrue();
    assertThat(list.get(1)).isFalse();
    assertThat(list.get(9)).isTrue();
    int last = list.size() - 1;
    assertThat(list.set(last, true).bytes()[list.size() / 8 - 1] & 0xff).isEqualTo(0x01);
  }

  @Test
  void set_returnsANewValue_andLeavesTheOriginalAlone() {
    BitstringStatusList a = BitstringStatusList.create("revocation");
    BitstringStatusList b = a.set(42, true);
    assertThat(a.get(42)).isFalse();
    assertThat(b.get(42)).isTrue();
    assertThat(b.set(42, false)).isEqualTo(a);
    byte[] leaked = b.bytes();
    leaked[5] = (byte) 0xff;
    assertThat(b.get(40)).isFalse();
  }

  @Test
  void allZeroList_encodesSmall_andStable() {
    BitstringStatusList list = BitstringStatusList.create("revocation");
    String first = list.encodedList();
    String second = BitstringStatusList.create("revocation").encodedList();
    assertThat(first).isEqualTo(second).startsWith("u").doesNotContain("=", "+", "/");
    assertThat(first.length()).isLessThan(200);
    byte[] gz = Base64.getUrlDecoder().decode(first.substring(1));
    assertThat(gz[0] & 0xff).isEqualTo(0x1f);
    assertThat(gz[1] & 0xff).isEqualTo(0x8b);
    assertThat(new byte[] {gz[4], gz[5], gz[6], gz[7]}).as("GZIP MTIME").containsOnly((byte) 0);
    assertThat(BitstringStatusList.decode(first, "revocation")).isEqualTo(list);
  }

  @Test
  void decode_knownVectorFromTheSpec_isAnEmpty16KbList() {
    // The all-zero 16 KB list of the W3C Bitstring Status List v1.0 examples.
    BitstringStatusList list = BitstringStatusList.decode(
        "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA", "revocation");
    assertThat(list.size()).isEqualTo(131_072);
    assertThat(list.bytes()).containsOnly((byte) 0);
  }

  @Test
  void create_refusesBadSizesAndPurposes() {
    assertThatThrownBy(() -> BitstringStatusList.create("revocation", 131_064))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 131072 bits");
    assertThatThrownBy(() -> BitstringStatusList.create("revocation", 131_073))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 8");
    assertThatThrownBy(() -> BitstringStatusList.create("message"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statusPurpose");
    assertThat(BitstringStatusList.create("suspension", 262_144).size()).isEqualTo(262_144);
  }

  @Test
  void get_outOfRange_throws() {
    BitstringStatusList list = BitstringStatusList.create("revocation");
    assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.get(131_072)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void decode_badInputs_giveClearMessages() {
    assertThatThrownBy(() -> BitstringStatusList.decode("H4sIAAAA", "revocation"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix 'u'");
    assertThatThrownBy(() -> BitstringStatusList.decode("", "revocation"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("prefix 'u'");
    assertThatThrownBy(() -> BitstringStatusList.decode("uH4sI+AAA/", "revocation"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not base64url");
    assertThatThrownBy(() -> BitstringStatusList.decode("uH4sIAA==", "revocation"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not base64url");
    assertThatThrownBy(() -> BitstringStatusList.decode("uA", "revocation"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not base64url");
    assertThatThrownBy(() -> BitstringStatusList.decode(u(new byte[] {1, 2, 3, 4}), "revocation"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not GZIP");
    assertThatThrownBy(() -> BitstringStatusList.decode(u(new byte[] {0x1f, (byte) 0x8b, 8, 0, 1}), "revocation"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid GZIP");
    assertThatThrownBy(() -> BitstringStatusList.decode("uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA", "refresh"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statusPurpose");
  }

  @Test
  void decode_tooSmall_isRefused() throws IOException {
    String small = u(gzip(new byte[1024]));
    assertThatThrownBy(() -> BitstringStatusList.decode(small, "revocation"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too small").hasMessageContaining("8192 bits");
  }

  @Test
  void decode_zipBomb_isRefused() throws IOException {
    String bomb = u(gzip(new byte[BitstringStatusList.MAX_DECOMPRESSED_BYTES + 1]));
    assertThat(bomb.length()).isLessThan(40_000);
    assertThatThrownBy(() -> BitstringStatusList.decode(bomb, "revocation"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 16777216 bytes");
  }
}
