package org.digiskill.engine.certification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {
  private static final String URL = "https://certs.example.gov.vn/verify/urn:uuid:2f6c1d1e-8a4b-4c57-9d0e-0b7f3e5a9c11";

  /** A string of base64url characters, like a compact JWT. */
  static String jwtLike(int length, long seed) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(i % 400 == 399 ? '.' : alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void aUrlDecodesBackAtLevelMWithAFourModuleQuietZone() throws Exception {
    QrCode qr = QrCode.encode(URL);
    assertThat(qr.level()).isEqualTo(ErrorCorrectionLevel.M);
    assertThat(qr.matrix().getWidth()).isEqualTo(qr.modules() + 8).isEqualTo(qr.version() * 4 + 17 + 8);
    assertThat(qr.version()).isBetween(4, 6);
    BitMatrix m = qr.matrix();
    for (int i = 0; i < m.getWidth(); i++) {
      for (int k = 0; k < QrCode.QUIET_ZONE; k++) {
        assertThat(m.get(i, k) || m.get(k, i) || m.get(i, m.getWidth() - 1 - k) || m.get(m.getWidth() - 1 - k, i))
            .as("quiet zone at %d,%d", i, k).isFalse();
      }
    }
    assertThat(QrImages.decode(QrImages.draw(m, 4))).isEqualTo(URL);
  }

  @Test
  void aLongStringOfOneAndAHalfKilobytesDecodesBack() throws Exception {
    String content = jwtLike(1536, 7);
    QrCode qr = QrCode.encode(content);
    assertThat(qr.level()).isEqualTo(ErrorCorrectionLevel.M);
    assertThat(qr.version()).isBetween(30, 40);
    assertThat(QrImages.decode(QrImages.draw(qr.matrix(), 3))).isEqualTo(content);
  }

  @Test
  void vietnameseTextTravelsAsUtf8() throws Exception {
    String content = "Giấy chứng nhận – Nguyễn Văn An";
    assertThat(QrImages.decode(QrImages.draw(QrCode.encode(content).matrix(), 4))).isEqualTo(content);
  }

  @Test
  void contentTooLongForLevelMFallsBackToLevelL() throws Exception {
    String content = jwtLike(2600, 11);
    QrCode qr = QrCode.encode(content);
    assertThat(qr.level()).isEqualTo(ErrorCorrectionLevel.L);
    assertThat(qr.version()).isBetween(38, 40);
    assertThat(QrImages.decode(QrImages.draw(qr.matrix(), 3))).isEqualTo(content);
  }

  @Test
  void contentThatFitsNoQrCodeIsRefusedClearly() {
    String jwt = jwtLike(3000, 3);
    assertThatThrownBy(() -> QrCode.encode(jwt)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3000 UTF-8 bytes").hasMessageContaining("verification URL");
    assertThatThrownBy(() -> QrCode.encode("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLargestContentThatFitsIsMeasured() {
    // Byte mode after a 12-bit UTF-8 ECI header, version 40: one byte under the 2,331 (M) and
    // 2,953 (L) bytes of the standard's capacity table.
    assertThat(largest(true)).isEqualTo(2330);
    assertThat(largest(false)).isEqualTo(2952);
  }

  /** The length of the longest base64url string encoded at level M (or at any level). */
  private static int largest(boolean levelM) {
    int lo = 1;
    int hi = 3000;
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      boolean fits;
      try {
        fits = !levelM || QrCode.encode(jwtLike(mid, 1)).level() == ErrorCorrectionLevel.M;
        QrCode.encode(jwtLike(mid, 1));
      } catch (IllegalArgumentException e) {
        fits = false;
      }
      if (fits) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  @Test
  void theSvgDrawsExactlyTheDarkModulesAsMergedRuns() {
    QrCode qr = QrCode.encode(URL);
    String svg = qr.svg("qr-code", "label");
    int size = qr.matrix().getWidth();
    assertThat(svg).startsWith("<svg class=\"qr-code\"").contains("viewBox=\"0 0 " + size + " " + size + "\"")
        .contains("shape-rendering=\"crispEdges\"").contains("aria-label=\"label\"").endsWith("</svg>");
    BitMatrix redrawn = new BitMatrix(size);
    Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z").matcher(svg);
    int runs = 0;
    while (run.find()) {
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      int w = Integer.parseInt(run.group(3));
      assertThat(run.group(4)).isEqualTo(run.group(3));
      for (int i = 0; i < w; i++) {
        assertThat(redrawn.get(x + i, y)).as("drawn twice").isFalse();
        redrawn.set(x + i, y);
      }
      runs++;
    }
    assertThat(redrawn).isEqualTo(qr.matrix());
    int dark = 0;
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        dark += qr.matrix().get(x, y) ? 1 : 0;
      }
    }
    assertThat(runs).isLessThan(dark);
    assertThat(svg.getBytes(StandardCharsets.UTF_8).length).isLessThan(12_000);
  }

  @Test
  void aBadCssClassIsRefused() {
    assertThatThrownBy(() -> QrCode.encode(URL).svg("a\" onload=\"x", "label")).isInstanceOf(IllegalArgumentException.class);
  }
}
