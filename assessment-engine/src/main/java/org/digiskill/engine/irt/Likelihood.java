package org.digiskill.engine.irt;

import java.util.List;

/** Sums over a response list; index loops so that nothing is allocated. */
final class Likelihood {

  private Likelihood() {}

  static double logLikelihood(List<ItemResponse> responses, double theta) {
    double sum = 0;
    for (int i = 0, n = responses.size(); i < n; i++) {
      ItemResponse r = responses.get(i);
      sum += r.model().logProbability(theta, r.response());
    }
    return sum;
  }

  static double score(List<ItemResponse> responses, double theta) {
    double sum = 0;
    for (int i = 0, n = responses.size(); i < n; i++) {
      ItemResponse r = responses.get(i);
      sum += r.model().logProbabilityDerivative(theta, r.response());
    }
    return sum;
  }

  static double secondDerivative(List<ItemResponse> responses, double theta) {
    double sum = 0;
    for (int i = 0, n = responses.size(); i < n; i++) {
      ItemResponse r = responses.get(i);
      sum += r.model().logProbabilitySecondDerivative(theta, r.response());
    }
    return sum;
  }

  static double information(List<ItemResponse> responses, double theta) {
    double sum = 0;
    for (int i = 0, n = responses.size(); i < n; i++) {
      sum += responses.get(i).model().information(theta);
    }
    return sum;
  }

  static double warmJ(List<ItemResponse> responses, double theta) {
    double sum = 0;
    for (int i = 0, n = responses.size(); i < n; i++) {
      sum += responses.get(i).model().warmJ(theta);
    }
    return sum;
  }

  static double seFromInformation(double information) {
    return information > 0 ? 1.0 / Math.sqrt(information) : Double.POSITIVE_INFINITY;
  }

  static List<ItemResponse> copy(List<ItemResponse> responses) {
    return List.copyOf(responses);
  }

  static void requireNonEmpty(List<ItemResponse> responses) {
    if (responses.isEmpty()) {
      throw new IllegalArgumentException("expected at least 1 response but was [0]");
    }
  }

  static void requireRange(double lower, double upper) {
    Logistic.requireFinite("lower bound", lower);
    Logistic.requireFinite("upper bound", upper);
    if (!(lower < upper)) {
      throw new IllegalArgumentException(
          "expected a lower bound < upper bound [" + upper + "] but was [" + lower + "]");
    }
  }
}
