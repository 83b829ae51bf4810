package org.digiskill.engine.attempt;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;
import org.digiskill.model.response.Response;

/**
 * A response as saved during an attempt.
 *
 * @param response the response
 * @param savedAt when the engine accepted it, by the lifecycle's clock
 * @param partial true for an unfinished answer saved so that nothing is lost on a weak connection
 *     (it still counts if it is the last one saved when the attempt ends)
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record SavedResponse(Response response, Instant savedAt, boolean partial) {

  /** Null-checks. */
  public SavedResponse {
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(savedAt, "savedAt");
  }
}
