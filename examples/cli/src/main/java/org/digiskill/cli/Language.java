package org.digiskill.cli;

/**
 * A language the tool writes messages in.
 *
 * <p>The constants are named by their BCP 47 tags, in lower case against Java custom, because
 * picocli shows and matches constant names on the command line, in help and in error messages.
 */
enum Language {
  vi,
  en;

  /** Returns the BCP 47 tag. */
  String tag() {
    return name();
  }
}
