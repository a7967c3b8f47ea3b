package dev.tandem.functions.platform;

/** Reads a function's configuration from the environment variables its CDK stack sets. */
public final class FunctionEnvironment {

    private FunctionEnvironment() {}

    /** The variable's value; a function that starts without it fails its init with a clear message. */
    public static String require(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("environment variable " + name + " is not set");
        }
        return value;
    }
}
