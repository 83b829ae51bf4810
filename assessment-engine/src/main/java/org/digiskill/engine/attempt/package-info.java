/**
 * Attempts for portals: {@link org.digiskill.engine.attempt.Attempt} is an immutable,
 * JSON-serialisable value that {@link org.digiskill.engine.attempt.AttemptLifecycle} moves through
 * start, save, submit and expire, with time limits from an injected clock, a grace period,
 * accommodations, idempotent submission and offline-form checks; {@link
 * org.digiskill.engine.attempt.Standing} applies the retake policy and grading method; {@link
 * org.digiskill.engine.attempt.Regrader} re-scores stored submissions against a corrected version
 * and reports what changed.
 */
package org.digiskill.engine.attempt;
