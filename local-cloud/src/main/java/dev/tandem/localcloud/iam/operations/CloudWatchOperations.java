package dev.tandem.localcloud.iam.operations;

import dev.tandem.localcloud.edge.request.AwsRequest;
import dev.tandem.localcloud.iam.policy.Access;
import dev.tandem.localcloud.iam.policy.Operation;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * CloudWatch's operations in the protocols its clients speak: Smithy RPC v2 CBOR ({@code POST
 * /service/GraniteServiceVersion20100801/operation/<Operation>}, what the Java SDK sends), AWS JSON 1.0 ({@code
 * x-amz-target: GraniteServiceVersion20100801.<Operation>}) and the query protocol ({@code Action=<Operation>}).
 * Accesses as https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatch.html gives
 * them: {@code PutMetricData} on no resource, with the {@code cloudwatch:namespace} key its body's
 * {@code Namespace} gives; an alarm operation on the alarm; the rest on no resource.
 */
final class CloudWatchOperations {

    private static final String RPC_PATH = "/service/GraniteServiceVersion20100801/operation/";

    private final String region;
    private final String accountId;

    CloudWatchOperations(String region, String accountId) {
        this.region = region;
        this.accountId = accountId;
    }

    Operation resolve(AwsRequest request) {
        String name;
        String namespace;
        String alarm;
        if (request.rawPath().startsWith(RPC_PATH)) {
            name = request.rawPath().substring(RPC_PATH.length());
            JsonNode body = RequestBodies.cbor(request);
            namespace = body.path("Namespace").asString("");
            alarm = body.path("AlarmName").asString("");
        } else if (request.header("x-amz-target").isPresent()) {
            name = RequestBodies.target(request);
            JsonNode body = RequestBodies.json(request);
            namespace = body.path("Namespace").asString("");
            alarm = body.path("AlarmName").asString("");
        } else {
            Map<String, String> form = RequestBodies.form(request);
            name = form.getOrDefault("Action", request.queryParameter("Action").orElse("Unknown"));
            namespace = form.getOrDefault("Namespace", "");
            alarm = form.getOrDefault("AlarmName", "");
        }
        String action = "cloudwatch:" + name;
        if (name.equals("PutMetricData") && !namespace.isEmpty()) {
            return new Operation(
                    "cloudwatch",
                    name,
                    List.of(new Access(action, "*", Map.of("cloudwatch:namespace", List.of(namespace)))));
        }
        String resource = alarm.isEmpty() ? "*" : "arn:aws:cloudwatch:" + region + ":" + accountId + ":alarm:" + alarm;
        return new Operation("cloudwatch", name, List.of(new Access(action, resource)));
    }
}
