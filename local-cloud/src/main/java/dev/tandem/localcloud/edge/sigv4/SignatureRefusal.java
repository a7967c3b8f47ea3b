package dev.tandem.localcloud.edge.sigv4;

/** A request whose signature the edge does not accept; the service's own error says why. */
public final class SignatureRefusal extends RuntimeException {

    private final SignatureProblem problem;

    SignatureRefusal(SignatureProblem problem) {
        super(problem.name(), null, false, false);
        this.problem = problem;
    }

    public SignatureProblem problem() {
        return problem;
    }
}
