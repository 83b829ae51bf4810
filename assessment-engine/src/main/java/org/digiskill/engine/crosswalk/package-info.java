/**
 * Reading crosswalks between frameworks: {@link
 * org.digiskill.engine.crosswalk.CrosswalkCoverage} tells what a local framework's crosswalk
 * reaches in another framework such as DigComp 2.2.
 */
package org.digiskill.engine.crosswalk;
