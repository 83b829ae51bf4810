package org.digiskill.engine.certification.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * QR codes for printed certificates, drawn as inline SVG.
 *
 * <p>Content is encoded as UTF-8 bytes (with a UTF-8 ECI header) at error correction level M
 * (about 15% of the code may be damaged), with the standard quiet zone of 4 modules. Content
 * too long for level M falls back to level L (about 7%): after the ECI header a version 40 code
 * holds 2,330 bytes at M and 2,952 at L. A compact VC-JWT of 2–4 KB is therefore often refused, and
 * even when it fits it needs a 177-module code that is hard to scan on paper: print a short
 * verification URL instead.
 */
public final class QrCode {
  /** The quiet zone around the code, in modules, as ISO/IEC 18004 asks. */
  public static final int QUIET_ZONE = 4;

  private final BitMatrix matrix;
  private final ErrorCorrectionLevel level;

  private QrCode(BitMatrix matrix, ErrorCorrectionLevel level) {
    this.matrix = matrix;
    this.level = level;
  }

  /**
   * Encodes the content.
   *
   * @param content the text to encode, such as a verification URL
   * @return the code
   * @throws IllegalArgumentException when the content is empty or does not fit a QR code even at
   *     level L
   */
  public static QrCode encode(String content) {
    Objects.requireNonNull(content, "content");
    if (content.isEmpty()) {
      throw new IllegalArgumentException("QR content is empty");
    }
    WriterException tooBig = null;
    for (ErrorCorrectionLevel level : new ErrorCorrectionLevel[] {ErrorCorrectionLevel.M, ErrorCorrectionLevel.L}) {
      Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
      hints.put(EncodeHintType.ERROR_CORRECTION, level);
      hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
      hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
      try {
        // Width and height 0: one matrix cell per module, quiet zone included.
        return new QrCode(new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints), level);
      } catch (WriterException e) {
        tooBig = e;
      }
    }
    throw new IllegalArgumentException("QR content of " + content.getBytes(StandardCharsets.UTF_8).length
        + " UTF-8 bytes does not fit a QR code (a version 40 code holds at most 2,952, at error correction"
        + " level L); print a short verification URL instead", tooBig);
  }

  /** Returns the modules, quiet zone included: true is dark. */
  public BitMatrix matrix() {
    return matrix;
  }

  /** Returns the error correction level used: M, or L when the content did not fit at M. */
  public ErrorCorrectionLevel level() {
    return level;
  }

  /** Returns the QR version, 1 to 40. */
  public int version() {
    return (modules() - 17) / 4;
  }

  /** Returns the number of modules on a side, quiet zone excluded. */
  public int modules() {
    return matrix.getWidth() - 2 * QUIET_ZONE;
  }

  /**
   * Returns the code as an SVG element whose user unit is one module: a white square, quiet zone
   * included, under one black path made of the horizontal runs of dark modules. The caller sizes
   * it with CSS.
   *
   * @param cssClass the element's class attribute; letters, digits and dashes only
   * @param label the accessible name, already escaped for HTML
   */
  public String svg(String cssClass, String label) {
    if (!cssClass.matches("[A-Za-z0-9-]+")) {
      throw new IllegalArgumentException("bad CSS class: " + cssClass);
    }
    int size = matrix.getWidth();
    StringBuilder d = new StringBuilder(size * size / 2);
    for (int y = 0; y < size; y++) {
      int x = 0;
      while (x < size) {
        if (!matrix.get(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < size && matrix.get(x, y)) {
          x++;
        }
        d.append('M').append(start).append(' ').append(y).append('h').append(x - start).append("v1h-")
            .append(x - start).append('z');
      }
    }
    return "<svg class=\"" + cssClass + "\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
        + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + label + "\">"
        + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
        + "<path fill=\"#000\" d=\"" + d + "\"/></svg>";
  }
}
