package org.digiskill.model.schema;

import static org.digiskill.model.schema.SchemaSupport.files;
import static org.digiskill.model.schema.SchemaSupport.messages;
import static org.digiskill.model.schema.SchemaSupport.pointer;
import static org.digiskill.model.schema.SchemaSupport.yamlToJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.digiskill.model.framework.Citation;
import org.digiskill.model.framework.Competence;
import org.digiskill.model.framework.CompetenceArea;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.Crosswalk;
import org.digiskill.model.framework.CrosswalkLink;
import org.digiskill.model.framework.FrameworkRef;
import org.digiskill.model.framework.LevelGroup;
import org.digiskill.model.framework.ProficiencyLevel;
import org.digiskill.model.framework.ProficiencyScale;
import org.digiskill.model.framework.Relation;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the published JSON Schema {@code docs/schema/framework.schema.json}: it is a valid draft
 * 2020-12 schema, it accepts every built-in framework, every valid fixture and whatever {@link
 * Documents} writes, it rejects the invalid fixtures whose fault is one of shape, and it describes
 * the same properties as the model classes.
 */
class FrameworkSchemaTest {
  /** Maven runs tests with the module directory as working directory. */
  private static final Path SCHEMA_FILE = Path.of("../docs/schema/framework.schema.json");

  private static final Path CATALOGUE = Path.of("src/main/resources/org/digiskill/model/catalogue");
  private static final Path VALID = Path.of("src/test/resources/fixtures/valid");
  private static final Path INVALID = Path.of("src/test/resources/fixtures/invalid");

  private static final YAMLMapper YAML = SchemaSupport.YAML;

  private static final ObjectMapper JSON = SchemaSupport.JSON;

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static final String SCHEMA_TEXT = read(SCHEMA_FILE);
  private static final Schema SCHEMA = REGISTRY.getSchema(SCHEMA_TEXT, InputFormat.JSON);

  // ------------------------------------------------------------------ the schema itself

