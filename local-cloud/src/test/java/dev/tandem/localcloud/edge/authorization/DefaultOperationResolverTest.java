package dev.tandem.localcloud.edge.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Access;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultOperationResolverTest {

    private final DefaultOperationResolver resolver = new DefaultOperationResolver();

    @Test
    void namesAJsonProtocolCallByItsTarget() {
        var operation = resolver.resolve(request(
                "dynamodb", "POST", "/", "", Map.of("x-amz-target", List.of("DynamoDB_20120810.TransactWriteItems"))));

        assertThat(operation.service()).isEqualTo("dynamodb");
        assertThat(operation.name()).isEqualTo("TransactWriteItems");
        assertThat(operation.accesses()).containsExactly(new Access("dynamodb:TransactWriteItems", "*"));
    }

    @Test
    void namesACloudWatchCallByItsPathUnderTheCloudWatchPrefix() {
        var operation = resolver.resolve(request(
                "monitoring", "POST", "/service/GraniteServiceVersion20100801/operation/PutMetricData", "", Map.of()));

        assertThat(operation.accesses()).containsExactly(new Access("cloudwatch:PutMetricData", "*"));
    }

    @Test
    void namesAnSqsQueryCallByTheActionInItsForm() {
        AwsRequest call = new AwsRequest(
                "sqs", "POST", "/", "", Map.of(), "Action=SendMessage&QueueUrl=x".getBytes(StandardCharsets.UTF_8));

        assertThat(resolver.resolve(call).name()).isEqualTo("SendMessage");
    }

    @Test
    void namesS3CallsByMethodPathAndSubresource() {
        assertThat(resolver.resolve(request("s3", "PUT", "/bucket/uploads/a", "", Map.of()))
                        .name())
                .isEqualTo("PutObject");
        assertThat(resolver.resolve(request("s3", "GET", "/bucket", "cors", Map.of()))
                        .name())
                .isEqualTo("GetBucketCors");
        assertThat(resolver.resolve(request("s3", "GET", "/", "", Map.of())).name())
                .isEqualTo("ListBuckets");
    }

    @Test
    void namesALambdaInvocationByItsRoute() {
        assertThat(resolver.resolve(request("lambda", "POST", "/2015-03-31/functions/f/invocations", "", Map.of()))
                        .name())
                .isEqualTo("Invoke");
    }

    private static AwsRequest request(
            String service, String method, String path, String query, Map<String, List<String>> headers) {
        return new AwsRequest(service, method, path, query, headers, new byte[0]);
    }
}
