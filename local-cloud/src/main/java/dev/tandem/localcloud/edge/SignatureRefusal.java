package dev.tandem.localcloud.edge;

/** A request whose signature the edge does not accept; the service's own error says why. */
final class SignatureRefusal extends RuntimeException {

    private final SignatureProblem problem;

    SignatureRefusal(SignatureProblem problem) {
        super(problem.name(), null, false, false);
        this.problem = problem;
    }

    SignatureProblem problem() {
        return problem;
    }
}
