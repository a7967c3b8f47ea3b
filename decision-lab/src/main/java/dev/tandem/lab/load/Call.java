package dev.tandem.lab.load;

/** One request to the stack; answers the HTTP status. */
@FunctionalInterface
public interface Call {
    int send() throws Exception;
}
