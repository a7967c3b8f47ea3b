package dev.tandem.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * DynamoDB's error codes, from
 * https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html.
 */
class AwsUnavailabilityTest {

    @ParameterizedTest
    @CsvSource({
        "400, ProvisionedThroughputExceededException, true",
        "400, ThrottlingException, true",
        "400, RequestLimitExceeded, true",
        "500, InternalServerError, true",
        "503, ServiceUnavailable, true",
        "400, ValidationException, false",
        "400, ResourceNotFoundException, false",
        "400, ConditionalCheckFailedException, false"
    })
    void countsThrottlingAndServerErrorsAsUnavailabilityAndOtherErrorsAsBugs(
            int status, String code, boolean unavailable) {
        AwsServiceException e = DynamoDbException.builder()
                .statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .serviceName("DynamoDb")
                        .build())
                .build();

        assertThat(AwsUnavailability.isUnavailable(e)).isEqualTo(unavailable);
    }

    @ParameterizedTest
    @CsvSource({
        "ThrottlingError, true",
        "ProvisionedThroughputExceeded, true",
        "ConditionalCheckFailed, false",
        "ValidationError, false"
    })
    void countsATransactionCancelledByThrottlingAsUnavailability(String reason, boolean unavailable) {
        TransactionCanceledException e = TransactionCanceledException.builder()
                .statusCode(400)
                .cancellationReasons(
                        CancellationReason.builder().code("None").build(),
                        CancellationReason.builder().code(reason).build())
                .build();

        assertThat(AwsUnavailability.isUnavailable(e)).isEqualTo(unavailable);
    }

    @Test
    void countsNoAnswerAtAllAsUnavailability() {
        assertThat(AwsUnavailability.isUnavailable(SdkClientException.create("Connection refused")))
                .isTrue();
        assertThat(AwsUnavailability.isUnavailable(ApiCallTimeoutException.create(10_000)))
                .isTrue();
    }
}
