package org.digiskill.engine.irt;

import java.util.Arrays;
import java.util.Objects;
import org.digiskill.model.item.IrtParameters;

/**
 * An IRT item response model: the probability of each score category as a function of ability
 * theta, on the logistic metric (D = 1; multiply a by 1.702 for the normal-ogive metric).
 * Categories are numbered {@code 0..categories()-1}; dichotomous items have categories 0 (wrong)
 * and 1 (right).
 *
 * <p>Implementations are immutable, thread-safe records; arguments are never null. The methods
 * allocate nothing, so estimators may call them in their inner loops.
 */
public sealed interface ItemModel
    permits ItemModel.Dichotomous,
        ItemModel.PartialCredit,
        ItemModel.GeneralizedPartialCredit,
        ItemModel.Graded {

  /** Returns the number of score categories (2 for dichotomous items). */
  int categories();

  /** Returns {@code P(X = category | theta)}. */
  double probability(double theta, int category);

  /** Returns {@code ln P(X = response | theta)}, accurate where the probability is tiny. */
  double logProbability(double theta, int response);

  /** Returns {@code d ln P(X = response | theta) / d theta}. */
  double logProbabilityDerivative(double theta, int response);

  /** Returns {@code d² ln P(X = response | theta) / d theta²}. */
  double logProbabilitySecondDerivative(double theta, int response);

  /** Returns the expected item score {@code sum_k k P_k(theta)}. */
  double expectedScore(double theta);

  /** Returns the Fisher information of the item at theta; never negative. */
  double information(double theta);

  /**
   * Returns Warm's (1989) {@code J(theta) = sum_k P'_k P''_k / P_k}, the term whose half, divided
   * by the test information, WLE adds to the likelihood equation.
   */
  double warmJ(double theta);

  /** Returns a Rasch item with difficulty b. */
  static Rasch rasch(double b) {
    return new Rasch(b);
  }

  /** Returns a 2PL item. */
  static TwoPl twoPl(double a, double b) {
    return new TwoPl(a, b);
  }

  /** Returns a 3PL item. */
  static ThreePl threePl(double a, double b, double c) {
    return new ThreePl(a, b, c);
  }

  /** Returns a partial credit item with the given step difficulties. */
  static PartialCredit partialCredit(double... thresholds) {
    return new PartialCredit(thresholds);
  }

  /** Returns a generalized partial credit item. */
  static GeneralizedPartialCredit generalizedPartialCredit(double a, double... thresholds) {
    return new GeneralizedPartialCredit(a, thresholds);
  }

  /** Returns a graded response item with strictly increasing thresholds. */
  static Graded graded(double a, double... thresholds) {
    return new Graded(a, thresholds);
  }

  /**
   * Returns the model described by stored item parameters. Parameters the model does not use are
   * ignored, except that a Rasch item's a must be absent or 1.
   *
   * @throws IllegalArgumentException if a parameter the model needs is missing or invalid
   */
  static ItemModel from(IrtParameters parameters) {
    Objects.requireNonNull(parameters, "parameters");
    String name = parameters.model().jsonName();
    switch (parameters.model()) {
      case RASCH:
        if (parameters.a() != null && parameters.a() != 1.0) {
          throw new IllegalArgumentException(
              "expected a null or 1 for model [rasch] but was [" + parameters.a() + "]");
        }
        return new Rasch(required(parameters.b(), "b", name));
      case TWO_PL:
        return new TwoPl(required(parameters.a(), "a", name), required(parameters.b(), "b", name));
      case THREE_PL:
        return new ThreePl(
            required(parameters.a(), "a", name),
            required(parameters.b(), "b", name),
            required(parameters.c(), "c", name));
      case PCM:
        return new PartialCredit(thresholds(parameters));
      case GPCM:
        return new GeneralizedPartialCredit(
            required(parameters.a(), "a", name), thresholds(parameters));
      case GRM:
        return new Graded(required(parameters.a(), "a", name), thresholds(parameters));
      default:
        throw new IllegalArgumentException("unknown model [" + name + "]");
    }
  }

  private static double required(Double value, String parameter, String model) {
    if (value == null) {
      throw new IllegalArgumentException(
          "expected " + parameter + " for model [" + model + "] but was [null]");
    }
    return value;
  }

  private static double[] thresholds(IrtParameters parameters) {
    double[] t = new double[parameters.thresholds().size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = parameters.thresholds().get(i);
    }
    return t;
  }

  private static void checkCategory(int category, int categories) {
    if (category < 0 || category >= categories) {
      throw new IllegalArgumentException(
          "expected a category in [0, " + (categories - 1) + "] but was [" + category + "]");
    }
  }

  private static double[] checkedThresholds(double[] thresholds, boolean increasing) {
    Objects.requireNonNull(thresholds, "thresholds");
    if (thresholds.length == 0) {
      throw new IllegalArgumentException("expected at least 1 threshold but was [0]");
    }
    double[] copy = thresholds.clone();
    for (int i = 0; i < copy.length; i++) {
      Logistic.requireFinite("threshold", copy[i]);
      if (increasing && i > 0 && !(copy[i] > copy[i - 1])) {
        throw new IllegalArgumentException(
            "expected a threshold > ["
                + copy[i - 1]
                + "] but was ["
                + copy[i]
                + "] at thresholds["
                + i
                + "]");
      }
    }
    return copy;
  }

  /**
   * A dichotomous (0/1) item, with the probability of a correct answer and its derivatives.
   * Immutable and thread-safe.
   */
  sealed interface Dichotomous extends ItemModel permits Rasch, TwoPl, ThreePl {

    /** Returns the discrimination a (1 for Rasch). */
    double a();

    /** Returns the difficulty b. */
    double b();

    /** Returns the lower asymptote c (0 except for 3PL). */
    double c();

    /** Returns {@code P(correct | theta)}. */
    default double probabilityCorrect(double theta) {
      return DichotomousMath.p(a(), b(), c(), theta);
    }

    /** Returns {@code Q = 1 - P}, computed without cancellation. */
    default double probabilityIncorrect(double theta) {
      return DichotomousMath.q(a(), b(), c(), theta);
    }

    /** Returns {@code dP / d theta}. */
    default double probabilityDerivative(double theta) {
      return DichotomousMath.dp(a(), b(), c(), theta);
    }

    /** Returns {@code d²P / d theta²}. */
    default double probabilitySecondDerivative(double theta) {
      return DichotomousMath.d2p(a(), b(), c(), theta);
    }

    @Override
    default int categories() {
      return 2;
    }

    @Override
    default double probability(double theta, int category) {
      checkCategory(category, 2);
      return category == 1 ? probabilityCorrect(theta) : probabilityIncorrect(theta);
    }

    @Override
    default double logProbability(double theta, int response) {
      checkCategory(response, 2);
      return DichotomousMath.logProbability(a(), b(), c(), theta, response);
    }

    @Override
    default double logProbabilityDerivative(double theta, int response) {
      checkCategory(response, 2);
      return DichotomousMath.logDerivative(a(), b(), c(), theta, response);
    }

    @Override
    default double logProbabilitySecondDerivative(double theta, int response) {
      checkCategory(response, 2);
      return DichotomousMath.logSecondDerivative(a(), b(), c(), theta, response);
    }

    @Override
    default double expectedScore(double theta) {
      return probabilityCorrect(theta);
    }

    @Override
    default double information(double theta) {
      return DichotomousMath.information(a(), b(), c(), theta);
    }

    @Override
    default double warmJ(double theta) {
      return DichotomousMath.warmJ(a(), b(), c(), theta);
    }
  }

  /**
   * The Rasch (1PL) item {@code P = 1 / (1 + exp(-(theta - b)))}.
   *
   * @param b difficulty, finite
   */
  record Rasch(double b) implements Dichotomous {

    /** Checks that b is finite. */
    public Rasch {
      Logistic.requireFinite("b", b);
    }

    /** Returns 1. */
    @Override
    public double a() {
      return 1.0;
    }

    /** Returns 0. */
    @Override
    public double c() {
      return 0.0;
    }
  }

  /**
   * The two-parameter logistic item {@code P = 1 / (1 + exp(-a (theta - b)))}.
   *
   * @param a discrimination, finite and {@code > 0}
   * @param b difficulty, finite
   */
  record TwoPl(double a, double b) implements Dichotomous {

    /** Checks the parameters. */
    public TwoPl {
      Logistic.requirePositiveFinite("a", a);
      Logistic.requireFinite("b", b);
    }

    /** Returns 0. */
    @Override
    public double c() {
      return 0.0;
    }
  }

  /**
   * The three-parameter logistic item {@code P = c + (1 - c) / (1 + exp(-a (theta - b)))}.
   *
   * @param a discrimination, finite and {@code > 0}
   * @param b difficulty, finite
   * @param c lower asymptote, {@code 0 <= c < 1}
   */
  record ThreePl(double a, double b, double c) implements Dichotomous {

    /** Checks the parameters. */
    public ThreePl {
      Logistic.requirePositiveFinite("a", a);
      Logistic.requireFinite("b", b);
      if (!(c >= 0 && c < 1)) {
        throw new IllegalArgumentException("expected 0 <= c < 1 but was [" + c + "]");
      }
    }
  }

  /**
   * Masters' partial credit item, {@code P(X=k)/P(X=k-1) = exp(theta - delta_k)}, with categories
   * {@code 0..thresholds.length}.
   *
   * @param thresholds step difficulties delta_1..delta_m, finite, at least one; copied in and out
   */
  record PartialCredit(double[] thresholds) implements ItemModel {

    /** Checks and copies the thresholds. */
    public PartialCredit {
      thresholds = checkedThresholds(thresholds, false);
    }

    /** Returns a copy of the step difficulties. */
    @Override
    public double[] thresholds() {
      return thresholds.clone();
    }

    @Override
    public int categories() {
      return thresholds.length + 1;
    }

    @Override
    public double probability(double theta, int category) {
      checkCategory(category, categories());
      return PartialCreditMath.probability(1.0, thresholds, theta, category);
    }

    @Override
    public double logProbability(double theta, int response) {
      checkCategory(response, categories());
      return PartialCreditMath.logProbability(1.0, thresholds, theta, response);
    }

    @Override
    public double logProbabilityDerivative(double theta, int response) {
      checkCategory(response, categories());
      return PartialCreditMath.logDerivative(1.0, thresholds, theta, response);
    }

    @Override
    public double logProbabilitySecondDerivative(double theta, int response) {
      checkCategory(response, categories());
      return PartialCreditMath.logSecondDerivative(1.0, thresholds, theta);
    }

    @Override
    public double expectedScore(double theta) {
      return PartialCreditMath.expectedScore(1.0, thresholds, theta);
    }

    @Override
    public double information(double theta) {
      return PartialCreditMath.information(1.0, thresholds, theta);
    }

    @Override
    public double warmJ(double theta) {
      return PartialCreditMath.warmJ(1.0, thresholds, theta);
    }

    /** Compares thresholds by value. */
    @Override
    public boolean equals(Object o) {
      return o instanceof PartialCredit other && Arrays.equals(thresholds, other.thresholds);
    }

    /** Hashes thresholds by value. */
    @Override
    public int hashCode() {
      return Arrays.hashCode(thresholds);
    }

    /** Shows the thresholds. */
    @Override
    public String toString() {
      return "PartialCredit[thresholds=" + Arrays.toString(thresholds) + "]";
    }
  }

  /**
   * Muraki's generalized partial credit item: the partial credit model with every {@code (theta -
   * delta_k)} multiplied by a.
   *
   * @param a discrimination, finite and {@code > 0}
   * @param thresholds step difficulties, finite, at least one; copied in and out
   */
  record GeneralizedPartialCredit(double a, double[] thresholds) implements ItemModel {

    /** Checks the parameters and copies the thresholds. */
    public GeneralizedPartialCredit {
      Logistic.requirePositiveFinite("a", a);
      thresholds = checkedThresholds(thresholds, false);
    }

    /** Returns a copy of the step difficulties. */
    @Override
    public double[] thresholds() {
      return thresholds.clone();
    }

    @Override
    public int categories() {
      return thresholds.length + 1;
    }

    @Override
    public double probability(double theta, int category) {
      checkCategory(category, categories());
      return PartialCreditMath.probability(a, thresholds, theta, category);
    }

    @Override
    public double logProbability(double theta, int response) {
      checkCategory(response, categories());
      return PartialCreditMath.logProbability(a, thresholds, theta, response);
    }

    @Override
    public double logProbabilityDerivative(double theta, int response) {
      checkCategory(response, categories());
      return PartialCreditMath.logDerivative(a, thresholds, theta, response);
    }

    @Override
    public double logProbabilitySecondDerivative(double theta, int response) {
      checkCategory(response, categories());
      return PartialCreditMath.logSecondDerivative(a, thresholds, theta);
    }

    @Override
    public double expectedScore(double theta) {
      return PartialCreditMath.expectedScore(a, thresholds, theta);
    }

    @Override
    public double information(double theta) {
      return PartialCreditMath.information(a, thresholds, theta);
    }

    @Override
    public double warmJ(double theta) {
      return PartialCreditMath.warmJ(a, thresholds, theta);
    }

    /** Compares a and thresholds by value. */
    @Override
    public boolean equals(Object o) {
      return o instanceof GeneralizedPartialCredit other
          && Double.compare(a, other.a) == 0
          && Arrays.equals(thresholds, other.thresholds);
    }

    /** Hashes a and thresholds by value. */
    @Override
    public int hashCode() {
      return 31 * Double.hashCode(a) + Arrays.hashCode(thresholds);
    }

    /** Shows a and the thresholds. */
    @Override
    public String toString() {
      return "GeneralizedPartialCredit[a=" + a + ", thresholds=" + Arrays.toString(thresholds) + "]";
    }
  }

  /**
   * Samejima's graded response item: {@code P(X >= k) = 1 / (1 + exp(-a (theta - b_k)))} for
   * {@code k = 1..m}, and {@code P(X = k) = P(X >= k) - P(X >= k+1)}.
   *
   * @param a discrimination, finite and {@code > 0}
   * @param thresholds {@code b_1 < ... < b_m}, finite, at least one; copied in and out
   */
  record Graded(double a, double[] thresholds) implements ItemModel {

    /** Checks the parameters and copies the thresholds. */
    public Graded {
      Logistic.requirePositiveFinite("a", a);
      thresholds = checkedThresholds(thresholds, true);
    }

    /** Returns a copy of the thresholds. */
    @Override
    public double[] thresholds() {
      return thresholds.clone();
    }

    @Override
    public int categories() {
      return thresholds.length + 1;
    }

    @Override
    public double probability(double theta, int category) {
      checkCategory(category, categories());
      return GradedMath.probability(a, thresholds, theta, category);
    }

    @Override
    public double logProbability(double theta, int response) {
      checkCategory(response, categories());
      return GradedMath.logProbability(a, thresholds, theta, response);
    }

    @Override
    public double logProbabilityDerivative(double theta, int response) {
      checkCategory(response, categories());
      return GradedMath.logDerivative(a, thresholds, theta, response);
    }

    @Override
    public double logProbabilitySecondDerivative(double theta, int response) {
      checkCategory(response, categories());
      return GradedMath.logSecondDerivative(a, thresholds, theta, response);
    }

    @Override
    public double expectedScore(double theta) {
      return GradedMath.expectedScore(a, thresholds, theta);
    }

    @Override
    public double information(double theta) {
      return GradedMath.information(a, thresholds, theta);
    }

    @Override
    public double warmJ(double theta) {
      return GradedMath.warmJ(a, thresholds, theta);
    }

    /** Compares a and thresholds by value. */
    @Override
    public boolean equals(Object o) {
      return o instanceof Graded other
          && Double.compare(a, other.a) == 0
          && Arrays.equals(thresholds, other.thresholds);
    }

    /** Hashes a and thresholds by value. */
    @Override
    public int hashCode() {
      return 31 * Double.hashCode(a) + Arrays.hashCode(thresholds);
    }

    /** Shows a and the thresholds. */
    @Override
    public String toString() {
      return "Graded[a=" + a + ", thresholds=" + Arrays.toString(thresholds) + "]";
    }
  }
}
