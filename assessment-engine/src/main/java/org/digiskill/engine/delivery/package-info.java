/**
 * Seeded delivery: {@link org.digiskill.engine.delivery.FormGenerator} turns an assessment and a
 * seed into the concrete {@link org.digiskill.engine.delivery.Form} a resident receives, by an
 * algorithm documented well enough to re-implement in another language.
 */
package org.digiskill.engine.delivery;
