package org.digiskill.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.digiskill.cli.ValidateCommandTest.run;

import org.junit.jupiter.api.Test;

class MainTest {
  @Test
  void main_noArguments_isUsageError() {
    ValidateCommandTest.Result r = run();

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Missing required subcommand").contains("Usage: digiskill");
  }

  @Test
  void main_unknownOption_isUsageError() {
    assertThat(run("--bogus").exitCode()).isEqualTo(Main.EXIT_USAGE);
  }

  @Test
  void main_unknownSubcommand_isUsageError() {
    ValidateCommandTest.Result r = run("check", "file.yaml");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("check");
  }

  @Test
  void main_help_listsValidate() {
    ValidateCommandTest.Result r = run("--help");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(r.out()).contains("Usage: digiskill").contains("validate");
  }

  @Test
  void main_version_isTheProjectVersion() {
    ValidateCommandTest.Result r = run("--version");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(r.out()).matches("digiskill \\d+\\.\\d+\\.\\d+\\S*\\R");
  }

  @Test
  void main_helpSubcommand() {
    ValidateCommandTest.Result r = run("help", "validate");

    assertThat(r.exitCode()).isEqualTo(Main.EXIT_OK);
    assertThat(r.out()).contains("Usage: digiskill validate");
  }
}
