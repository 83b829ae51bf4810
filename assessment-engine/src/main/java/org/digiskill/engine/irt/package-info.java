/**
 * Item response theory: item models ({@link org.digiskill.engine.irt.ItemModel}: Rasch, 2PL, 3PL,
 * PCM, GPCM, GRM) and ability estimators ({@link org.digiskill.engine.irt.AbilityEstimator}: EAP,
 * MLE, WLE, MAP) that turn scored answers into an {@link
 * org.digiskill.engine.irt.AbilityEstimate}. Everything here is immutable and thread-safe; no
 * method accepts or returns null.
 */
package org.digiskill.engine.irt;
