/**
 * The digiskill engine: turns frameworks and (as the library grows) assessments and submissions
 * into results. It takes data and returns data; it does no file or network I/O of its own.
 */
module org.digiskill.engine {
  requires transitive org.digiskill.model;
  requires org.slf4j;

  exports org.digiskill.engine.crosswalk;
}
