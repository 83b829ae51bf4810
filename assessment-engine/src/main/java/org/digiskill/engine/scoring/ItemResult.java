package org.digiskill.engine.scoring;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import org.digiskill.model.response.Response;

/**
 * How one delivered item was scored, and why.
 *
 * <p>Immutable and thread-safe. A class rather than a record so that the human-readable {@link
 * #detail()} is only written out when someone reads it, by scoring the response again (scoring a
 * batch for its decisions should not pay for sentences nobody reads); equality includes the
 * detail.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
@JsonPropertyOrder({"item", "type", "section", "status", "points", "maxPoints", "reason", "detail", "critical", "selfReported"})
public final class ItemResult {
  private final String item;
  private final String type;
  private final String section;
  private final ItemStatus status;
  private final double points;
  private final double maxPoints;
  private final String reason;
  private final List<String> critical;
  private final boolean selfReported;
  private final boolean hasCritical; // !critical.isEmpty(), read for every result scored
  // Written on first read when the scorer is set (see explainedBy). Not volatile: like
  // String.hashCode, a racing reader at worst writes the same text again; the scorer and response
  // are set before the result is shared.
  private String detail;
  private ItemScorer explainer;
  private Response response;

  /**
   * Creates a result.
   *
   * @param item the item id
   * @param type the item's kind, e.g. {@code single-choice}
   * @param section the section it was delivered in
   * @param status correct, partial, incorrect, unanswered, invalid or reported
   * @param points the points earned (negative only under negative marking)
   * @param maxPoints the item's points
   * @param reason a stable code for the outcome, e.g. {@code correct}, {@code
   *     partial.right-minus-wrong}, {@code response.unknown-choice}
   * @param detail the numbers behind the points, in English, e.g. {@code (2 right − 1 wrong) / 3
   *     correct × 2 points = 0.6667}
   * @param critical what the resident did that fails certification whatever the total (choice,
   *     region or step ids); empty when nothing
   * @param selfReported true for self-assessment items, whose points never count in tested totals
   */
  @JsonCreator
  public ItemResult(
      @JsonProperty("item") String item,
      @JsonProperty("type") String type,
      @JsonProperty("section") String section,
      @JsonProperty("status") ItemStatus status,
      @JsonProperty("points") double points,
      @JsonProperty("maxPoints") double maxPoints,
      @JsonProperty("reason") String reason,
      @JsonProperty("detail") String detail,
      @JsonProperty("critical") List<String> critical,
      @JsonProperty("selfReported") boolean selfReported) {
    this.item = Objects.requireNonNull(item, "item");
    this.type = type;
    this.section = section;
    this.status = Objects.requireNonNull(status, "status");
    this.points = points;
    this.maxPoints = maxPoints;
    this.reason = Objects.requireNonNull(reason, "reason");
    this.detail = detail;
    this.critical = critical == null ? List.of() : List.copyOf(critical);
    this.hasCritical = !this.critical.isEmpty();
    this.selfReported = selfReported;
  }

  /**
   * Makes the detail of this new, not yet shared result be written on first read by scoring the
   * response again with the scorer that made it.
   */
  ItemResult explainedBy(ItemScorer scorer, Response response) {
    this.explainer = scorer;
    this.response = response;
    return this;
  }

  /** Returns the item id. */
  @JsonProperty("item")
  public String item() {
    return item;
  }

  /** Returns the item's kind. */
  @JsonProperty("type")
  public String type() {
    return type;
  }

  /** Returns the section the item was delivered in. */
  @JsonProperty("section")
  public String section() {
    return section;
  }

  /** Returns the outcome. */
  @JsonProperty("status")
  public ItemStatus status() {
    return status;
  }

  /** Returns the points earned. */
  @JsonProperty("points")
  public double points() {
    return points;
  }

  /** Returns the item's points. */
  @JsonProperty("maxPoints")
  public double maxPoints() {
    return maxPoints;
  }

  /** Returns the stable code of the outcome. */
  @JsonProperty("reason")
  public String reason() {
    return reason;
  }

  /** Returns the numbers behind the points, in English; null when there is nothing to add. */
  @JsonProperty("detail")
  public String detail() {
    String d = detail;
    if (d == null && explainer != null) {
      d = explainer.explain(response, section).detail;
      detail = d;
    }
    return d;
  }

  /** Returns the critical errors made on this item (option, region or step ids). */
  @JsonProperty("critical")
  public List<String> critical() {
    return critical;
  }

  /** Returns whether {@link #critical()} is not empty. */
  boolean hasCritical() {
    return hasCritical;
  }

  /** Returns true for self-assessment items. */
  @JsonProperty("selfReported")
  public boolean selfReported() {
    return selfReported;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ItemResult r
        && item.equals(r.item)
        && Objects.equals(type, r.type)
        && Objects.equals(section, r.section)
        && status == r.status
        && Double.compare(points, r.points) == 0
        && Double.compare(maxPoints, r.maxPoints) == 0
        && reason.equals(r.reason)
        && Objects.equals(detail(), r.detail())
        && critical.equals(r.critical)
        && selfReported == r.selfReported;
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, type, section, status, points, maxPoints, reason, critical, selfReported);
  }

  @Override
  public String toString() {
    return "ItemResult[" + item + ", " + status.jsonName() + ", " + points + "/" + maxPoints + ", " + reason + ", " + detail() + "]";
  }
}
