package org.digiskill.model.schema;

import static org.digiskill.model.schema.SchemaSupport.files;
import static org.digiskill.model.schema.SchemaSupport.messages;
import static org.digiskill.model.schema.SchemaSupport.pointer;
import static org.digiskill.model.schema.SchemaSupport.yamlToJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonSubTypes;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.assessment.AttemptPolicy;
import org.digiskill.model.assessment.CertificationPolicy;
import org.digiskill.model.assessment.CertificationRule;
import org.digiskill.model.assessment.Combine;
import org.digiskill.model.assessment.Draw;
import org.digiskill.model.assessment.LevelRule;
import org.digiskill.model.assessment.Section;
import org.digiskill.model.framework.FrameworkRef;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.item.Alignment;
import org.digiskill.model.item.Choice;
import org.digiskill.model.item.IrtParameters;
import org.digiskill.model.item.Item;
import org.digiskill.model.item.ItemFeedback;
import org.digiskill.model.item.Media;
import org.digiskill.model.item.Parts;
import org.digiskill.model.item.ScoringRule;
import org.digiskill.model.item.TextMatchPolicy;
import org.digiskill.model.response.AdministrationContext;
import org.digiskill.model.response.Response;
import org.digiskill.model.response.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the published JSON Schemas {@code docs/schema/assessment.schema.json} and {@code
 * docs/schema/submission.schema.json}: they are valid draft 2020-12 schemas, they accept the valid
 * fixtures and whatever {@link Documents} writes, they reject mistakes of shape, and they describe
 * the same properties, required properties, type names and enumerations as the model classes.
 */
class AssessmentSchemaTest {
  /** Maven runs tests with the module directory as working directory. */
  private static final Path ASSESSMENT_FILE = Path.of("../docs/schema/assessment.schema.json");

  private static final Path SUBMISSION_FILE = Path.of("../docs/schema/submission.schema.json");
  private static final Path VALID = Path.of("src/test/resources/fixtures/valid");
  private static final Path INVALID_ASSESSMENTS = Path.of("src/test/resources/fixtures/invalid-assessments");
  private static final Path MINI = VALID.resolve("mini-assessment.yaml");
  private static final Path MINI_SUBMISSION = VALID.resolve("mini-submission.json");

  private static final YAMLMapper YAML = SchemaSupport.YAML;

  private static final ObjectMapper JSON = SchemaSupport.JSON;

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema ASSESSMENT = REGISTRY.getSchema(read(ASSESSMENT_FILE), InputFormat.JSON);
  private static final Schema SUBMISSION = REGISTRY.getSchema(read(SUBMISSION_FILE), InputFormat.JSON);

  // ------------------------------------------------------------------ the schemas themselves

