/**
 * The digiskill engine: compiles assessments, delivers forms, scores submissions and certifies
 * results. It takes data and returns data; the only network I/O is in {@code io}, helpers a caller
 * chooses to use.
 */
module org.digiskill.engine {
  requires transitive org.digiskill.model;
  requires org.slf4j;
  // Certificates: JSON-LD and RDF canonicalisation (titanium has no module descriptor, so these
  // are automatic modules named after its jars), JSON-P, JOSE and QR codes.
  requires titanium.json.ld;
  requires titanium.rdfc;
  requires titanium.rdf.api;
  requires titanium.rdf.n.quads;
  requires jakarta.json;
  requires com.nimbusds.jose.jwt;
  requires com.google.zxing;
  // The optional LRS client in io posts statements with the JDK's HTTP client.
  requires transitive java.net.http;

  exports org.digiskill.engine.adaptive;
  exports org.digiskill.engine.analytics;
  exports org.digiskill.engine.attempt;
  exports org.digiskill.engine.certification;
  exports org.digiskill.engine.crosswalk;
  exports org.digiskill.engine.delivery;
  exports org.digiskill.engine.io;
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
