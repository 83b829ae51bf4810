package org.digiskill.model.framework;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.digiskill.model.LocalizedText;

/**
 * One competence of a framework, such as DigComp's {@code 2.3} "Engaging in citizenship through
 * digital technologies".
 *
 * @param code the competence's code, unique in its framework
 * @param title the competence's name
 * @param description what the competence covers, or null
 * @param levelDescriptors what the competence looks like at each level, keyed by level code; empty
 *     when the framework gives no per-level descriptors
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Competence(
    @JsonProperty(required = true) @NotNull @Pattern(regexp = Codes.CODE) String code,
    @JsonProperty(required = true) @NotNull @Valid LocalizedText title,
    @Valid LocalizedText description,
    Map<String, @Valid LocalizedText> levelDescriptors) {

  /** Null-checks the required parts and copies the descriptors. */
  public Competence {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    levelDescriptors =
        levelDescriptors == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(levelDescriptors));
  }

  /** Returns a competence with a title only. */
  public static Competence of(String code, LocalizedText title) {
    return new Competence(code, title, null, Map.of());
  }
}
