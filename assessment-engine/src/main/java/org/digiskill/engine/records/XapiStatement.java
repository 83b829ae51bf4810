package org.digiskill.engine.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * An xAPI 1.0.3 statement, with the nested values it is made of. Property names are those of the
 * xAPI specification, so that writing a statement with any Jackson mapper gives a statement a
 * learning record store accepts. Null and empty parts are left out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the statement id, stable for an attempt and item
 * @param actor who did it
 * @param verb what they did
 * @param object the activity they did it to
 * @param result the outcome, or null
 * @param context the registration, platform, language, related activities and extensions
 * @param timestamp when it happened, or null
 * @param version the statement's data-model version, {@code 1.0.0} (see {@link XapiStatements#VERSION})
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"id", "actor", "verb", "object", "result", "context", "timestamp", "version"})
public record XapiStatement(UUID id, Agent actor, Verb verb, Activity object, Result result, Context context,
    Instant timestamp, String version) {

  /** Null-checks the required parts. */
  public XapiStatement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(verb, "verb");
    Objects.requireNonNull(object, "object");
  }

  /**
   * An xAPI Agent, identified by exactly one of an account or an mbox.
   *
   * @param objectType always {@code Agent}
   * @param mbox a {@code mailto:} IRI, or null
   * @param account the portal account, or null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"objectType", "mbox", "account"})
  public record Agent(String objectType, String mbox, Account account) {
    /** Checks that exactly one identifier is given. */
    public Agent {
      if ((mbox == null) == (account == null)) {
        throw new IllegalArgumentException("expected exactly one of mbox and account but was [" + mbox + "] and ["
            + account + "]");
      }
    }
  }

  /**
   * An account on a system.
   *
   * @param homePage the system's home page
   * @param name the opaque id on that system
   */
  @JsonPropertyOrder({"homePage", "name"})
  public record Account(String homePage, String name) {
    /** Null-checks the parts. */
    public Account {
      Objects.requireNonNull(homePage, "homePage");
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * A verb.
   *
   * @param id the verb IRI
   * @param display its names by language
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Verb(String id, Map<String, String> display) {
    /** Null-checks and copies. */
    public Verb {
      Objects.requireNonNull(id, "id");
      display = copy(display);
    }
  }

  /**
   * An activity.
   *
   * @param objectType always {@code Activity}
   * @param id the activity IRI
   * @param definition its definition, or null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"objectType", "id", "definition"})
  public record Activity(String objectType, String id, Definition definition) {
    /** Null-checks the id. */
    public Activity {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * An activity definition; the interaction parts are set for {@code cmi.interaction} activities
   * only.
   *
   * @param name names by language
   * @param description descriptions by language
   * @param type the activity type IRI
   * @param interactionType {@code choice}, {@code true-false}, {@code fill-in}, ...; or null
   * @param correctResponsesPattern the correct responses in xAPI's response syntax
   * @param choices the options of choice and sequencing interactions
   * @param scale the options of likert interactions
   * @param source the left-hand options of matching interactions
   * @param target the right-hand options of matching interactions
   * @param steps the steps of performance interactions
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"name", "description", "type", "interactionType", "correctResponsesPattern", "choices", "scale",
      "source", "target", "steps"})
  public record Definition(Map<String, String> name, Map<String, String> description, String type,
      String interactionType, List<String> correctResponsesPattern, List<Component> choices, List<Component> scale,
      List<Component> source, List<Component> target, List<Component> steps) {
    /** Copies the maps and lists. */
    public Definition {
      name = copy(name);
      description = copy(description);
      correctResponsesPattern = copy(correctResponsesPattern);
      choices = copy(choices);
      scale = copy(scale);
      source = copy(source);
      target = copy(target);
      steps = copy(steps);
    }
  }

  /**
   * An interaction component: an option, a scale point, a matching side or a step.
   *
   * @param id its id, as used in response patterns
   * @param description its text by language
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Component(String id, Map<String, String> description) {
    /** Null-checks and copies. */
    public Component {
      Objects.requireNonNull(id, "id");
      description = copy(description);
    }
  }

  /**
   * The outcome of a statement.
   *
   * @param score the score, or null
   * @param success whether it was a success, or null when that does not apply
   * @param completion whether the activity was completed, or null
   * @param response the response in xAPI's response syntax, or null
   * @param duration an ISO 8601 duration, or null
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"score", "success", "completion", "response", "duration"})
  public record Result(Score score, Boolean success, Boolean completion, String response, String duration) {}

  /**
   * A score.
   *
   * @param scaled the score in [-1, 1]
   * @param raw the points earned
   * @param min the least possible points
   * @param max the most possible points
   */
  @JsonPropertyOrder({"scaled", "raw", "min", "max"})
  public record Score(double scaled, double raw, double min, double max) {}

  /**
   * The context of a statement.
   *
   * @param registration the registration, or null
   * @param platform the platform
   * @param language the RFC 5646 language
   * @param contextActivities related activities
   * @param extensions extensions, keyed by IRI
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  @JsonPropertyOrder({"registration", "contextActivities", "platform", "language", "extensions"})
  public record Context(UUID registration, String platform, String language, ContextActivities contextActivities,
      Map<String, String> extensions) {
    /** Copies the extensions. */
    public Context {
      extensions = copy(extensions);
    }
  }

  /**
   * Activities related to a statement's object.
   *
   * @param parent the activities the object is part of
   * @param other other related activities (here: the competences evidenced)
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ContextActivities(List<Activity> parent, List<Activity> other) {
    /** Copies the lists. */
    public ContextActivities {
      parent = copy(parent);
      other = copy(other);
    }
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  // Keeps the given order so that the JSON is the same on every run.
  private static <V> Map<String, V> copy(Map<String, V> map) {
    return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
