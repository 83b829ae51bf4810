package org.digiskill.model.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.digiskill.model.internal.Messages;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the Bean Validation annotations of the model through one shared Hibernate Validator and
 * turns each constraint violation into a {@link Violation} with a JSON Pointer path and our own
 * bilingual message (the validator's own messages are never shown).
 */
final class BeanChecks {
  // Built once: a ValidatorFactory is expensive and thread-safe. ParameterMessageInterpolator
  // needs no Expression Language implementation, and we never show its messages anyway.
  private static final ValidatorFactory FACTORY =
      Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private BeanChecks() {}

  static List<Violation> check(Object document) {
    List<Violation> out = new ArrayList<>();
    for (ConstraintViolation<Object> cv : VALIDATOR.validate(document)) {
      out.add(toViolation(cv));
    }
    // Validator returns a Set; sort so reports are the same on every run.
    out.sort(Comparator.comparing(Violation::path).thenComparing(Violation::code));
    return out;
  }

  static String pointer(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object key = node.getIndex() != null ? node.getIndex() : node.getKey();
        if (key != null) {
          sb.append('/').append(Pointers.escape(String.valueOf(key)));
        }
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        sb.append('/').append(Pointers.escape(name));
      }
    }
    return sb.toString();
  }

  private static Violation toViolation(ConstraintViolation<Object> cv) {
    Annotation a = cv.getConstraintDescriptor().getAnnotation();
    Map<String, Object> attrs = cv.getConstraintDescriptor().getAttributes();
    String type = a.annotationType().getSimpleName();
    Object value = cv.getInvalidValue();
    String code;
    Object[] args;
    switch (type) {
      case "NotNull" -> {
        code = "value.missing";
        args = new Object[0];
      }
      case "NotBlank" -> {
        code = value == null ? "value.missing" : "value.blank";
        args = new Object[] {Pointers.bracket(value)};
      }
      case "NotEmpty" -> {
        code = value == null ? "value.missing" : "value.empty";
        args = new Object[0];
      }
      case "Pattern" -> {
        code = "value.pattern";
        args = new Object[] {"[" + attrs.get("regexp") + "]", Pointers.bracket(value)};
      }
      case "Size" -> {
        code = "value.size";
        args = new Object[] {attrs.get("min"), attrs.get("max"), sizeOf(value)};
      }
      case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero" -> {
        code = "value.range";
        args = new Object[] {rangeOf(type, attrs), Pointers.bracket(value)};
      }
      default -> {
        code = "value.invalid";
        args = new Object[] {Pointers.bracket(value), type};
      }
    }
    return new Violation(
        "", pointer(cv.getPropertyPath()), 0, 0, code, Severity.ERROR, Messages.text(code, args));
  }

  private static Object sizeOf(Object value) {
    if (value instanceof java.util.Collection<?> c) {
      return c.size();
    }
    if (value instanceof Map<?, ?> m) {
      return m.size();
    }
    if (value instanceof CharSequence s) {
      return s.length();
    }
    return "?";
  }

  private static String rangeOf(String type, Map<String, Object> attrs) {
    return switch (type) {
      case "Min", "DecimalMin" -> "[" + attrs.get("value") + ", ∞)";
      case "Max", "DecimalMax" -> "(-∞, " + attrs.get("value") + "]";
      case "Positive" -> "(0, ∞)";
      default -> "[0, ∞)";
    };
  }
}
