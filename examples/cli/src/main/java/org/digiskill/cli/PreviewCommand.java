package org.digiskill.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.digiskill.engine.delivery.Form;
import org.digiskill.engine.delivery.FormItem;
import org.digiskill.engine.scoring.CompiledAssessment;
import org.digiskill.model.LocalizedText;
import org.digiskill.model.assessment.Assessment;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.item.Choice;
import org.digiskill.model.item.Item;
import org.digiskill.model.validation.InvalidDefinitionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code digiskill preview}: prints the form a seed delivers — items in order, options in the
 * order shown — as a test author would check it, or as JSON for tools.
 */
@Command(
    name = "preview",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {"Prints the form delivered for a seed.", "Use 'sample' for --assessment to try the bundled sample."},
    exitCodeOnInvalidInput = Main.EXIT_USAGE,
    exitCodeOnExecutionException = Main.EXIT_INTERNAL_ERROR)
final class PreviewCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--assessment", required = true, paramLabel = "FILE", description = "The assessment (.yaml or .json), or 'sample'.")
  private String assessment;

  @Option(names = "--framework", paramLabel = "FILE", description = "Its framework; by default the built-in one it names.")
  private String framework;

  @Option(names = "--seed", required = true, paramLabel = "N", description = "The delivery seed.")
  private long seed;

  @Option(names = "--lang", paramLabel = "LANG", defaultValue = "vi", description = "Language of the texts: ${COMPLETION-CANDIDATES}.")
  private Language language;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "Output: text or json.")
  private String format;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "expected --format text or json but was [" + format + "]");
    }
    CompiledAssessment compiled;
    try {
      compiled = Inputs.compile(assessment, framework);
    } catch (InvalidDefinitionException e) {
      Inputs.printProblems(e, language, spec.commandLine().getErr());
      return Main.EXIT_INVALID;
    }
    Form form = compiled.deliver(seed);
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals("json")) {
      out.print(Documents.standard().writeAny(form, DocumentFormat.JSON));
    } else {
      printText(compiled.assessment(), form, out);
    }
    out.flush();
    return Main.EXIT_OK;
  }

  private void printText(Assessment a, Form form, PrintWriter out) {
    out.println(text(a.title(), a) + "  [" + a.id() + "@" + a.version() + ", seed " + form.seed() + "]");
    String section = null;
    int n = 0;
    for (FormItem fi : form.items()) {
      if (!fi.section().equals(section)) {
        section = fi.section();
        out.println();
        out.println("== " + section);
      }
      Item item = a.item(fi.item()).orElseThrow();
      n++;
      out.println(n + ". [" + item.id() + ", " + item.type() + ", " + fmt(item.points()) + " pt] " + text(item.prompt(), a));
      if (item.media() != null) {
        out.println("   (" + item.media().kind().jsonName() + ": " + item.media().uri() + " — " + text(item.media().alt(), a) + ")");
      }
      List<Choice> options = options(item);
      for (String id : fi.optionOrder()) {
        Choice c = options.stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
        out.println("   " + id + ") " + text(c.text(), a) + (c.pinned() ? "  (pinned)" : ""));
      }
      if (item instanceof Item.Matching m) {
        for (Choice c : m.left()) {
          out.println("   " + c.id() + ": " + text(c.text(), a));
        }
      }
      if (item instanceof Item.Likert l) {
        l.options().forEach(o -> out.println("   " + o.id() + ") " + text(o.text(), a)));
      }
    }
  }

  private String text(LocalizedText t, Assessment a) {
    return t.resolve(language.tag(), a.defaultLanguage()).orElse("");
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  private static List<Choice> options(Item item) {
    if (item instanceof Item.SingleChoice i) {
      return i.choices();
    } else if (item instanceof Item.MultipleChoice i) {
      return i.choices();
    } else if (item instanceof Item.Ordering i) {
      return i.steps();
    } else if (item instanceof Item.Matching i) {
      return i.right();
    }
    return List.of();
  }
}
