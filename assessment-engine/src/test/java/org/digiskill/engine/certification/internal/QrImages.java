package org.digiskill.engine.certification.internal;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;

/** Test helpers: draw a QR matrix as a picture, and read a QR code back from a picture with zxing. */
public final class QrImages {
  private QrImages() {}

  /** Draws the matrix, quiet zone included, with {@code scale} pixels a module. */
  public static BufferedImage draw(BitMatrix matrix, int scale) {
    int size = matrix.getWidth() * scale;
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        img.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
      }
    }
    return img;
  }

  /** Decodes the one QR code in the picture, trying hard; fails when there is none. */
  public static String decode(BufferedImage img) throws NotFoundException, ChecksumException, FormatException {
    int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
    LuminanceSource source = new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels);
    Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
    hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
    hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
    Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints);
    return result.getText();
  }
}
