package dev.tandem.localcloud.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.edge.fault.Fault;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServiceErrorsTest {

    @ParameterizedTest(name = "{0} {1} -> {2} {3}")
    @CsvSource({
        // https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html
        "s3, ThrottlingException, 503, SlowDown",
        "s3, SlowDown, 503, SlowDown",
        "s3, InternalFailure, 500, InternalError",
        "s3, 503, 503, ServiceUnavailable",
        // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html
        "dynamodb, ThrottlingException, 400, ThrottlingException",
        "dynamodb, ProvisionedThroughputExceededException, 400, ProvisionedThroughputExceededException",
        "dynamodb, RequestLimitExceeded, 400, RequestLimitExceeded",
        "dynamodb, InternalError, 500, InternalServerError",
        // https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/CommonErrors.html
        "sqs, ThrottlingException, 400, ThrottlingException",
        "sqs, 500, 500, InternalFailure",
        // https://docs.aws.amazon.com/eventbridge/latest/APIReference/CommonErrors.html
        "events, InternalFailure, 500, InternalFailure",
        "events, ServiceUnavailable, 503, ServiceUnavailable",
        "cloudwatch, InternalServerError, 500, InternalFailure",
        // https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
        "lambda, ThrottlingException, 429, TooManyRequestsException",
        "lambda, InternalFailure, 500, ServiceException",
    })
    void answersWithTheServicesOwnStatusAndCode(String service, String asked, int status, String code) {
        Fault.ErrorReply reply = ServiceErrors.reply(service, asked);

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.code()).isEqualTo(code);
        assertThat(reply.message()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"dynamodb, SlowDown", "s3, ProvisionedThroughputExceededException", "events, Teapot"})
    void refusesACodeTheServiceDoesNotHave(String service, String asked) {
        assertThatThrownBy(() -> ServiceErrors.reply(service, asked))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(asked)
                .hasMessageContaining("ThrottlingException");
    }
}
