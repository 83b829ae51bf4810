package org.digiskill.model.framework;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.digiskill.model.LocalizedText;

/**
 * A competency framework: areas of competences, a proficiency scale, and crosswalks to other
 * frameworks. DigComp 2.2, Vietnam's learner framework and the residents' basic digital skills
 * framework are all instances (see {@code org.digiskill.model.catalogue.Catalogue}).
 *
 * <p>Immutable and thread-safe. A class rather than a record because it keeps indexes for O(1)
 * lookups of areas and competences by code; equality is that of its document fields. When codes
 * repeat (an invalid document, reported by validation) the first one wins lookups. Construction
 * checks only nullness; use {@code FrameworkValidator} for everything else.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties(value = {"schemaVersion", "kind"}, allowGetters = true)
@JsonPropertyOrder({
  "id", "version", "title", "description", "defaultLanguage", "source", "license", "scale", "areas",
  "crosswalks"
})
public final class CompetencyFramework {
  @NotNull
  @Pattern(regexp = Codes.ID)
  private final String id;

  @NotBlank private final String version;
  @NotNull @Valid private final LocalizedText title;
  @Valid private final LocalizedText description;
  @NotNull private final String defaultLanguage;
  @Valid private final Citation source;
  private final String license;
  @NotNull @Valid private final ProficiencyScale scale;
  @NotEmpty private final List<@Valid CompetenceArea> areas;
  private final List<@Valid Crosswalk> crosswalks;

  private final Map<String, CompetenceArea> areaIndex;
  private final Map<String, Competence> competenceIndex;
  private final Map<String, CompetenceArea> areaOfCompetence;
  private final List<Competence> allCompetences;

  /**
   * Creates a framework.
   *
   * @param id the framework's id, e.g. {@code digcomp}
   * @param version the framework's version, e.g. {@code 2.2}
   * @param title the framework's name
   * @param description what it is for, or null
   * @param defaultLanguage the BCP 47 tag every title must have text in, e.g. {@code vi}
   * @param source where the framework comes from, or null
   * @param license the licence of the framework text (an SPDX id where one exists), or null
   * @param scale the proficiency levels
   * @param areas the competence areas, in document order
   * @param crosswalks links to other frameworks; null or empty for none
   */
  @JsonCreator
  public CompetencyFramework(
      @JsonProperty(value = "id", required = true) String id,
      @JsonProperty(value = "version", required = true) String version,
      @JsonProperty(value = "title", required = true) LocalizedText title,
      @JsonProperty("description") LocalizedText description,
      @JsonProperty(value = "defaultLanguage", required = true) String defaultLanguage,
      @JsonProperty("source") Citation source,
      @JsonProperty("license") String license,
      @JsonProperty(value = "scale", required = true) ProficiencyScale scale,
      @JsonProperty(value = "areas", required = true) List<CompetenceArea> areas,
      @JsonProperty("crosswalks") List<Crosswalk> crosswalks) {
    this.id = Objects.requireNonNull(id, "id");
    this.version = Objects.requireNonNull(version, "version");
    this.title = Objects.requireNonNull(title, "title");
    this.description = description;
    this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
    this.source = source;
    this.license = license;
    this.scale = Objects.requireNonNull(scale, "scale");
    this.areas = List.copyOf(Objects.requireNonNull(areas, "areas"));
    this.crosswalks = crosswalks == null ? List.of() : List.copyOf(crosswalks);

    Map<String, CompetenceArea> ai = new HashMap<>();
    Map<String, Competence> ci = new HashMap<>();
    Map<String, CompetenceArea> aoc = new HashMap<>();
    List<Competence> all = new ArrayList<>();
    for (CompetenceArea area : this.areas) {
      ai.putIfAbsent(area.code(), area);
      for (Competence c : area.competences()) {
        ci.putIfAbsent(c.code(), c);
        aoc.putIfAbsent(c.code(), area);
        all.add(c);
      }
    }
    this.areaIndex = Map.copyOf(ai);
    this.competenceIndex = Map.copyOf(ci);
    this.areaOfCompetence = Map.copyOf(aoc);
    this.allCompetences = List.copyOf(all);
  }

  /** Returns the framework's id. */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** Returns the framework's version. */
  @JsonProperty("version")
  public String version() {
    return version;
  }

  /** Returns this framework's id and version as a reference. */
  public FrameworkRef ref() {
    return new FrameworkRef(id, version);
  }

  /** Returns the framework's name. */
  @JsonProperty("title")
  public LocalizedText title() {
    return title;
  }

  /** Returns what the framework is for, if given. */
  public Optional<LocalizedText> description() {
    return Optional.ofNullable(description);
  }

  @JsonProperty("description")
  private LocalizedText descriptionOrNull() {
    return description;
  }

  /** Returns the BCP 47 tag of the language every title has text in. */
  @JsonProperty("defaultLanguage")
  public String defaultLanguage() {
    return defaultLanguage;
  }

  /** Returns where the framework comes from, if given. */
  public Optional<Citation> source() {
    return Optional.ofNullable(source);
  }

  @JsonProperty("source")
  private Citation sourceOrNull() {
    return source;
  }

  /** Returns the licence of the framework text, if given. */
  public Optional<String> license() {
    return Optional.ofNullable(license);
  }

  @JsonProperty("license")
  private String licenseOrNull() {
    return license;
  }

  /** Returns the proficiency scale. */
  @JsonProperty("scale")
  public ProficiencyScale scale() {
    return scale;
  }

  /** Returns the competence areas in document order. */
  @JsonProperty("areas")
  public List<CompetenceArea> areas() {
    return areas;
  }

  /** Returns the crosswalks to other frameworks; empty when there are none. */
  @JsonProperty("crosswalks")
  public List<Crosswalk> crosswalks() {
    return crosswalks;
  }

  /** Returns every competence, area by area, in document order. */
  public List<Competence> competences() {
    return allCompetences;
  }

  /** Returns the area with this code, in O(1). */
  public Optional<CompetenceArea> area(String code) {
    return Optional.ofNullable(areaIndex.get(code));
  }

  /** Returns the competence with this code, in O(1). */
  public Optional<Competence> competence(String code) {
    return Optional.ofNullable(competenceIndex.get(code));
  }

  /** Returns the area that holds the competence with this code, in O(1). */
  public Optional<CompetenceArea> areaOf(String competenceCode) {
    return Optional.ofNullable(areaOfCompetence.get(competenceCode));
  }

  /** Returns the crosswalk to the given framework version, if this framework has one. */
  public Optional<Crosswalk> crosswalkTo(FrameworkRef target) {
    return crosswalks.stream().filter(c -> c.target().equals(target)).findFirst();
  }

  /** Returns the title in the requested language, falling back as {@link LocalizedText} does. */
  public String title(String languageTag) {
    return title.resolve(languageTag, defaultLanguage).orElse(id);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CompetencyFramework f
        && id.equals(f.id)
        && version.equals(f.version)
        && title.equals(f.title)
        && Objects.equals(description, f.description)
        && defaultLanguage.equals(f.defaultLanguage)
        && Objects.equals(source, f.source)
        && Objects.equals(license, f.license)
        && scale.equals(f.scale)
        && areas.equals(f.areas)
        && crosswalks.equals(f.crosswalks);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, title, description, defaultLanguage, source, license, scale, areas, crosswalks);
  }

  @Override
  public String toString() {
    return "CompetencyFramework[" + id + "@" + version + ", " + areas.size() + " areas, "
        + allCompetences.size() + " competences, " + scale.levels().size() + " levels]";
  }
}
