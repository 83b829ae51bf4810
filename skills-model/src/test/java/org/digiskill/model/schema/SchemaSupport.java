package org.digiskill.model.schema;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What the schema tests share: YAML as the library reads it, error messages, fixture listing. */
final class SchemaSupport {
  /** Jackson 2, as the library reads documents: YAML scalars get the types the library sees. */
  static final YAMLMapper YAML = new YAMLMapper();

  static final ObjectMapper JSON = new ObjectMapper();

  private SchemaSupport() {}

  static String yamlToJson(String yaml) {
    try {
      return JSON.writeValueAsString(YAML.readTree(yaml));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> messages(List<Error> errors) {
    return errors.stream().map(e -> pointer(e) + " " + e.getKeyword() + ": " + e.getMessage()).toList();
  }

  /** The instance location of an error as a JSON Pointer. */
  static String pointer(Error e) {
    NodePath path = e.getInstanceLocation();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      sb.append('/').append(String.valueOf(path.getElement(i)).replace("~", "~0").replace("/", "~1"));
    }
    return sb.toString();
  }

  /** The regular files of a folder, sorted; none when it does not exist. */
  static Stream<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Stream.empty();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList().stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
