package dev.tandem.localcloud.lambda.runtime;

/**
 * A function's runtime could not be initialised: its handler could not be loaded or constructed,
 * its JVM exited before asking for the first invocation, or it took too long to get there.
 */
public final class FunctionInitException extends RuntimeException {

    private final transient FunctionError error;

    public FunctionInitException(String functionName, FunctionError error) {
        super("function " + functionName + " failed to initialise: " + error.errorType() + ": " + error.errorMessage());
        this.error = error;
    }

    public FunctionError error() {
        return error;
    }
}
