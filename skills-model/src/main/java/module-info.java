/**
 * The digiskill domain model: competency frameworks as immutable values, strict JSON and YAML
 * reading and writing, validation, and the built-in catalogue.
 */
module org.digiskill.model {
  requires transitive com.fasterxml.jackson.databind;
  requires transitive com.fasterxml.jackson.annotation;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.yaml.snakeyaml;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires org.slf4j;

  exports org.digiskill.model;
  exports org.digiskill.model.framework;
  exports org.digiskill.model.item;
  exports org.digiskill.model.assessment;
  exports org.digiskill.model.response;
  exports org.digiskill.model.io;
  exports org.digiskill.model.validation;
  exports org.digiskill.model.catalogue;

  // Jackson binds and Hibernate Validator reflects on the model's private members.
  opens org.digiskill.model to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.digiskill.model.framework to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.digiskill.model.item to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.digiskill.model.assessment to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.digiskill.model.response to com.fasterxml.jackson.databind, org.hibernate.validator;
  opens org.digiskill.model.validation to com.fasterxml.jackson.databind;
  opens org.digiskill.model.io to com.fasterxml.jackson.databind;
  // The catalogue's resource files are read by the catalogue itself; opening the package lets
  // integrators list them with ClassLoader.getResource as well.
  opens org.digiskill.model.catalogue;
}
