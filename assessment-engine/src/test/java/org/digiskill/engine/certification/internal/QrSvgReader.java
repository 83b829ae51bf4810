package org.digiskill.engine.certification.internal;

import com.google.zxing.common.BitMatrix;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper: reads back the module matrix of the first QR code SVG in a page. */
public final class QrSvgReader {
  private static final Pattern VIEW_BOX = Pattern.compile("<svg class=\"qr-code\"[^>]*viewBox=\"0 0 (\\d+) (\\d+)\"");
  private static final Pattern PATH = Pattern.compile("<path fill=\"#000\" d=\"([^\"]*)\"");
  private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\3z");

  private QrSvgReader() {}

  /** Returns the matrix drawn by the page's QR code SVG; fails when there is none. */
  public static BitMatrix matrix(String html) {
    Matcher box = VIEW_BOX.matcher(html);
    if (!box.find()) {
      throw new AssertionError("no QR code SVG in the page");
    }
    int size = Integer.parseInt(box.group(1));
    Matcher path = PATH.matcher(html);
    if (!path.find(box.end())) {
      throw new AssertionError("the QR code SVG has no path");
    }
    String d = path.group(1);
    BitMatrix m = new BitMatrix(size);
    Matcher run = RUN.matcher(d);
    int end = 0;
    while (run.find()) {
      if (run.start() != end) {
        throw new AssertionError("unexpected path data at " + end + ": " + d.substring(end, Math.min(d.length(), end + 20)));
      }
      end = run.end();
      int x = Integer.parseInt(run.group(1));
      int y = Integer.parseInt(run.group(2));
      m.setRegion(x, y, Integer.parseInt(run.group(3)), 1);
    }
    if (end != d.length()) {
      throw new AssertionError("unexpected path data at " + end);
    }
    return m;
  }
}
