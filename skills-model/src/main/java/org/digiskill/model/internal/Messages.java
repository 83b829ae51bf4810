package org.digiskill.model.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.digiskill.model.LocalizedText;

/**
 * The Vietnamese and English texts of every violation code, read once from {@code
 * messages_vi.properties} and {@code messages_en.properties} beside this class.
 *
 * <p>Templates use {@code {0}}, {@code {1}}, ... for arguments; values are put in brackets by the
 * caller so that empty strings show. Plain replacement rather than {@code MessageFormat}, whose
 * quoting rules would garble apostrophes in the texts.
 */
public final class Messages {
  private static final Properties VI = load("messages_vi.properties");
  private static final Properties EN = load("messages_en.properties");

  private Messages() {}

  /** Returns the message for a code in both languages, with the arguments filled in. */
  public static LocalizedText text(String code, Object... args) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("vi", fill(VI.getProperty(code, EN.getProperty(code, code)), args));
    m.put("en", fill(EN.getProperty(code, code), args));
    return new LocalizedText(m);
  }

  /** Returns true when both languages have a text for this code. */
  public static boolean knows(String code) {
    return VI.containsKey(code) && EN.containsKey(code);
  }

  /** Returns every code that has a text, for tests that check the two files agree. */
  public static java.util.Set<String> codes(String language) {
    return ("vi".equals(language) ? VI : EN).stringPropertyNames();
  }

  private static String fill(String template, Object... args) {
    String out = template;
    for (int i = 0; i < args.length; i++) {
      out = out.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return out;
  }

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
