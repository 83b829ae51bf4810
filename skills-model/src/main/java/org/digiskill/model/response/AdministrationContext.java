package org.digiskill.model.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and how an attempt took place. Carries no personal data: the team and units are public
 * bodies.
 *
 * @param mode self-service (the resident alone) or supervised
 * @param team the id of the assessing team, e.g. a commune's community digital technology team,
 *     or null
 * @param commune the commune or ward code, or null
 * @param district the district code, or null
 * @param province the province code, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdministrationContext(
    @JsonProperty(required = true) @NotNull Mode mode, String team, String commune, String district, String province) {

  /** Null-checks the mode. */
  public AdministrationContext {
    Objects.requireNonNull(mode, "mode");
  }

  /** How the attempt was administered. */
  public enum Mode {
    /** The resident took it alone, e.g. on the portal at home. */
    SELF_SERVICE,
    /** A team member supervised the attempt. */
    SUPERVISED;

    /** Returns the name used in documents: {@code self-service} or {@code supervised}. */
    @JsonValue
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
