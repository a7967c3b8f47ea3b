package dev.tandem.localcloud.lambda.api;

import java.util.Map;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What Lambda does with a function's execution role: it gives the function's runtime the role's credentials, and its
 * SQS event source mappings poll the queue with the role's permissions
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html and
 * https://docs.aws.amazon.com/lambda/latest/dg/with-sqs.html#events-sqs-permissions).
 */
public interface ExecutionRoles {

    /**
     * The variables that carry the role's credentials into the runtime ({@code AWS_ACCESS_KEY_ID}, {@code
     * AWS_SECRET_ACCESS_KEY}); empty where the host's own apply.
     *
     * @param sessionName what the role's session is called: the function's name, as on Lambda
     */
    Map<String, String> credentials(String roleArn, String sessionName);

    /** The client an event source mapping of a function with this role polls its queue with. */
    SqsClient sqs(String roleArn);

    /** No role of its own: every function uses the host's credentials, and every mapping {@code sqs}. */
    static ExecutionRoles shared(SqsClient sqs) {
        return new ExecutionRoles() {
            @Override
            public Map<String, String> credentials(String roleArn, String sessionName) {
                return Map.of();
            }

            @Override
            public SqsClient sqs(String roleArn) {
                return sqs;
            }
        };
    }
}
