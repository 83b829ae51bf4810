/**
 * The digiskill engine: turns frameworks and (as the library grows) assessments and submissions
 * into results. It takes data and returns data; it does no file or network I/O of its own.
 */
module org.digiskill.engine {
  requires transitive org.digiskill.model;
  requires org.slf4j;

  exports org.digiskill.engine.adaptive;
  exports org.digiskill.engine.analytics;
  exports org.digiskill.engine.attempt;
  exports org.digiskill.engine.certification;
  exports org.digiskill.engine.crosswalk;
  exports org.digiskill.engine.delivery;
  exports org.digiskill.engine.irt;
  exports org.digiskill.engine.records;
  exports org.digiskill.engine.scoring;

  // Reports are written to JSON by the caller's mapper.
  opens org.digiskill.engine.scoring to com.fasterxml.jackson.databind;
  opens org.digiskill.engine.delivery to com.fasterxml.jackson.databind;
  opens org.digiskill.engine.attempt to com.fasterxml.jackson.databind;
  opens org.digiskill.engine.adaptive to com.fasterxml.jackson.databind;
  opens org.digiskill.engine.records to com.fasterxml.jackson.databind;
  opens org.digiskill.engine.certification to com.fasterxml.jackson.databind;
  // The bundled sample assessment and submissions, readable by anyone as resources.
  opens org.digiskill.engine.samples;
}
