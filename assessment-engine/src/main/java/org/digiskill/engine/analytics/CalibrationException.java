package org.digiskill.engine.analytics;

import org.digiskill.model.DigiskillException;

/**
 * Thrown when response data cannot be read or calibrated; whoever supplied the data must fix it.
 *
 * <p>Codes: {@code csv.malformed} (the CSV is not a response matrix; the message starts with
 * {@code source:line:column:}), {@code calibration.not-dichotomous}, {@code
 * calibration.extreme-item}, {@code calibration.unknown-anchor}, {@code calibration.no-data}, {@code
 * calibration.not-identified} (for example, items not linked by common persons).
 */
public final class CalibrationException extends DigiskillException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a stable code and a message. */
  public CalibrationException(String code, String message) {
    super(code, "", message);
  }

  /** Translates a numerical failure (a singular information matrix, an overflow) into this exception. */
  static CalibrationException notIdentified(ArithmeticException e) {
    return new CalibrationException("calibration.not-identified",
        "expected items linked by persons who answered several of them but the parameters are not identified (" + e.getMessage() + ")");
  }
}
