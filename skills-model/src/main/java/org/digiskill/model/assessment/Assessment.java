package org.digiskill.model.assessment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.framework.Codes;
import org.digiskill.model.framework.FrameworkRef;
import org.digiskill.model.item.Item;

/**
 * An assessment: an item bank on one framework version, the sections that make a form out of it,
 * the rule that places residents on levels, and the certification policy.
 *
 * <p>Immutable and thread-safe. A class rather than a record because it keeps an index for O(1)
 * lookup of items by id; equality is that of its document fields. Construction checks only
 * nullness; {@code AssessmentValidator} checks the rest.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(value = {"schemaVersion", "kind"}, allowGetters = true)
@JsonPropertyOrder({
  "id", "version", "title", "description", "framework", "languages", "defaultLanguage", "timeLimit",
  "items", "sections", "levelRule", "certification", "attempts", "adaptive"
})
public final class Assessment {
  @NotNull @Pattern(regexp = Codes.ID) private final String id;
  @NotBlank private final String version;
  @NotNull @Valid private final LocalizedText title;
  @Valid private final LocalizedText description;
  @NotNull @Valid private final FrameworkRef framework;
  @NotEmpty private final List<@NotBlank String> languages;
  @NotNull private final String defaultLanguage;
  private final Duration timeLimit;
  @NotEmpty private final List<@Valid Item> items;
  @NotEmpty private final List<@Valid Section> sections;
  @NotNull @Valid private final LevelRule levelRule;
  @NotNull @Valid private final CertificationPolicy certification;
  @Valid private final AttemptPolicy attempts;
  @Valid private final AdaptiveSettings adaptive;

  private final Map<String, Item> itemIndex;

  /**
   * Creates an assessment.
   *
   * @param id the assessment id
   * @param version the assessment version; a corrected key or rule is a new version
   * @param title the title
   * @param description a description, or null
   * @param framework the framework version the items align to
   * @param languages the languages every prompt is written in, e.g. {@code [vi, en]}
   * @param defaultLanguage the language every text must have
   * @param timeLimit the time allowed, or null for none
   * @param items the item bank
   * @param sections the sections of the form, in order
   * @param levelRule how levels are placed; the standard rule when null
   * @param certification the certification policy
   * @param attempts the retake policy, or null for unlimited attempts graded by the highest
   * @param adaptive adaptive delivery settings, or null for a linear (sections) form
   */
  @JsonCreator
  public Assessment(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "version", required = true) String version,
      @JsonProperty(value = "title", required = true) LocalizedText title,
      @JsonProperty("description") LocalizedText description,
      @JsonProperty(value = "framework", required = true) FrameworkRef framework,
      @JsonProperty(value = "languages", required = true) List<String> languages,
      @JsonProperty(value = "defaultLanguage", required = true) String defaultLanguage,
      @JsonProperty("timeLimit") Duration timeLimit,
      @JsonProperty(value = "items", required = true) List<Item> items,
      @JsonProperty(value = "sections", required = true) List<Section> sections,
      @JsonProperty("levelRule") LevelRule levelRule,
      @JsonProperty(value = "certification", required = true) CertificationPolicy certification,
      @JsonProperty("attempts") AttemptPolicy attempts,
      @JsonProperty("adaptive") AdaptiveSettings adaptive) {
    this.id = Objects.requireNonNull(id, "id");
    this.version = Objects.requireNonNull(version, "version");
    this.title = Objects.requireNonNull(title, "title");
    this.description = description;
    this.framework = Objects.requireNonNull(framework, "framework");
    this.languages = List.copyOf(Objects.requireNonNull(languages, "languages"));
    this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    this.timeLimit = timeLimit;
    this.items = List.copyOf(Objects.requireNonNull(items, "items"));
    this.sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    this.levelRule = levelRule == null ? LevelRule.standard() : levelRule;
    this.certification = Objects.requireNonNull(certification, "certification");
    this.attempts = attempts;
    this.adaptive = adaptive;
    Map<String, Item> index = new HashMap<>();
    for (Item item : this.items) {
      index.putIfAbsent(item.id(), item);
    }
    this.itemIndex = Map.copyOf(index);
  }

  /** Creates an assessment with no retake policy (unlimited attempts, highest counts). */
  public Assessment(
      String id, String version, LocalizedText title, LocalizedText description, FrameworkRef framework,
      List<String> languages, String defaultLanguage, Duration timeLimit, List<Item> items, List<Section> sections,
      LevelRule levelRule, CertificationPolicy certification) {
    this(id, version, title, description, framework, languages, defaultLanguage, timeLimit, items, sections, levelRule,
        certification, null, null);
  }

  /** Returns the assessment id. */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** Returns the assessment version. */
  @JsonProperty("version")
  public String version() {
    return version;
  }

  /** Returns the title. */
  @JsonProperty("title")
  public LocalizedText title() {
    return title;
  }

  /** Returns the description, if any. */
  public Optional<LocalizedText> description() {
    return Optional.ofNullable(description);
  }

  @JsonProperty("description")
  private LocalizedText descriptionOrNull() {
    return description;
  }

  /** Returns the framework version the items align to. */
  @JsonProperty("framework")
  public FrameworkRef framework() {
    return framework;
  }

  /** Returns the languages the assessment is written in. */
  @JsonProperty("languages")
  public List<String> languages() {
    return languages;
  }

  /** Returns the language every text must have. */
  @JsonProperty("defaultLanguage")
  public String defaultLanguage() {
    return defaultLanguage;
  }

  /** Returns the time allowed, if limited. */
  public Optional<Duration> timeLimit() {
    return Optional.ofNullable(timeLimit);
  }

  @JsonProperty("timeLimit")
  private Duration timeLimitOrNull() {
    return timeLimit;
  }

  /** Returns the item bank, in document order. */
  @JsonProperty("items")
  public List<Item> items() {
    return items;
  }

  /** Returns the sections of the form, in order. */
  @JsonProperty("sections")
  public List<Section> sections() {
    return sections;
  }

  /** Returns the level rule. */
  @JsonProperty("levelRule")
  public LevelRule levelRule() {
    return levelRule;
  }

  /** Returns the certification policy. */
  @JsonProperty("certification")
  public CertificationPolicy certification() {
    return certification;
  }

  /** Returns the retake policy; {@link AttemptPolicy#unlimited()} when the document sets none. */
  public AttemptPolicy attempts() {
    return attempts == null ? AttemptPolicy.unlimited() : attempts;
  }

  @JsonProperty("attempts")
  private AttemptPolicy attemptsOrNull() {
    return attempts;
  }

  /** Returns the adaptive delivery settings, if the assessment is adaptive. */
  public java.util.Optional<AdaptiveSettings> adaptive() {
    return java.util.Optional.ofNullable(adaptive);
  }

  @JsonProperty("adaptive")
  private AdaptiveSettings adaptiveOrNull() {
    return adaptive;
  }

  /** Returns the bank item with this id, in O(1). */
  public Optional<Item> item(String itemId) {
    return Optional.ofNullable(itemIndex.get(itemId));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assessment a
        && id.equals(a.id)
        && version.equals(a.version)
        && title.equals(a.title)
        && Objects.equals(description, a.description)
        && framework.equals(a.framework)
        && languages.equals(a.languages)
        && defaultLanguage.equals(a.defaultLanguage)
        && Objects.equals(timeLimit, a.timeLimit)
        && items.equals(a.items)
        && sections.equals(a.sections)
        && levelRule.equals(a.levelRule)
        && certification.equals(a.certification)
        && Objects.equals(attempts, a.attempts)
        && Objects.equals(adaptive, a.adaptive);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, title, description, framework, languages, defaultLanguage, timeLimit, items, sections, levelRule, certification, attempts, adaptive);
  }

  @Override
  public String toString() {
    return "Assessment[" + id + "@" + version + ", " + items.size() + " items, " + sections.size() + " sections]";
  }
}