  static Stream<Arguments> schemaFiles() {
    return Stream.of(
        Arguments.of(ASSESSMENT_FILE, "https://digiskill.org/schema/assessment-1.schema.json"),
        Arguments.of(SUBMISSION_FILE, "https://digiskill.org/schema/submission-1.schema.json"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaFiles")
  void schemaIsValidAgainstTheDraft202012MetaSchema(Path file, String id) {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    assertThat(meta.validate(read(file), InputFormat.JSON)).as("meta-schema errors").isEmpty();
    JsonNode root = tree(file);
    assertThat(root.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(root.path("$id").asText()).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaFiles")
  void everyPatternIsAValidRegularExpressionAndEveryRefResolves(Path file, String id) {
    JsonNode root = tree(file);
    List<String> problems = new ArrayList<>();
    walk(root, "", (path, node) -> {
      JsonNode pattern = node.get("pattern");
      if (pattern != null && pattern.isTextual()) {
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

  /**
   * Editors show titles and descriptions as completion help; objects must be closed. The one
   * exception is a dispatcher on {@code type} (items, scoring rules, certification rules,
   * responses): it lists only {@code type} and hands the object to a closed schema per type.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaFiles")
  void everyPropertyIsDocumentedAndEveryObjectIsClosed(Path file, String id) {
    JsonNode root = tree(file);
    List<String> problems = new ArrayList<>();
    walk(root, "", (path, node) -> {
      if (path.endsWith("/if")) {
        return; // a condition, not a description of the document
      }
      JsonNode props = node.get("properties");
      if (props != null) {
        boolean dispatcher = isDispatcher(node);
        if (!dispatcher && (!node.path("additionalProperties").isBoolean() || node.path("additionalProperties").asBoolean())) {
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
        if (!node.get("additionalProperties").path("description").isTextual()) {
          problems.add(path + "/additionalProperties: no description");
        }
      }
    });
    root.path("$defs").properties().forEach(e -> {
      if (!e.getValue().path("title").isTextual() || !e.getValue().path("description").isTextual()) {
        problems.add("$defs/" + e.getKey() + " has no title or description");
      }
    });
    assertThat(problems).isEmpty();
  }

  /** Each dispatcher has one if/then per type it names, and each then-schema requires that type. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("schemaFiles")
  void everyDispatcherCoversExactlyItsTypes(Path file, String id) {
    JsonNode root = tree(file);
    List<String> problems = new ArrayList<>();
    int[] dispatchers = {0};
    walk(root, "", (path, node) -> {
      if (node.has("properties") && isDispatcher(node)) {
        dispatchers[0]++;
        List<String> named = new ArrayList<>();
        node.at("/properties/type/enum").forEach(n -> named.add(n.asText()));
        List<String> dispatched = new ArrayList<>();
        for (JsonNode clause : node.get("allOf")) {
          String type = clause.at("/if/properties/type/const").asText();
          dispatched.add(type);
          JsonNode target = root.at(clause.at("/then/$ref").asText().substring(1));
          if (!type.equals(target.at("/properties/type/const").asText())) {
            problems.add(path + ": [" + type + "] goes to a schema whose type is " + target.at("/properties/type"));
          }
        }
        if (!named.equals(dispatched)) {
          problems.add(path + ": names " + named + " but dispatches " + dispatched);
        }
      }
    });
    assertThat(dispatchers[0]).isPositive();
    assertThat(problems).isEmpty();
  }

  private static boolean isDispatcher(JsonNode node) {
    JsonNode props = node.get("properties");
    return props != null && props.size() == 1 && props.has("type") && node.has("allOf") && !node.has("additionalProperties");
  }

  // ------------------------------------------------------------------ documents they must accept

  /** The valid fixtures whose kind is assessment, and the invalid-assessment corpus, whose faults are semantic only. */
  static Stream<Path> assessmentFixtures() {
    return Stream.concat(files(VALID).filter(AssessmentSchemaTest::isAssessment), files(INVALID_ASSESSMENTS));
  }

  @Test
  void thereAreAssessmentFixtures() {
    assertThat(assessmentFixtures().toList()).contains(MINI).hasSizeGreaterThan(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("assessmentFixtures")
  void everyAssessmentFixtureValidates(Path file) {
    assertThat(messages(ASSESSMENT.validate(yamlToJson(read(file)), InputFormat.JSON))).as(file.toString()).isEmpty();
  }

  /** Whatever the library writes, the schema accepts: the two describe the same format. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("assessmentFixtures")
  void assessmentsWrittenByTheLibraryAsJsonValidate(Path file) {
    Assessment a = Documents.standard().readAssessment(file);
    String json = Documents.standard().write(a, DocumentFormat.JSON);
    assertThat(messages(ASSESSMENT.validate(json, InputFormat.JSON))).as("JSON of " + file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("assessmentFixtures")
  void assessmentsWrittenByTheLibraryAsYamlValidate(Path file) {
    Assessment a = Documents.standard().readAssessment(file);
    String yaml = Documents.standard().write(a, DocumentFormat.YAML);
    assertThat(yaml).doesNotContain("!<");
    assertThat(messages(ASSESSMENT.validate(yamlToJson(yaml), InputFormat.JSON))).as("YAML of " + file).isEmpty();
  }

  @Test
  void submissionFixtureAndWhatTheLibraryWritesValidate() {
    String line = read(MINI_SUBMISSION).strip();
    assertThat(messages(SUBMISSION.validate(line, InputFormat.JSON))).isEmpty();
    Submission s = Documents.standard().readSubmission(line, "s.jsonl", 1);
    assertThat(messages(SUBMISSION.validate(Documents.standard().writeJsonLine(s), InputFormat.JSON))).isEmpty();
    assertThat(messages(SUBMISSION.validate(Documents.standard().writeAny(s, DocumentFormat.JSON), InputFormat.JSON))).isEmpty();
  }

  // ------------------------------------------------------------------ documents they must reject

  static Stream<Arguments> assessmentMutations() {
    return Stream.of(
        mutation("wrong kind", d -> root(d).put("kind", "framework"), "const", "/kind"),
        mutation("no sections", d -> root(d).putArray("sections"), "minItems", "/sections"),
        mutation("no languages", d -> root(d).putArray("languages"), "minItems", "/languages"),
        mutation("language not a tag", d -> ((ArrayNode) d.get("languages")).add("vi_VN"), "pattern", "/languages/2"),
        mutation("time limit in words", d -> root(d).put("timeLimit", "10 minutes"), "pattern", "/timeLimit"),
        mutation("time limit as a number", d -> root(d).put("timeLimit", 600), "type", "/timeLimit"),
        mutation("validity in words", d -> certification(d).put("validity", "2 years"), "pattern", "/certification/validity"),
        mutation("unknown item type", d -> item(d, 0).put("type", "essay"), "enum", "/items/0/type"),
        mutation("unknown item property", d -> item(d, 0).put("colour", "red"), "additionalProperties", "/items/0"),
        mutation("item id with a space", d -> item(d, 0).put("id", "otp call"), "pattern", "/items/0/id"),
        mutation("single choice without key", d -> item(d, 0).remove("correct"), "required", "/items/0"),
        mutation("no alignments", d -> item(d, 0).putArray("alignments"), "minItems", "/items/0/alignments"),
        mutation("zero points", d -> item(d, 0).put("points", 0), "exclusiveMinimum", "/items/0/points"),
        mutation("unquoted level", d -> ((ObjectNode) item(d, 0).get("alignments").get(0)).put("level", 1), "type", "/items/0/alignments/0/level"),
        mutation("true-false key as text", d -> item(d, 1).put("correct", "false"), "type", "/items/1/correct"),
        mutation("multiple-choice key as text", d -> item(d, 2).put("correct", "a"), "type", "/items/2/correct"),
        mutation("unknown partial method", d -> ((ObjectNode) item(d, 2).get("scoring")).put("method", "per-choice"), "enum", "/items/2/scoring/method"),
        mutation("partial without method", d -> ((ObjectNode) item(d, 2).get("scoring")).remove("method"), "required", "/items/2/scoring"),
        mutation("partial floor below -1", d -> ((ObjectNode) item(d, 2).get("scoring")).put("floor", -2), "minimum", "/items/2/scoring/floor"),
        mutation("unknown scoring type", d -> ((ObjectNode) item(d, 2).get("scoring")).put("type", "bonus"), "enum", "/items/2/scoring/type"),
        mutation("zero penalty", d -> item(d, 0).putObject("scoring").put("type", "negative").put("penalty", 0), "exclusiveMinimum", "/items/0/scoring/penalty"),
        mutation("map without entries", d -> item(d, 0).putObject("scoring").put("type", "map"), "required", "/items/0/scoring"),
        mutation("unknown text match", d -> item(d, 3).put("match", "fuzzy"), "enum", "/items/3/match"),
        mutation("answer without points", d -> ((ObjectNode) item(d, 3).get("answers").get(0)).remove("points"), "required", "/items/3/answers/0"),
        mutation("unknown tolerance mode", d -> ((ObjectNode) item(d, 4).get("tolerance")).put("mode", "percent"), "enum", "/items/4/tolerance/mode"),
        mutation("numeric value as text", d -> item(d, 4).put("value", "352,5"), "type", "/items/4/value"),
        mutation("pair without right", d -> ((ObjectNode) item(d, 6).get("pairs").get(0)).remove("right"), "required", "/items/6/pairs/0"),
        mutation("unknown region shape", d -> ((ObjectNode) item(d, 7).get("regions").get(0)).put("shape", "square"), "enum", "/items/7/regions/0/shape"),
        mutation("zero image width", d -> ((ObjectNode) item(d, 7).get("image")).put("width", 0), "minimum", "/items/7/image/width"),
        mutation("unknown media kind", d -> ((ObjectNode) item(d, 7).get("image")).put("kind", "photo"), "enum", "/items/7/image/kind"),
        mutation("likert option without points", d -> ((ObjectNode) item(d, 8).get("options").get(0)).remove("points"), "required", "/items/8/options/0"),
        mutation("task without steps", d -> item(d, 9).remove("steps"), "required", "/items/9"),
        mutation("order constraint without after", d -> ((ObjectNode) item(d, 9).get("order").get(0)).remove("after"), "required", "/items/9/order/0"),
        mutation("guessing of 1", d -> item(d, 0).putObject("irt").put("model", "3pl").put("a", 1).put("b", 0).put("c", 1), "exclusiveMaximum", "/items/0/irt/c"),
        mutation("unknown IRT model", d -> item(d, 0).putObject("irt").put("model", "4pl"), "enum", "/items/0/irt/model"),
        mutation("draw of zero items", d -> ((ObjectNode) section(d, 1).get("draws").get(0)).put("count", 0), "minimum", "/sections/1/draws/0/count"),
        mutation("section without id", d -> section(d, 0).remove("id"), "required", "/sections/0"),
        mutation("level rule without type", d -> ((ObjectNode) d.get("levelRule")).remove("type"), "required", "/levelRule"),
        mutation("threshold above 100", d -> ((ObjectNode) d.get("levelRule")).put("threshold", 101), "maximum", "/levelRule/threshold"),
        mutation("overall cut with both cuts", d -> rule(d, 0).put("minPoints", 5), "oneOf", "/certification/rules/0"),
        mutation("overall cut without a cut", d -> rule(d, 0).remove("minPercent"), "oneOf", "/certification/rules/0"),
        mutation("unknown rule type", d -> rule(d, 0).put("type", "attendance"), "enum", "/certification/rules/0/type"),
        mutation("group without rules", d -> rule(d, 2).remove("rules"), "required", "/certification/rules/2"),
        mutation("rule without label", d -> rule(d, 1).remove("label"), "required", "/certification/rules/1"),
        mutation("blank label", d -> ((ObjectNode) rule(d, 1).get("label")).put("vi", " "), "pattern", "/certification/rules/1/label/vi"),
        mutation("no rules", d -> certification(d).putArray("rules"), "minItems", "/certification/rules"),
        mutation("zero attempts", d -> root(d).putObject("attempts").put("maxAttempts", 0), "minimum", "/attempts/maxAttempts"),
        mutation("unknown grading", d -> root(d).putObject("attempts").put("grading", "best"), "enum", "/attempts/grading"),
        mutation("cooldown in words", d -> root(d).putObject("attempts").put("cooldown", "a day"), "pattern", "/attempts/cooldown"),
        mutation("unknown attempts property", d -> root(d).putObject("attempts").put("retakes", 2), "additionalProperties", "/attempts"));
  }

  /** Each mutation of the mini assessment breaks one rule of shape the schema must enforce, at the place it names. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("assessmentMutations")
  void assessmentShapeMistakesAreRejected(String what, Consumer<JsonNode> mutate, String keyword, String pointer) throws IOException {
    JsonNode doc = YAML.readTree(MINI.toFile());
    assertThat(messages(ASSESSMENT.validate(doc.toString(), InputFormat.JSON))).as("before: " + what).isEmpty();
    mutate.accept(doc);
    List<Error> errors = ASSESSMENT.validate(doc.toString(), InputFormat.JSON);
    assertThat(errors)
        .as(what + ": " + messages(errors))
        .anySatisfy(e -> {
          assertThat(e.getKeyword()).isEqualTo(keyword);
          assertThat(pointer(e)).isEqualTo(pointer);
        });
  }

  static Stream<Arguments> submissionMutations() {
    return Stream.of(
        mutation("no seed", d -> root(d).remove("seed"), "required", ""),
        mutation("seed as text", d -> root(d).put("seed", "42"), "type", "/seed"),
        mutation("seed as a fraction", d -> root(d).put("seed", 4.2), "type", "/seed"),
        mutation("unknown property", d -> root(d).put("name", "Nguyễn Văn A"), "additionalProperties", ""),
        mutation("blank candidate", d -> root(d).put("candidate", " "), "pattern", "/candidate"),
        mutation("assessment without version", d -> ((ObjectNode) d.get("assessment")).remove("version"), "required", "/assessment"),
        mutation("time without zone", d -> root(d).put("submittedAt", "2026-11-24T10:00:00"), "pattern", "/submittedAt"),
        mutation("unknown mode", d -> ((ObjectNode) d.get("context")).put("mode", "online"), "enum", "/context/mode"),
        mutation("unknown response type", d -> response(d, 0).put("type", "essay"), "enum", "/responses/0/type"),
        mutation("single choice without choice", d -> response(d, 0).remove("choice"), "required", "/responses/0"),
        mutation("property of another type", d -> response(d, 0).put("value", true), "additionalProperties", "/responses/0"),
        mutation("true-false value as text", d -> response(d, 1).put("value", "false"), "type", "/responses/1/value"),
        mutation("tap without y", d -> ((ObjectNode) response(d, 7).get("taps").get(0)).remove("y"), "required", "/responses/7/taps/0"),
        mutation("unknown step source", d -> response(d, 9).put("source", "camera"), "enum", "/responses/9/source"),
        mutation("logged step without step", d -> ((ObjectNode) response(d, 9).get("log").get(0)).remove("step"), "required", "/responses/9/log/0"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("submissionMutations")
  void submissionShapeMistakesAreRejected(String what, Consumer<JsonNode> mutate, String keyword, String pointer) throws IOException {
    JsonNode doc = JSON.readTree(read(MINI_SUBMISSION));
    assertThat(messages(SUBMISSION.validate(doc.toString(), InputFormat.JSON))).as("before: " + what).isEmpty();
    mutate.accept(doc);
    List<Error> errors = SUBMISSION.validate(doc.toString(), InputFormat.JSON);
    assertThat(errors)
        .as(what + ": " + messages(errors))
        .anySatisfy(e -> {
          assertThat(e.getKeyword()).isEqualTo(keyword);
          assertThat(pointer(e)).isEqualTo(pointer);
        });
  }

  /** Durations and periods the schema accepts are ones the library reads, and the other way round for the usual forms. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"PT10M", "PT1H30M", "P1D", "P1DT2H", "PT0.5S", "PT45S"})
  void timeLimitsTheSchemaAcceptsAreRead(String timeLimit) throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree(MINI.toFile());
    doc.put("timeLimit", timeLimit);
    assertThat(messages(ASSESSMENT.validate(doc.toString(), InputFormat.JSON))).isEmpty();
    assertThat(Documents.standard().readAssessment(doc.toString(), "x.json", DocumentFormat.JSON).timeLimit()).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"P", "PT", "P1DT", "-PT10M", "P1W", "P1Y", "10m", "PT10"})
  void timeLimitsOfOtherShapesAreRejected(String timeLimit) throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree(MINI.toFile());
    doc.put("timeLimit", timeLimit);
    assertThat(ASSESSMENT.validate(doc.toString(), InputFormat.JSON)).extracting(Error::getKeyword).contains("pattern");
  }

  // ------------------------------------------------------------------ the schemas follow the model

  @Test
  void assessmentSchemaHasTheModelsPropertiesAndRequiresWhatTheModelRequires() {
    JsonNode root = tree(ASSESSMENT_FILE);
    Map<Class<?>, JsonNode> objects = new LinkedHashMap<>();
    objects.put(Assessment.class, root);
    objects.put(FrameworkRef.class, def(root, "frameworkRef"));
    objects.put(Alignment.class, def(root, "alignment"));
    objects.put(Media.class, def(root, "media"));
    objects.put(ItemFeedback.class, def(root, "itemFeedback"));
    objects.put(Choice.class, def(root, "choice"));
    objects.put(IrtParameters.class, def(root, "irtParameters"));
    objects.put(ScoringRule.AllOrNothing.class, def(root, "allOrNothing"));
    objects.put(ScoringRule.PartialCredit.class, def(root, "partialCredit"));
    objects.put(ScoringRule.MapResponse.class, def(root, "mapResponse"));
    objects.put(ScoringRule.NegativeMarking.class, def(root, "negativeMarking"));
    objects.put(Item.SingleChoice.class, def(root, "singleChoice"));
    objects.put(Item.TrueFalse.class, def(root, "trueFalse"));
    objects.put(Item.MultipleChoice.class, def(root, "multipleChoice"));
    objects.put(Item.TextEntry.class, def(root, "textEntry"));
    objects.put(Item.Numeric.class, def(root, "numeric"));
    objects.put(Item.Ordering.class, def(root, "ordering"));
    objects.put(Item.Matching.class, def(root, "matching"));
    objects.put(Item.Hotspot.class, def(root, "hotspot"));
    objects.put(Item.Likert.class, def(root, "likert"));
    objects.put(Item.PracticalTask.class, def(root, "practicalTask"));
    objects.put(Parts.AcceptedAnswer.class, def(root, "acceptedAnswer"));
    objects.put(Parts.Tolerance.class, def(root, "tolerance"));
    objects.put(Parts.Pair.class, def(root, "pair"));
    objects.put(Parts.Region.class, def(root, "region"));
    objects.put(Parts.LikertOption.class, def(root, "likertOption"));
    objects.put(Parts.TaskStep.class, def(root, "taskStep"));
    objects.put(Parts.OrderConstraint.class, def(root, "orderConstraint"));
    objects.put(Parts.ForbiddenStep.class, def(root, "forbiddenStep"));
    objects.put(Section.class, def(root, "section"));
    objects.put(Draw.class, def(root, "draw"));
    objects.put(LevelRule.HighestMastered.class, def(root, "highestMastered"));
    objects.put(LevelRule.ThetaCuts.class, def(root, "thetaCuts"));
    objects.put(LevelRule.Cut.class, def(root, "thetaCut"));
    objects.put(CertificationPolicy.class, def(root, "certificationPolicy"));
    objects.put(AttemptPolicy.class, def(root, "attemptPolicy"));
    objects.put(CertificationRule.OverallCut.class, def(root, "overallCut"));
    objects.put(CertificationRule.AreaMinimum.class, def(root, "areaMinimum"));
    objects.put(CertificationRule.CompetenceLevel.class, def(root, "competenceLevel"));
    objects.put(CertificationRule.NoCriticalError.class, def(root, "noCriticalError"));
    objects.put(CertificationRule.Group.class, def(root, "ruleGroup"));
    // FrameworkRef has no @JsonProperty(required = true) but its constructor refuses nulls.
    assertThat(compare(objects, Map.of(FrameworkRef.class, Set.of("id", "version")))).isEmpty();

    assertThat(root.at("/properties/kind/const").asText()).isEqualTo(Documents.KIND_ASSESSMENT);
    assertThat(Documents.SCHEMA_VERSION).matches(root.at("/properties/schemaVersion/pattern").asText());
    assertThat(enumAt(root, "/$defs/item/properties/type/enum")).isEqualTo(typeNames(Item.class));
    assertThat(enumAt(root, "/$defs/scoringRule/properties/type/enum")).isEqualTo(typeNames(ScoringRule.class));
    assertThat(enumAt(root, "/$defs/certificationRule/properties/type/enum")).isEqualTo(typeNames(CertificationRule.class));
    assertThat(enumAt(root, "/$defs/levelRule/properties/type/enum")).isEqualTo(typeNames(LevelRule.class));
    assertThat(enumAt(root, "/$defs/partialCredit/properties/method/enum")).isEqualTo(names(ScoringRule.PartialMethod.values(), ScoringRule.PartialMethod::jsonName));
    assertThat(enumAt(root, "/$defs/irtParameters/properties/model/enum")).isEqualTo(names(IrtParameters.Model.values(), IrtParameters.Model::jsonName));
    assertThat(enumAt(root, "/$defs/media/properties/kind/enum")).isEqualTo(names(Media.Kind.values(), Media.Kind::jsonName));
    assertThat(enumAt(root, "/$defs/region/properties/shape/enum")).isEqualTo(names(Parts.Shape.values(), Parts.Shape::jsonName));
    assertThat(enumAt(root, "/$defs/tolerance/properties/mode/enum")).isEqualTo(names(Parts.ToleranceMode.values(), Parts.ToleranceMode::jsonName));
    assertThat(enumAt(root, "/$defs/textEntry/properties/match/enum")).isEqualTo(names(TextMatchPolicy.values(), TextMatchPolicy::jsonName));
    assertThat(enumAt(root, "/$defs/certificationPolicy/properties/combine/enum")).isEqualTo(names(Combine.values(), Combine::jsonName));
    assertThat(enumAt(root, "/$defs/ruleGroup/properties/combine/enum")).isEqualTo(names(Combine.values(), Combine::jsonName));
    assertThat(enumAt(root, "/$defs/attemptPolicy/properties/grading/enum"))
        .isEqualTo(names(AttemptPolicy.Grading.values(), AttemptPolicy.Grading::jsonName));
  }

  @Test
  void submissionSchemaHasTheModelsPropertiesAndRequiresWhatTheModelRequires() {
    JsonNode root = tree(SUBMISSION_FILE);
    Map<Class<?>, JsonNode> objects = new LinkedHashMap<>();
    objects.put(Submission.class, root);
    objects.put(Submission.AssessmentRef.class, def(root, "assessmentRef"));
    objects.put(AdministrationContext.class, def(root, "administrationContext"));
    objects.put(Parts.Pair.class, def(root, "pair"));
    objects.put(Parts.Point.class, def(root, "point"));
    objects.put(Response.LoggedStep.class, def(root, "loggedStep"));
    objects.put(Response.SingleChoice.class, def(root, "singleChoiceResponse"));
    objects.put(Response.TrueFalse.class, def(root, "trueFalseResponse"));
    objects.put(Response.MultipleChoice.class, def(root, "multipleChoiceResponse"));
    objects.put(Response.TextEntry.class, def(root, "textEntryResponse"));
    objects.put(Response.Numeric.class, def(root, "numericResponse"));
    objects.put(Response.Ordering.class, def(root, "orderingResponse"));
    objects.put(Response.Matching.class, def(root, "matchingResponse"));
    objects.put(Response.Hotspot.class, def(root, "hotspotResponse"));
    objects.put(Response.Likert.class, def(root, "likertResponse"));
    objects.put(Response.PracticalTask.class, def(root, "practicalTaskResponse"));
    assertThat(compare(objects, Map.of())).isEmpty();

    assertThat(enumAt(root, "/$defs/response/properties/type/enum")).isEqualTo(typeNames(Response.class));
    assertThat(enumAt(root, "/$defs/administrationContext/properties/mode/enum"))
        .isEqualTo(names(AdministrationContext.Mode.values(), AdministrationContext.Mode::jsonName));
    assertThat(enumAt(root, "/$defs/practicalTaskResponse/properties/source/enum"))
        .isEqualTo(names(Response.StepSource.values(), Response.StepSource::jsonName));
  }

  /** Every type with its own schema is one the model permits, and the other way round. */
  @Test
  void everyPermittedSubtypeHasASchema() {
    assertThat(typeNames(Item.class)).hasSize(Item.class.getPermittedSubclasses().length);
    assertThat(typeNames(Response.class)).hasSize(Response.class.getPermittedSubclasses().length);
    assertThat(typeNames(ScoringRule.class)).hasSize(ScoringRule.class.getPermittedSubclasses().length);
    assertThat(typeNames(CertificationRule.class)).hasSize(CertificationRule.class.getPermittedSubclasses().length);
  }

  /**
   * Compares each model class's properties (as Jackson reads them) and required properties with its
   * schema; the type id {@code type} and the assessment's envelope ({@code schemaVersion}, {@code
   * kind}) are read by Jackson and Documents rather than bound to properties, so they are left out.
   */
  private static List<String> compare(Map<Class<?>, JsonNode> objects, Map<Class<?>, Set<String>> requiredByConstructor) {
    Set<String> envelope = Set.of("schemaVersion", "kind");
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
      Set<String> schemaProps = new TreeSet<>();
      schema.path("properties").fieldNames().forEachRemaining(schemaProps::add);
      Set<String> schemaRequired = new TreeSet<>();
      schema.path("required").forEach(n -> schemaRequired.add(n.asText()));
      schemaProps.remove("type");
      schemaRequired.remove("type");
      if (type == Assessment.class) {
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
    return problems;
  }

  // ------------------------------------------------------------------ helpers

  private static List<String> typeNames(Class<?> sealed) {
    return Arrays.stream(sealed.getAnnotation(JsonSubTypes.class).value()).map(JsonSubTypes.Type::name).toList();
  }

  private static <E> List<String> names(E[] values, Function<E, String> name) {
    return Arrays.stream(values).map(name).toList();
  }

  private static List<String> enumAt(JsonNode root, String pointer) {
    List<String> out = new ArrayList<>();
    root.at(pointer).forEach(n -> out.add(n.asText()));
    assertThat(out).as(pointer).isNotEmpty();
    return out;
  }

  private static boolean isAssessment(Path file) {
    String name = file.getFileName().toString();
    if (!name.endsWith(".yaml") && !name.endsWith(".yml") && !name.endsWith(".json")) {
      return false;
    }
    try {
      JsonNode kind = YAML.readTree(file.toFile()).get("kind");
      return kind != null && Documents.KIND_ASSESSMENT.equals(kind.asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode root(JsonNode d) {
    return (ObjectNode) d;
  }

  private static ObjectNode item(JsonNode d, int i) {
    return (ObjectNode) d.get("items").get(i);
  }

  private static ObjectNode section(JsonNode d, int i) {
    return (ObjectNode) d.get("sections").get(i);
  }

  private static ObjectNode certification(JsonNode d) {
    return (ObjectNode) d.get("certification");
  }

  private static ObjectNode rule(JsonNode d, int i) {
    return (ObjectNode) certification(d).get("rules").get(i);
  }

  private static ObjectNode response(JsonNode d, int i) {
    return (ObjectNode) d.get("responses").get(i);
  }

  private static Arguments mutation(String what, Consumer<JsonNode> mutate, String keyword, String pointer) {
    return Arguments.of(what, mutate, keyword, pointer);
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
}
