package org.digiskill.engine.certification.internal;

import java.text.Normalizer;

/** Text for HTML pages: NFC-normalised and escaped. */
public final class HtmlText {
  private HtmlText() {}

  /**
   * Returns the text in Unicode NFC (so that Vietnamese letters are single precomposed code
   * points), escaped for use in HTML text and in quoted attribute values. Control characters other
   * than tab and line feed, and lone surrogates, become U+FFFD.
   */
  public static String escape(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\t', '\n' -> sb.append(c);
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate(c)) {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
