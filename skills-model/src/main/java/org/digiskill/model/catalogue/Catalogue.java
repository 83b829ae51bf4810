package org.digiskill.model.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.digiskill.model.framework.CompetencyFramework;
import org.digiskill.model.framework.FrameworkRef;
import org.digiskill.model.io.DocumentFormat;
import org.digiskill.model.io.Documents;
import org.digiskill.model.validation.FrameworkValidator;

/**
 * The frameworks that ship with digiskill, read from resource files in the same format authors
 * write:
 *
 * <ul>
 *   <li>{@code digcomp@2.2}: the EU's DigComp 2.2, 5 areas, 21 competences, 8 levels in 4 groups;
 *   <li>{@code vn-tt02-2025@2025}: Vietnam's digital competence framework for learners (Circular
 *       02/2025/TT-BGDĐT), as far as published facts allow; unverified parts are marked in its
 *       description;
 *   <li>{@code vn-residents-basic@1.0}: digiskill's bilingual basic digital skills framework for
 *       residents, with a crosswalk to DigComp 2.2.
 * </ul>
 *
 * <p>The files are read and validated once, on first use. Immutable and thread-safe.
 */
public final class Catalogue {
  /** Resource names of the built-in frameworks, beside this class. */
  static final List<String> RESOURCES =
      List.of("digcomp-2.2.yaml", "vn-learners-2025.yaml", "vn-residents-basic.yaml");

  /** Reference of DigComp 2.2. */
  public static final FrameworkRef DIGCOMP_2_2 = new FrameworkRef("digcomp", "2.2");

  /** Reference of Vietnam's learner framework (Circular 02/2025/TT-BGDĐT). */
  public static final FrameworkRef VN_LEARNERS_2025 = new FrameworkRef("vn-tt02-2025", "2025");

  /** Reference of the residents' basic digital skills framework. */
  public static final FrameworkRef VN_RESIDENTS_BASIC = new FrameworkRef("vn-residents-basic", "1.0");

  private static final class Holder {
    static final Catalogue BUILT_IN = load();
  }

  private final Map<FrameworkRef, CompetencyFramework> frameworks;

  private Catalogue(Map<FrameworkRef, CompetencyFramework> frameworks) {
    this.frameworks = frameworks;
  }

  /**
   * Returns the built-in catalogue.
   *
   * @throws org.digiskill.model.validation.InvalidDefinitionException if a bundled file is
   *     invalid, which the build's tests rule out
   */
  public static Catalogue builtIn() {
    return Holder.BUILT_IN;
  }

  /** Returns every framework, in the order listed above. */
  public List<CompetencyFramework> frameworks() {
    return List.copyOf(frameworks.values());
  }

  /** Returns the framework with this id and version. */
  public Optional<CompetencyFramework> framework(FrameworkRef ref) {
    return Optional.ofNullable(frameworks.get(ref));
  }

  /** Returns the framework with this id and version. */
  public Optional<CompetencyFramework> framework(String id, String version) {
    return framework(new FrameworkRef(id, version));
  }

  /** Returns DigComp 2.2. */
  public CompetencyFramework digComp22() {
    return frameworks.get(DIGCOMP_2_2);
  }

  /** Returns Vietnam's learner framework (Circular 02/2025/TT-BGDĐT). */
  public CompetencyFramework vietnamLearners2025() {
    return frameworks.get(VN_LEARNERS_2025);
  }

  /** Returns the residents' basic digital skills framework. */
  public CompetencyFramework residentsBasic() {
    return frameworks.get(VN_RESIDENTS_BASIC);
  }

  /** Returns a validator that resolves crosswalks into the catalogue's frameworks. */
  public FrameworkValidator validator() {
    return FrameworkValidator.create().withKnown(frameworks.values());
  }

  private static Catalogue load() {
    Map<FrameworkRef, CompetencyFramework> all = new LinkedHashMap<>();
    for (String name : RESOURCES) {
      try (InputStream in = Catalogue.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException("missing built-in framework resource " + name);
        }
        CompetencyFramework f = Documents.standard().readFramework(in, name, DocumentFormat.YAML);
        all.put(f.ref(), f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    FrameworkValidator v = FrameworkValidator.create().withKnown(all.values());
    for (CompetencyFramework f : all.values()) {
      v.validate(f).throwIfInvalid();
    }
    return new Catalogue(java.util.Collections.unmodifiableMap(all));
  }
}
