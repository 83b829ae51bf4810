/**
 * Computerized adaptive testing over an IRT-calibrated bank: {@link
 * org.digiskill.engine.adaptive.AdaptiveEngine} (entry type) runs {@link
 * org.digiskill.engine.adaptive.AdaptiveSession}s, immutable JSON values, under a {@link
 * org.digiskill.engine.adaptive.CatConfig} (maximum-information selection with randomesque and
 * Sympson–Hetter exposure control, Kingsbury–Zara content balancing, SE / length / SPRT stopping);
 * {@link org.digiskill.engine.adaptive.CatSimulation} evaluates a configuration by Monte Carlo.
 * Every type is immutable and thread-safe; randomness comes only from explicit seeds.
 */
package org.digiskill.engine.adaptive;
