/**
 * The digiskill domain model: immutable values describing competency frameworks (and, as the
 * library grows, items, assessments and submissions).
 *
 * <p>Start from {@link org.digiskill.model.io.Documents} to read and write documents, {@link
 * org.digiskill.model.catalogue.Catalogue} for the built-in frameworks, and {@link
 * org.digiskill.model.validation.FrameworkValidator} to check a framework built in code.
 */
package org.digiskill.model;