  @Test
  void schemaIsValidAgainstTheDraft202012MetaSchema() {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    List<Error> errors = meta.validate(SCHEMA_TEXT, InputFormat.JSON);
    assertThat(errors).as("meta-schema errors").isEmpty();

    JsonNode root = tree(SCHEMA_FILE);
    assertThat(root.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(root.path("$id").asText()).isEqualTo("https://digiskill.org/schema/framework-1.schema.json");
  }

  @Test
  void everyPatternIsAValidRegularExpressionAndEveryRefResolves() {
    JsonNode root = tree(SCHEMA_FILE);
    List<String> problems = new ArrayList<>();
    walk(root, "", (path, node) -> {
      JsonNode pattern = node.get("pattern");
      if (pattern != null) {
        try {
          Pattern.compile(pattern.asText());
        } catch (RuntimeException e) {
          problems.add(path + ": bad pattern " + pattern + ": " + e.getMessage());
        }
      }
      JsonNode ref = node.get("$ref");
      if (ref != null) {
        String r = ref.asText();
        if (!r.startsWith("#/") || root.at(r.substring(1)).isMissingNode()) {
          problems.add(path + ": unresolved $ref " + r);
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  /** Editors show titles and descriptions as completion help; objects must be closed. */
  @Test
  void everyPropertyIsDocumentedAndEveryObjectIsClosed() {
    JsonNode root = tree(SCHEMA_FILE);
    List<String> problems = new ArrayList<>();
    walk(root, "", (path, node) -> {
      JsonNode props = node.get("properties");
      if (props != null) {
        if (!node.path("additionalProperties").isBoolean() || node.path("additionalProperties").asBoolean()) {
          problems.add(path + ": additionalProperties is not false");
        }
        props.properties().forEach(e -> {
          for (String k : List.of("title", "description")) {
            if (!e.getValue().path(k).isTextual() || e.getValue().path(k).asText().isBlank()) {
              problems.add(path + "/properties/" + e.getKey() + ": no " + k);
            }
          }
        });
        for (JsonNode req : node.path("required")) {
          if (!props.has(req.asText())) {
            problems.add(path + ": required [" + req.asText() + "] is not a property");
          }
        }
      }
      if (node.has("additionalProperties") && node.get("additionalProperties").isObject()) {
        JsonNode ap = node.get("additionalProperties");
        if (!ap.path("description").isTextual()) {
          problems.add(path + "/additionalProperties: no description");
        }
      }
    });
    for (JsonNode def : root.path("$defs")) {
      if (!def.path("title").isTextual() || !def.path("description").isTextual()) {
        problems.add("a $defs entry has no title or description: " + def);
      }
    }
    assertThat(problems).isEmpty();
  }

  // ------------------------------------------------------------------ documents it must accept

  static Stream<Path> catalogueFiles() {
    return yamlFiles(CATALOGUE);
  }

  @Test
  void thereAreAtLeastThreeBuiltInFrameworks() {
    assertThat(catalogueFiles().toList())
        .as("built-in framework files under " + CATALOGUE.toAbsolutePath().normalize())
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogueFiles")
  void everyBuiltInFrameworkValidates(Path file) {
    assertThat(messages(validate(file))).as(file.toString()).isEmpty();
  }

  /** The valid fixtures whose kind is framework (other kinds have their own schemas). */
  static Stream<Path> validFixtures() {
    return files(VALID).filter(FrameworkSchemaTest::isFramework);
  }

  private static boolean isFramework(Path file) {
    try {
      String name = file.getFileName().toString();
      if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
        return false;
      }
      JsonNode kind = YAML.readTree(file.toFile()).get("kind");
      return kind != null && "framework".equals(kind.asText());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFixtures")
  void everyValidFixtureValidates(Path file) {
    assertThat(messages(validate(file))).as(file.toString()).isEmpty();
  }

  /** Whatever the library writes, the schema accepts: the two describe the same format. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogueFiles")
  void documentsWrittenByTheLibraryValidate(Path file) {
    CompetencyFramework f = Documents.standard().readFramework(file);
    String json = Documents.standard().write(f, DocumentFormat.JSON);
    String yaml = Documents.standard().write(f, DocumentFormat.YAML);
    assertThat(messages(SCHEMA.validate(json, InputFormat.JSON))).as("JSON of " + file).isEmpty();
    assertThat(messages(SCHEMA.validate(yamlToJson(yaml), InputFormat.JSON))).as("YAML of " + file).isEmpty();
  }

  // ------------------------------------------------------------------ documents it must reject

  /**
   * The invalid fixtures whose fault is one of shape, with the keyword and the instance location
   * (JSON Pointer) of the error expected. Duplicate codes, dangling crosswalks, duplicate keys and
   * truncated files are semantic or syntactic faults, not the schema's job.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "unknown-property.yaml,     additionalProperties, /areas/0",
    "wrong-type.yaml,           type,                 /version",
    "newer-schema-version.yaml, pattern,              /schemaVersion",
    "missing-required.yaml,     required,             ''",
    "wrong-kind.yaml,           const,                /kind",
    "bad-relation.yaml,         enum,                 /crosswalks/0/links/0/relation",
    "null-value.yaml,           type,                 /areas/0/description",
  })
  void invalidFixturesAreRejected(String name, String keyword, String pointer) {
    Path file = INVALID.resolve(name);
    assertThat(file).exists();
    List<Error> errors = validate(file);
    assertThat(errors).as(name + " is rejected").isNotEmpty();
    assertThat(errors)
        .as(name + " is rejected for the expected reason; errors: " + messages(errors))
        .anySatisfy(e -> {
          assertThat(e.getKeyword()).isEqualTo(keyword);
          assertThat(pointer(e)).isEqualTo(pointer);
        });
  }

  static Stream<Arguments> mutations() {
    return Stream.of(
        mutation("unquoted level code", d -> ((ObjectNode) levels(d).get(0)).put("code", 1), "type"),
        mutation("code with a space", d -> area(d).put("code", "area 1"), "pattern"),
        mutation("upper-case id", d -> ((ObjectNode) d).put("id", "Example"), "pattern"),
        mutation("no areas", d -> ((ObjectNode) d).putArray("areas"), "minItems"),
        mutation("area without competences", d -> area(d).putArray("competences"), "minItems"),
        mutation("no levels", d -> ((ObjectNode) d.get("scale")).putArray("levels"), "minItems"),
        mutation("empty title", d -> ((ObjectNode) d).putObject("title"), "minProperties"),
        mutation("blank text", d -> ((ObjectNode) d.get("title")).put("en", "  "), "pattern"),
        mutation("bad language tag", d -> ((ObjectNode) d.get("title")).put("english", "x"), "propertyNames"),
        mutation("bad default language", d -> ((ObjectNode) d).put("defaultLanguage", "vi_VN"), "pattern"),
        mutation("title as a string", d -> ((ObjectNode) d).put("title", "Example"), "type"),
        mutation("descriptor key not a code", d -> descriptors(d).set("level one", d.get("title")), "propertyNames"),
        mutation("schema version 1", d -> ((ObjectNode) d).put("schemaVersion", "1"), "pattern"),
        mutation("schema version as a number", d -> ((ObjectNode) d).put("schemaVersion", 1.0), "type"),
        mutation("missing kind", d -> ((ObjectNode) d).remove("kind"), "required"),
        mutation("crosswalk without links", d -> crosswalk(d).putArray("links"), "minItems"),
        mutation("crosswalk target without version", d -> ((ObjectNode) crosswalk(d).get("target")).remove("version"), "required"),
        mutation("source url not http", d -> ((ObjectNode) d).putObject("source").put("text", "x").put("url", "ftp://x"), "pattern"),
        mutation("source without text", d -> ((ObjectNode) d).putObject("source").put("url", "https://x"), "required"),
        mutation("unknown level property", d -> ((ObjectNode) levels(d).get(0)).put("rank", 1), "additionalProperties"));
  }

  /** Each mutation of the minimal valid fixture breaks one rule the schema must enforce. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void shapeMistakesAreRejected(String what, Consumer<JsonNode> mutate, String keyword) throws IOException {
    JsonNode doc = YAML.readTree(VALID.resolve("minimal-framework.yaml").toFile());
    ((ObjectNode) doc)
        .putArray("crosswalks")
        .addObject()
        .<ObjectNode>set("target", JSON.createObjectNode().put("id", "digcomp").put("version", "2.2"))
        .putArray("links")
        .addObject()
        .put("source", "1.1")
        .put("target", "1.1")
        .put("relation", "exact");
    assertThat(messages(SCHEMA.validate(doc.toString(), InputFormat.JSON))).as("before: " + what).isEmpty();
    mutate.accept(doc);
    List<Error> errors = SCHEMA.validate(doc.toString(), InputFormat.JSON);
    assertThat(errors).as(what).extracting(Error::getKeyword).contains(keyword);
  }

  // ------------------------------------------------------------------ the schema follows the model

  @Test
  void schemaHasTheModelsPropertiesAndRequiresWhatTheModelRequires() {
    JsonNode root = tree(SCHEMA_FILE);
    Map<Class<?>, JsonNode> objects =
        Map.of(
            CompetencyFramework.class, root,
            ProficiencyScale.class, def(root, "proficiencyScale"),
            ProficiencyLevel.class, def(root, "proficiencyLevel"),
            LevelGroup.class, def(root, "levelGroup"),
            CompetenceArea.class, def(root, "competenceArea"),
            Competence.class, def(root, "competence"),
            Citation.class, def(root, "citation"),
            Crosswalk.class, def(root, "crosswalk"),
            CrosswalkLink.class, def(root, "crosswalkLink"),
            FrameworkRef.class, def(root, "frameworkRef"));
    // The envelope properties are read by Documents, not bound to CompetencyFramework.
    Set<String> envelope = Set.of("schemaVersion", "kind");
    // FrameworkRef has no @JsonProperty(required = true) but its constructor refuses nulls.
    Map<Class<?>, Set<String>> requiredByConstructor = Map.of(FrameworkRef.class, Set.of("id", "version"));

    List<String> problems = new ArrayList<>();
    objects.forEach((type, schema) -> {
      BeanDescription d = JSON.getDeserializationConfig().introspect(JSON.constructType(type));
      Set<String> modelProps = new TreeSet<>();
      Set<String> modelRequired = new TreeSet<>();
      for (BeanPropertyDefinition p : d.findProperties()) {
        if (p.couldDeserialize()) {
          modelProps.add(p.getName());
          if (p.isRequired()) {
            modelRequired.add(p.getName());
          }
        }
      }
      modelRequired.addAll(requiredByConstructor.getOrDefault(type, Set.of()));
      Set<String> schemaProps = new TreeSet<>(names(() -> schema.path("properties").fieldNames()));
      Set<String> schemaRequired = new TreeSet<>();
      schema.path("required").forEach(n -> schemaRequired.add(n.asText()));
      if (type == CompetencyFramework.class) {
        schemaProps.removeAll(envelope);
        schemaRequired.removeAll(envelope);
      }
      if (!schemaProps.equals(modelProps)) {
        problems.add(type.getSimpleName() + ": schema properties " + schemaProps + " but model " + modelProps);
      }
      if (!schemaRequired.equals(modelRequired)) {
        problems.add(type.getSimpleName() + ": schema requires " + schemaRequired + " but model " + modelRequired);
      }
    });
    assertThat(problems).isEmpty();

    assertThat(root.path("required").toString()).contains("\"schemaVersion\"", "\"kind\"");
    assertThat(root.at("/properties/kind/const").asText()).isEqualTo(Documents.KIND_FRAMEWORK);
    assertThat(Documents.SCHEMA_VERSION).matches(root.at("/properties/schemaVersion/pattern").asText());
    List<String> relations = new ArrayList<>();
    root.at("/$defs/crosswalkLink/properties/relation/enum").forEach(n -> relations.add(n.asText()));
    assertThat(relations)
        .containsExactlyElementsOf(Arrays.stream(Relation.values()).map(Relation::jsonName).toList());
  }

  // ------------------------------------------------------------------ helpers

  private static List<Error> validate(Path file) {
    String name = file.getFileName().toString();
    String json = name.endsWith(".json") ? read(file) : yamlToJson(read(file));
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  private static Stream<Path> yamlFiles(Path dir) {
    return files(dir).filter(p -> p.getFileName().toString().endsWith(".yaml"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode tree(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode def(JsonNode root, String name) {
    JsonNode d = root.path("$defs").path(name);
    assertThat(d.isObject()).as("$defs/" + name).isTrue();
    return d;
  }

  private static Set<String> names(Iterable<String> it) {
    Set<String> s = new TreeSet<>();
    it.forEach(s::add);
    return s;
  }

  /** Calls {@code visit} for every object node of the schema, with its JSON Pointer. */
  private static void walk(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> visit) {
    if (node.isObject()) {
      visit.accept(path, node);
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!List.of("examples", "enum", "const").contains(e.getKey())) {
          walk(e.getValue(), path + "/" + e.getKey(), visit);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, visit);
      }
    }
  }

  private static Arguments mutation(String what, Consumer<JsonNode> mutate, String keyword) {
    return Arguments.of(what, mutate, keyword);
  }

  private static ArrayNode levels(JsonNode d) {
    return (ArrayNode) d.get("scale").get("levels");
  }

  private static ObjectNode area(JsonNode d) {
    return (ObjectNode) d.get("areas").get(0);
  }

  private static ObjectNode descriptors(JsonNode d) {
    return (ObjectNode) area(d).get("competences").get(0).get("levelDescriptors");
  }

  private static ObjectNode crosswalk(JsonNode d) {
    return (ObjectNode) d.get("crosswalks").get(0);
  }
}
