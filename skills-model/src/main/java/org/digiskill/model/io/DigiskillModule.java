package org.digiskill.model.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonAppend;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.framework.CompetencyFramework;

/**
 * A Jackson module for integrators who bind digiskill documents with their own {@code
 * ObjectMapper}: every top-level document is written with its {@code schemaVersion} and {@code
 * kind} first, exactly as {@link Documents} writes it, and those two properties are accepted when
 * reading.
 *
 * <p>The module does not change the caller's mapper settings, so it cannot give the strictness
 * {@link Documents} gives (duplicate keys, nulls, coercions, size limits) nor refuse a newer
 * {@code schemaVersion}; read untrusted documents through {@link Documents}.
 */
public final class DigiskillModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public DigiskillModule() {
    super("digiskill");
    setMixInAnnotation(CompetencyFramework.class, FrameworkEnvelope.class);
    setMixInAnnotation(Assessment.class, AssessmentEnvelope.class);
  }

  /** Registers Jackson's java.time support first: documents hold durations, periods and instants. */
  @Override
  public Iterable<? extends com.fasterxml.jackson.databind.Module> getDependencies() {
    return java.util.List.of(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule());
  }

  @JsonAppend(
      prepend = true,
      props = {
        @JsonAppend.Prop(value = SchemaVersionWriter.class, name = "schemaVersion"),
        @JsonAppend.Prop(value = FrameworkKindWriter.class, name = "kind")
      })
  private abstract static class FrameworkEnvelope {}

  @JsonAppend(
      prepend = true,
      props = {
        @JsonAppend.Prop(value = SchemaVersionWriter.class, name = "schemaVersion"),
        @JsonAppend.Prop(value = AssessmentKindWriter.class, name = "kind")
      })
  private abstract static class AssessmentEnvelope {}

  /** Writes {@code kind: assessment}. */
  static final class AssessmentKindWriter extends ConstantWriter {
    private static final long serialVersionUID = 1L;

    AssessmentKindWriter() {
      super(Documents.KIND_ASSESSMENT);
    }

    AssessmentKindWriter(BeanPropertyDefinition d, Annotations a, JavaType t) {
      super(d, a, t, Documents.KIND_ASSESSMENT);
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(
        MapperConfig<?> config, AnnotatedClass declaringClass, BeanPropertyDefinition propDef, JavaType type) {
      return new AssessmentKindWriter(propDef, declaringClass.getAnnotations(), type);
    }
  }

  /** Writes {@code schemaVersion}. Public with a no-argument constructor as Jackson requires. */
  static final class SchemaVersionWriter extends ConstantWriter {
    private static final long serialVersionUID = 1L;

    SchemaVersionWriter() {
      super(Documents.SCHEMA_VERSION);
    }

    SchemaVersionWriter(BeanPropertyDefinition d, Annotations a, JavaType t) {
      super(d, a, t, Documents.SCHEMA_VERSION);
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(
        MapperConfig<?> config, AnnotatedClass declaringClass, BeanPropertyDefinition propDef, JavaType type) {
      return new SchemaVersionWriter(propDef, declaringClass.getAnnotations(), type);
    }
  }

  /** Writes {@code kind: framework}. */
  static final class FrameworkKindWriter extends ConstantWriter {
    private static final long serialVersionUID = 1L;

    FrameworkKindWriter() {
      super(Documents.KIND_FRAMEWORK);
    }

    FrameworkKindWriter(BeanPropertyDefinition d, Annotations a, JavaType t) {
      super(d, a, t, Documents.KIND_FRAMEWORK);
    }

    @Override
    public VirtualBeanPropertyWriter withConfig(
        MapperConfig<?> config, AnnotatedClass declaringClass, BeanPropertyDefinition propDef, JavaType type) {
      return new FrameworkKindWriter(propDef, declaringClass.getAnnotations(), type);
    }
  }

  private abstract static class ConstantWriter extends VirtualBeanPropertyWriter {
    private static final long serialVersionUID = 1L;
    private final String constant;

    ConstantWriter(String constant) {
      this.constant = constant;
    }

    ConstantWriter(BeanPropertyDefinition d, Annotations a, JavaType t, String constant) {
      super(d, a, t);
      this.constant = constant;
    }

    @Override
    protected Object value(Object bean, JsonGenerator gen, SerializerProvider prov) {
      return constant;
    }
  }
}
