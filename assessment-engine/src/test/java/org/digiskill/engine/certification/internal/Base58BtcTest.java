package org.digiskill.engine.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

class Base58BtcTest {

  @Test
  void encodesTheKnownVectorsOfTheBase58Draft() {
    // draft-msporny-base58 test vectors.
    assertThat(Base58Btc.encode("Hello World!".getBytes(StandardCharsets.US_ASCII))).isEqualTo("2NEpo7TZRRrLZSi2U");
    assertThat(Base58Btc.encode("The quick brown fox jumps over the lazy dog.".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("USm3fpXnKG5EUBx2ndxBDMPVciP5hGey2Jh4NDv6gmeo1LkMeiKrLJUUBk6Z");
    assertThat(Base58Btc.encode(HexFormat.of().parseHex("0000287fb4cd"))).isEqualTo("11233QC4");
  }

  @Test
  void decodesTheKnownVectors() {
    assertThat(new String(Base58Btc.decode("2NEpo7TZRRrLZSi2U"), StandardCharsets.US_ASCII)).isEqualTo("Hello World!");
    assertThat(HexFormat.of().formatHex(Base58Btc.decode("11233QC4"))).isEqualTo("0000287fb4cd");
  }

  @Test
  void leadingZeroBytesBecomeLeadingOnes() {
    assertThat(Base58Btc.encode(new byte[0])).isEmpty();
    assertThat(Base58Btc.encode(new byte[] {0})).isEqualTo("1");
    assertThat(Base58Btc.encode(new byte[] {0, 0, 0})).isEqualTo("111");
    assertThat(Base58Btc.encode(new byte[] {0, 0, 1})).isEqualTo("112");
    assertThat(Base58Btc.decode("111")).containsExactly(0, 0, 0);
    assertThat(Base58Btc.encode(new byte[] {57})).isEqualTo("z");
    assertThat(Base58Btc.encode(new byte[] {58})).isEqualTo("21");
  }

  @Test
  void refusesCharactersOutsideTheAlphabet() {
    for (String bad : List.of("0", "O", "I", "l", "+", "é", "2NEpo7TZRRrLZSi2U0")) {
      assertThatThrownBy(() -> Base58Btc.decode(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void decodingInvertsEncodingForAnyBytes() {
    qt().withExamples(500)
        .forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 255)).ofSizeBetween(0, 80),
            SourceDSL.integers().between(0, 4))
        .checkAssert((values, zeros) -> {
          byte[] bytes = new byte[zeros + values.size()];
          for (int i = 0; i < values.size(); i++) {
            bytes[zeros + i] = (byte) (int) values.get(i);
          }
          String text = Base58Btc.encode(bytes);
          assertThat(text).matches("[1-9A-HJ-NP-Za-km-z]*");
          assertThat(Base58Btc.decode(text)).containsExactly(bytes);
          int leadingZeros = 0;
          while (leadingZeros < bytes.length && bytes[leadingZeros] == 0) {
            leadingZeros++;
          }
          assertThat(text).startsWith("1".repeat(leadingZeros));
          assertThat(text.length() > leadingZeros && text.charAt(leadingZeros) == '1').isFalse();
        });
  }
}
