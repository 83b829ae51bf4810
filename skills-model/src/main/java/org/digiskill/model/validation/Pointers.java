package org.digiskill.model.validation;

/** JSON Pointer (RFC 6901) building, and bracketing of values for messages. */
final class Pointers {
  private Pointers() {}

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String child(String parent, String token) {
    return parent + "/" + escape(token);
  }

  static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** Puts a value in brackets so that empty strings and spaces show: {@code [ ]}. */
  static String bracket(Object value) {
    return "[" + value + "]";
  }
}
