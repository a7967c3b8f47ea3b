package dev.tandem.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** cdk-nag (AwsSolutions and Serverless packs) reports nothing that is not suppressed with a reason. */
class CdkNagTest {

    static Stream<Stack> stacks() {
        TandemStacks stacks = TestStacks.get();
        return Stream.of(
                stacks.network(),
                stacks.data(),
                stacks.messaging(),
                stacks.functions(),
                stacks.backend(),
                stacks.observability(),
                // The load balancer differs with a certificate: HTTPS, and a redirect on port 80.
                TestStacks.withCertificate().backend());
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void hasNoUnsuppressedFindings(Stack stack) {
        Annotations annotations = Annotations.fromStack(stack);
        List<SynthesisMessage> errors =
                annotations.findError("*", Match.stringLikeRegexp("(AwsSolutions|Serverless)-.*"));
        List<SynthesisMessage> warnings =
                annotations.findWarning("*", Match.stringLikeRegexp("(AwsSolutions|Serverless)-.*"));

        assertThat(errors)
                .extracting(m -> m.getId() + ": " + m.getEntry().getData())
                .isEmpty();
        assertThat(warnings)
                .extracting(m -> m.getId() + ": " + m.getEntry().getData())
                .isEmpty();
    }
}
