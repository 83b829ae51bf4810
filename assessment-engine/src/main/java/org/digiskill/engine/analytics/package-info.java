/**
 * Item calibration from response data: {@link org.digiskill.engine.analytics.ResponseMatrixCsv}
 * reads a {@link org.digiskill.engine.analytics.ResponseMatrix}; {@link
 * org.digiskill.engine.analytics.RaschCml} and {@link
 * org.digiskill.engine.analytics.PartialCreditCml} (conditional maximum likelihood) and {@link
 * org.digiskill.engine.analytics.TwoPlMml} (marginal maximum likelihood, Bock–Aitkin EM) turn it
 * into a {@link org.digiskill.engine.analytics.CalibrationResult} with item fit, person estimates
 * and {@link org.digiskill.engine.analytics.ItemParameterUpdate}s an author can merge into the
 * bank. All types are immutable and thread-safe; logits use D = 1.
 */
package org.digiskill.engine.analytics;
