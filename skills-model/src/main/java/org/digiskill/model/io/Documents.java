package org.digiskill.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.response.Submission;
import org.digiskill.model.internal.Messages;
import org.digiskill.model.validation.FrameworkValidator;
import org.digiskill.model.validation.InvalidDefinitionException;
import org.digiskill.model.validation.Severity;
import org.digiskill.model.validation.ValidationReport;
import org.digiskill.model.validation.Violation;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one entry point for reading and writing digiskill documents as JSON or YAML.
 *
 * <p>Reading is strict: unknown properties, duplicate keys, trailing content, wrong types (no
 * coercion of {@code 2.2} into a string), missing required properties and {@code null}s are
 * errors; so are documents beyond the {@link ReadLimits}. Every document starts with {@code
 * schemaVersion} and {@code kind}; a newer major schema version is refused. Errors are thrown as
 * {@link InvalidDefinitionException} whose report names the source, the JSON Pointer path, the
 * line and the column.
 *
 * <p>Writing then reading gives an equal object, in JSON and YAML alike; output is byte-for-byte
 * the same for equal objects.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class Documents {
  /** The schema version this library writes and the newest it reads. */
  public static final String SCHEMA_VERSION = "1.0";

  /** The {@code kind} of a competency framework document. */
  public static final String KIND_FRAMEWORK = "framework";

  /** The {@code kind} of an assessment document. */
  public static final String KIND_ASSESSMENT = "assessment";

  private static final int SCHEMA_MAJOR = 1;
  private static final Pattern VERSION = Pattern.compile("(\\d{1,4})\\.(\\d{1,4})");
  private static final Set<String> KINDS = Set.of(KIND_FRAMEWORK, KIND_ASSESSMENT);
  private static final Documents STANDARD = new Documents(ReadLimits.DEFAULT);

  private final ReadLimits limits;
  private final JsonFactory jsonFactory;
  private final YAMLFactory yamlFactory;
  private final ObjectMapper jsonMapper;
  private final ObjectMapper yamlMapper;
  private final ObjectWriter jsonWriter;
  private final ObjectWriter yamlWriter;
  private final ObjectWriter compactWriter;
  private final ObjectReader submissionReader;

  private Documents(ReadLimits limits) {
    this.limits = limits;
    StreamReadConstraints constraints =
        StreamReadConstraints.builder()
            // One more than ours, so that the scan's own check (which knows the path) fires first.
            .maxNestingDepth(limits.maxNestingDepth() + 1)
            .maxStringLength(limits.maxStringLength())
            .maxDocumentLength(limits.maxDocumentBytes())
            .build();
    this.jsonFactory =
        JsonFactory.builder()
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Never quote document content in messages: it may hold a resident's answers.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    LoaderOptions yamlOptions = new LoaderOptions();
    yamlOptions.setAllowDuplicateKeys(false);
    yamlOptions.setMaxAliasesForCollections(20);
    yamlOptions.setNestingDepthLimit(limits.maxNestingDepth() + 1);
    yamlOptions.setCodePointLimit(limits.maxDocumentBytes());
    this.yamlFactory =
        YAMLFactory.builder()
            .loaderOptions(yamlOptions)
            .streamReadConstraints(constraints)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            // Write "type: hotspot", as authors do, not YAML tags such as !<hotspot>.
            .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
            .build();
    this.jsonMapper = configure(JsonMapper.builder(jsonFactory)).build();
    this.yamlMapper = configure(YAMLMapper.builder(yamlFactory)).build();
    for (ObjectMapper m : List.of(jsonMapper, yamlMapper)) {
      for (LogicalType t : List.of(LogicalType.Textual, LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
        m.coercionConfigFor(t)
            .setCoercion(CoercionInputShape.Integer, t == LogicalType.Integer || t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, t == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, t == LogicalType.Boolean ? CoercionAction.TryConvert : CoercionAction.Fail)
            .setCoercion(CoercionInputShape.String, t == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, t == LogicalType.Textual ? CoercionAction.TryConvert : CoercionAction.Fail);
      }
    }
    DefaultPrettyPrinter pretty =
        new DefaultPrettyPrinter(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    this.jsonWriter = jsonMapper.writer(pretty);
    this.yamlWriter = yamlMapper.writer();
    this.compactWriter = jsonMapper.writer();
    this.submissionReader = jsonMapper.readerFor(Submission.class);
  }

  private static <M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>> B configure(B b) {
    return b.addModule(new DigiskillModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // Absent optional booleans mean false; explicit nulls are refused by the scan, and the
        // required primitives of submissions (read without a scan) say @JsonSetter(nulls = FAIL).
        .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.AUTO_DETECT_FIELDS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  }

  /** Returns the reader and writer with the {@link ReadLimits#DEFAULT default limits}. */
  public static Documents standard() {
    return STANDARD;
  }

  /** Returns a reader and writer with other limits on untrusted input. */
  public static Documents withLimits(ReadLimits limits) {
    return new Documents(Objects.requireNonNull(limits, "limits"));
  }

  /** Returns the limits in force. */
  public ReadLimits limits() {
    return limits;
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a framework from a file; the format comes from the extension ({@code .json}, {@code
   * .yaml}, {@code .yml}).
   *
   * @throws InvalidDefinitionException if the file cannot be read or is not a valid framework
   *     document (syntax, shape, schema version); semantic rules are left to {@link
   *     FrameworkValidator}
   */
  public CompetencyFramework readFramework(Path file) {
    return load(file, CompetencyFramework.class).value();
  }

  /** Reads an assessment from a file, as {@link #readFramework(Path)} reads a framework. */
  public Assessment readAssessment(Path file) {
    return load(file, Assessment.class).value();
  }

  /** Reads an assessment from text, naming it {@code source} in errors. */
  public Assessment readAssessment(String content, String source, DocumentFormat format) {
    return load(content.getBytes(StandardCharsets.UTF_8), source, format, Assessment.class).value();
  }

  /** Reads an assessment from a stream (not closed), naming it {@code source} in errors. */
  public Assessment readAssessment(InputStream in, String source, DocumentFormat format) {
    return load(readBounded(in, source), source, format, Assessment.class).value();
  }

  /**
   * Reads one submission from a line of JSON (as in a JSON Lines file). Strict like documents
   * (unknown properties, duplicate keys, wrong types, trailing content), but read in one pass
   * for throughput: submissions carry no {@code schemaVersion}.
   *
   * @param line the JSON text of one submission
   * @param source the file name or label, for errors
   * @param lineNumber the 1-based line number in that file, for errors (0 if not from a file)
   * @throws InvalidDefinitionException naming the line, path and problem
   */
  public Submission readSubmission(String line, String source, int lineNumber) {
    if (line.length() > limits.maxDocumentBytes()) {
      throw failure(source, "", new int[] {lineNumber, 1}, "document.too-large", line.length(), limits.maxDocumentBytes());
    }
    try {
      return submissionReader.readValue(line);
    } catch (IOException e) {
      Scan scan = new Scan();
      InvalidDefinitionException x = e instanceof JsonMappingException ? translate(e, source, scan) : syntax(e, source);
      Violation v = x.report().violations().get(0);
      int column = v.column();
      return rethrow(v.at(source, lineNumber > 0 ? lineNumber : v.line(), column));
    }
  }

  private static Submission rethrow(Violation v) {
    throw new InvalidDefinitionException(ValidationReport.of(v));
  }

  private static InvalidDefinitionException syntax(IOException e, String source) {
    String msg = e instanceof JsonProcessingException jp ? String.valueOf(jp.getOriginalMessage()) : String.valueOf(e.getMessage());
    int[] at = e instanceof JsonProcessingException jp ? loc(jp.getLocation()) : null;
    String code = msg.contains("Duplicate field") ? "document.duplicate-key" : "document.syntax";
    return code.equals("document.duplicate-key")
        ? failure(source, "", at, code, bracket(msg.replaceAll(".*Duplicate field '([^']*)'.*", "$1")))
        : failure(source, "", at, code, DocumentFormat.JSON, firstLine(msg));
  }

  /**
   * Reads any value this library writes (an attempt, a form, a report) from JSON, as strictly as
   * documents: unknown properties, duplicate keys, wrong types and trailing content are errors.
   *
   * @throws InvalidDefinitionException naming the source, path and problem
   */
  public <T> T readValue(String json, Class<T> type, String source) {
    try {
      return jsonMapper.readerFor(type).readValue(json);
    } catch (IOException e) {
      throw e instanceof JsonMappingException ? translate(e, source, new Scan()) : syntax(e, source);
    }
  }

  /** Writes any model value (a report, a submission) as one line of compact JSON, for JSON Lines. */
  public String writeJsonLine(Object value) {
    try {
      return compactWriter.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** Reads a framework from text, naming it {@code source} in errors. */
  public CompetencyFramework readFramework(String content, String source, DocumentFormat format) {
    return load(content.getBytes(StandardCharsets.UTF_8), source, format, CompetencyFramework.class).value();
  }

  /** Reads a framework from a stream (not closed), naming it {@code source} in errors. */
  public CompetencyFramework readFramework(InputStream in, String source, DocumentFormat format) {
    return load(readBounded(in, source), source, format, CompetencyFramework.class).value();
  }

  /** Reads a document of the given type from a file, keeping its source locations. */
  public <T> Loaded<T> load(Path file, Class<T> type) {
    String source = String.valueOf(file);
    DocumentFormat format = formatOf(file);
    try (InputStream in = Files.newInputStream(file)) {
      return load(readBounded(in, source), source, format, type);
    } catch (java.nio.file.NoSuchFileException e) {
      throw failure(source, "", null, "document.io", "no such file");
    } catch (java.nio.file.AccessDeniedException e) {
      throw failure(source, "", null, "document.io", "permission denied");
    } catch (IOException e) {
      throw failure(source, "", null, "document.io", bracket(e.getMessage()));
    }
  }

  /**
   * Reads any document from a file, whatever its {@code kind}, keeping its source locations. The
   * value's class follows the kind: {@code framework} gives a {@link CompetencyFramework}.
   */
  public Loaded<?> load(Path file) {
    return load(file, Object.class);
  }

  /** Reads a document of the given type from bytes, keeping its source locations. */
  public <T> Loaded<T> load(byte[] content, String source, DocumentFormat format, Class<T> type) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    if (content.length > limits.maxDocumentBytes()) {
      throw failure(source, "", null, "document.too-large", content.length, limits.maxDocumentBytes());
    }
    Scan scan = scan(content, source, format);
    Class<?> target = classOf(scan.kind);
    if (type != Object.class && !type.isAssignableFrom(target)) {
      throw failure(source, "/kind", scan.locations.get("/kind"), "document.kind.mismatch", bracket(kindOf(type)), bracket(scan.kind));
    }
    ObjectReader reader = (format == DocumentFormat.JSON ? jsonMapper : yamlMapper).readerFor(target);
    Object value;
    try {
      value = reader.readValue(content);
    } catch (IOException e) {
      throw translate(e, source, scan);
    }
    return new Loaded<>(source, scan.kind, type.cast(value), scan.locations);
  }

  /**
   * Reads a framework file and validates it, returning every problem with its location. Never
   * throws for a bad document: a document that cannot be read gives a report with that error.
   *
   * @param validator the validator to use, e.g. one that knows the built-in catalogue
   */
  public ValidationReport check(Path file, FrameworkValidator validator) {
    try {
      Loaded<CompetencyFramework> loaded = load(file, CompetencyFramework.class);
      return loaded.locate(validator.validate(loaded.value()));
    } catch (InvalidDefinitionException e) {
      return e.report();
    }
  }

  // ---------------------------------------------------------------- writing

  /** Writes a framework as JSON or YAML text, with {@code schemaVersion} and {@code kind} first. */
  public String write(CompetencyFramework framework, DocumentFormat format) {
    return writeAny(framework, format);
  }

  /** Writes an assessment as JSON or YAML text, with {@code schemaVersion} and {@code kind} first. */
  public String write(Assessment assessment, DocumentFormat format) {
    return writeAny(assessment, format);
  }

  /**
   * Writes any model value (documents, reports, submissions) as pretty JSON or YAML. Equal values
   * give identical text.
   */
  public String writeAny(Object value, DocumentFormat format) {
    Objects.requireNonNull(value, "value");
    try {
      return format == DocumentFormat.JSON
          ? jsonWriter.writeValueAsString(value) + "\n"
          : yamlWriter.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // Every model value is serialisable; this would be a bug in the model.
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /** Writes an assessment to a file in the format of its extension. */
  public void write(Assessment assessment, Path file) {
    try {
      Files.writeString(file, write(assessment, formatOf(file)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a framework to a file in the format of its extension. */
  public void write(CompetencyFramework framework, Path file) {
    try {
      Files.writeString(file, write(framework, formatOf(file)), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns a JSON mapper configured as this reader is, for tools that render other values. */
  public ObjectWriter jsonWriter() {
    return jsonWriter;
  }

  // ---------------------------------------------------------------- internals

  private static final class Scan {
    String kind;
    final Map<String, int[]> locations = new HashMap<>();
    /** How each scalar was written ("a number [2.10]"), for messages: binding may have lost it. */
    final Map<String, String> scalars = new HashMap<>();
  }

  /**
   * One streaming pass over the whole document before binding: checks syntax, duplicate keys,
   * limits and trailing content; finds {@code schemaVersion} and {@code kind}; and records the
   * line and column of every value by JSON Pointer, for locating validation problems later.
   */
  private Scan scan(byte[] content, String source, DocumentFormat format) {
    Scan scan = new Scan();
    String schemaVersion = null;
    JsonToken schemaVersionToken = null;
    try (JsonParser p = (format == DocumentFormat.JSON ? jsonFactory : yamlFactory).createParser(content)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw failure(source, "", null, "document.empty");
      }
      if (t != JsonToken.START_OBJECT) {
        throw failure(source, "", loc(p.currentTokenLocation()), "document.not-object", describe(p));
      }
      scan.locations.put("", loc(p.currentTokenLocation()));
      int depth = 1;
      while (depth > 0) {
        t = p.nextToken();
        if (t == null) {
          throw failure(source, "", loc(p.currentLocation()), "document.syntax", format, "unexpected end of input");
        }
        JsonStreamContext ctx = p.getParsingContext();
        switch (t) {
          case FIELD_NAME -> scan.locations.putIfAbsent(ctx.pathAsPointer().toString(), loc(p.currentTokenLocation()));
          case START_OBJECT, START_ARRAY -> {
            recordElement(scan, ctx.getParent(), p);
            if (ctx.getParent() != null) {
              scan.scalars.put(ctx.getParent().pathAsPointer().toString(), t == JsonToken.START_OBJECT ? "an object" : "a list");
            }
            depth++;
            if (depth > limits.maxNestingDepth()) {
              throw failure(source, ctx.pathAsPointer().toString(), loc(p.currentTokenLocation()), "document.too-deep", limits.maxNestingDepth());
            }
          }
          case END_OBJECT, END_ARRAY -> depth--;
          case VALUE_NULL -> {
            recordElement(scan, ctx, p);
            // Explicit nulls are refused here rather than in binding, where Jackson cannot tell
            // them from absent optional properties.
            throw failure(source, ctx.pathAsPointer().toString(), loc(p.currentTokenLocation()), "document.null");
          }
          default -> {
            recordElement(scan, ctx, p);
            scan.scalars.put(ctx.pathAsPointer().toString(), describe(p));
            if (t == JsonToken.VALUE_STRING && p.getText().length() > limits.maxStringLength()) {
              throw failure(source, ctx.pathAsPointer().toString(), loc(p.currentTokenLocation()), "document.string-too-long", limits.maxStringLength());
            }
            if (depth == 1 && "schemaVersion".equals(ctx.getCurrentName())) {
              schemaVersionToken = t;
              schemaVersion = p.getText();
            } else if (depth == 1 && "kind".equals(ctx.getCurrentName())) {
              scan.kind = t == JsonToken.VALUE_STRING ? p.getText() : "\u0000" + p.getText();
            }
          }
        }
      }
      if (p.nextToken() != null) {
        throw failure(source, "", loc(p.currentTokenLocation()), "document.trailing-content");
      }
    } catch (StreamConstraintsException e) {
      String msg = String.valueOf(e.getOriginalMessage());
      if (msg.contains("nesting depth") || msg.contains("Nesting depth")) {
        throw failure(source, "", loc(e.getLocation()), "document.too-deep", limits.maxNestingDepth());
      }
      if (msg.contains("String value length") || msg.contains("string length")) {
        throw failure(source, "", loc(e.getLocation()), "document.string-too-long", limits.maxStringLength());
      }
      if (msg.contains("Document length") || msg.contains("document length")) {
        throw failure(source, "", loc(e.getLocation()), "document.too-large", content.length, limits.maxDocumentBytes());
      }
      throw failure(source, "", loc(e.getLocation()), "document.syntax", format, msg);
    } catch (JsonParseException e) {
      String msg = String.valueOf(e.getOriginalMessage());
      Matcher dup = Pattern.compile("Duplicate field '([^']*)'").matcher(msg);
      if (dup.find()) {
        String path = pathAt(e.getProcessor());
        throw failure(source, path, loc(e.getLocation()), "document.duplicate-key", bracket(dup.group(1)));
      }
      throw failure(source, "", loc(e.getLocation()), "document.syntax", format, firstLine(msg));
    } catch (IOException e) {
      throw failure(source, "", null, "document.syntax", format, firstLine(String.valueOf(e.getMessage())));
    } catch (RuntimeException e) {
      if (e instanceof InvalidDefinitionException) {
        throw e;
      }
      // SnakeYAML reports some limits (aliases, code points) as its own unchecked exceptions.
      throw failure(source, "", null, "document.syntax", format, firstLine(String.valueOf(e.getMessage())));
    }
    checkSchemaVersion(source, scan, schemaVersion, schemaVersionToken);
    if (scan.kind == null) {
      throw failure(source, "", scan.locations.get(""), "document.kind.missing", new TreeSet<>(KINDS));
    }
    if (!KINDS.contains(scan.kind)) {
      throw failure(source, "/kind", scan.locations.get("/kind"), "document.kind.unknown", new TreeSet<>(KINDS), bracket(scan.kind.replace("\u0000", "")));
    }
    return scan;
  }

  private static void recordElement(Scan scan, JsonStreamContext ctx, JsonParser p) {
    if (ctx != null && ctx.inArray()) {
      scan.locations.putIfAbsent(ctx.pathAsPointer().toString(), loc(p.currentTokenLocation()));
    }
  }

  private void checkSchemaVersion(String source, Scan scan, String version, JsonToken token) {
    int[] at = scan.locations.get("/schemaVersion");
    if (version == null) {
      throw failure(source, "", scan.locations.get(""), "document.schema-version.missing", SCHEMA_VERSION);
    }
    Matcher m = VERSION.matcher(version);
    if (token != JsonToken.VALUE_STRING || !m.matches()) {
      throw failure(source, "/schemaVersion", at, "document.schema-version.invalid", bracket(version));
    }
    if (Integer.parseInt(m.group(1)) > SCHEMA_MAJOR) {
      throw failure(source, "/schemaVersion", at, "document.schema-version.unsupported", bracket(version), SCHEMA_MAJOR, bracket(SCHEMA_VERSION));
    }
  }

  private static Class<?> classOf(String kind) {
    // KINDS is checked before.
    return KIND_ASSESSMENT.equals(kind) ? Assessment.class : CompetencyFramework.class;
  }

  private static String kindOf(Class<?> type) {
    if (type == CompetencyFramework.class) {
      return KIND_FRAMEWORK;
    }
    return type == Assessment.class ? KIND_ASSESSMENT : type.getSimpleName();
  }

  private static DocumentFormat formatOf(Path file) {
    return DocumentFormat.of(file).orElse(DocumentFormat.YAML);
  }

  private byte[] readBounded(InputStream in, String source) {
    try {
      byte[] bytes = in.readNBytes(limits.maxDocumentBytes() + 1);
      if (bytes.length > limits.maxDocumentBytes()) {
        throw failure(source, "", null, "document.too-large", "> " + limits.maxDocumentBytes(), limits.maxDocumentBytes());
      }
      return bytes;
    } catch (IOException e) {
      throw failure(source, "", null, "document.io", bracket(e.getMessage()));
    }
  }

  /** Turns a Jackson binding error into our violation, with the JSON Pointer and location. */
  private InvalidDefinitionException translate(IOException e, String source, Scan scan) {
    Map<String, int[]> locations = scan.locations;
    if (!(e instanceof JsonMappingException jm)) {
      return failure(source, "", null, "document.syntax", "", firstLine(String.valueOf(e.getMessage())));
    }
    String path = pointer(jm.getPath());
    int[] at = locations.getOrDefault(path, loc(jm.getLocation()));
    if (jm instanceof UnrecognizedPropertyException u) {
      Set<String> known = new TreeSet<>();
      if (u.getKnownPropertyIds() != null) {
        u.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
      }
      return failure(source, path, at, "document.unknown-property", bracket(u.getPropertyName()), known);
    }
    if (jm instanceof InvalidNullException) {
      return failure(source, path, at, "document.null");
    }
    if (jm instanceof InvalidFormatException f) {
      String expected = describeType(f.getTargetType());
      if (f.getTargetType() != null && f.getTargetType().isEnum()) {
        Set<String> names = new TreeSet<>();
        for (Object c : f.getTargetType().getEnumConstants()) {
          names.add(c.toString().toLowerCase(java.util.Locale.ROOT));
        }
        expected = "one of " + names;
      }
      String actual = f.getTargetType().isEnum() ? bracket(f.getValue()) : scan.scalars.getOrDefault(path, bracket(f.getValue()));
      return failure(source, path, at, "document.wrong-type", expected, actual);
    }
    if (jm instanceof ValueInstantiationException) {
      Throwable cause = jm.getCause() == null ? jm : jm.getCause();
      return failure(source, path, at, "document.invalid-value", bracket(cause.getMessage()), describeType(((ValueInstantiationException) jm).getType().getRawClass()));
    }
    if (jm instanceof MismatchedInputException mi) {
      String msg = String.valueOf(mi.getOriginalMessage());
      Matcher missing = Pattern.compile("Missing required creator property '([^']*)'").matcher(msg);
      if (missing.find()) {
        String name = missing.group(1);
        String suffix = "/" + name.replace("~", "~0").replace("/", "~1");
        String parent = path.endsWith(suffix) ? path.substring(0, path.length() - suffix.length()) : path;
        return failure(source, parent + suffix, locations.getOrDefault(parent, at), "document.missing-property", bracket(name));
      }
      String actual = scan.scalars.getOrDefault(path, mi.getProcessor() instanceof JsonParser jp ? describe(jp) : "another value");
      return failure(source, path, at, "document.wrong-type", describeType(mi.getTargetType()), actual);
    }
    return failure(source, path, at, "document.invalid-value", bracket(path), firstLine(String.valueOf(jm.getOriginalMessage())));
  }

  private static String pointer(List<JsonMappingException.Reference> refs) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : refs) {
      if (r.getFieldName() != null) {
        sb.append('/').append(r.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }

  private static String pathAt(JsonParser p) {
    if (p == null) {
      return "";
    }
    JsonStreamContext ctx = p.getParsingContext();
    return ctx == null ? "" : ctx.pathAsPointer().toString();
  }

  private static String describeType(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == String.class) {
      return "a string (quote values such as 2.10 or no so they stay text)";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == LocalizedText.class || Map.class.isAssignableFrom(type)) {
      return "an object of texts by language tag, such as {vi: ..., en: ...}";
    }
    if (type.isEnum()) {
      return "one of the names of " + type.getSimpleName();
    }
    return "an object (" + type.getSimpleName() + ")";
  }

  private static String describe(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "nothing";
    }
    String text;
    try {
      text = p.getText();
    } catch (IOException e) {
      text = "?";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_STRING -> "a string [" + text + "]";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number [" + text + "]";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean [" + text + "]";
      case VALUE_NULL -> "null";
      default -> "[" + text + "]";
    };
  }

  private static int[] loc(JsonLocation l) {
    if (l == null || l.getLineNr() <= 0) {
      return null;
    }
    return new int[] {l.getLineNr(), Math.max(l.getColumnNr(), 1)};
  }

  /**
   * Keeps the sentences of a parser's message and drops what repeats the location: SnakeYAML's
   * quoted source lines and carets, and Jackson's "at [Source: ...]" suffix.
   */
  private static String firstLine(String s) {
    s = s.replaceAll(" at \\[Source: [^\\]]*?; line: (\\d+), column: (\\d+)\\]", " at line $1, column $2");
    StringBuilder sb = new StringBuilder();
    for (String line : s.split("\\R")) {
      if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith(" at [Source")) {
        continue;
      }
      int at = line.indexOf(" at [Source");
      String kept = at < 0 ? line : line.substring(0, at);
      sb.append(sb.length() == 0 ? "" : "; ").append(kept.strip());
    }
    return sb.length() == 0 ? s.strip() : sb.toString();
  }

  private static String bracket(Object v) {
    return "[" + v + "]";
  }

  private static InvalidDefinitionException failure(String source, String path, int[] at, String code, Object... args) {
    Violation v =
        new Violation(
            source, path, at == null ? 0 : at[0], at == null ? 0 : at[1], code, Severity.ERROR, Messages.text(code, args));
    return new InvalidDefinitionException(ValidationReport.of(v));
  }
}
