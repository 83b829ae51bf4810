package org.digiskill.model.io;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two syntaxes a document may be written in. */
public enum DocumentFormat {
  /** JSON (RFC 8259), files ending in {@code .json}. */
  JSON,
  /** YAML 1.1 as read by SnakeYAML, files ending in {@code .yaml} or {@code .yml}. */
  YAML;

  /** Returns the format a file name's extension implies, if it implies one. */
  public static Optional<DocumentFormat> of(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (n.endsWith(".yaml") || n.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
