package dev.tandem.localcloud.lambda.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorReportsTest {

    @Test
    void readsLambdasErrorDocument() {
        String body = """
                {"errorMessage":"asked to fail","errorType":"java.lang.IllegalStateException",
                 "stackTrace":["a.B.c(B.java:1)","d.E.f(E.java:2)"]}""";

        FunctionError error = ErrorReports.parse(body.getBytes(StandardCharsets.UTF_8), "Runtime.UserException");

        assertThat(error)
                .isEqualTo(new FunctionError(
                        "java.lang.IllegalStateException",
                        "asked to fail",
                        List.of("a.B.c(B.java:1)", "d.E.f(E.java:2)")));
    }

    @Test
    void fallsBackToTheErrorTypeHeaderAndTheRawBody() {
        FunctionError error = ErrorReports.parse("it broke".getBytes(StandardCharsets.UTF_8), "Runtime.Crash");

        assertThat(error).isEqualTo(new FunctionError("Runtime.Crash", "it broke", List.of()));
    }

    @Test
    void usesTheHeaderWhenTheDocumentNamesNoType() {
        FunctionError error = ErrorReports.parse(
                "{\"errorMessage\":\"no type\"}".getBytes(StandardCharsets.UTF_8), "Runtime.BadFunctionCode");

        assertThat(error.errorType()).isEqualTo("Runtime.BadFunctionCode");
        assertThat(error.errorMessage()).isEqualTo("no type");
    }

    @Test
    void callsAnErrorWithoutAnyTypeUnknown() {
        FunctionError error = ErrorReports.parse(new byte[0], null);

        assertThat(error.errorType()).isEqualTo("Unknown");
    }
}
