package dev.tandem.localcloud.run;

import dev.tandem.localcloud.edge.sigv4.AccessKeys;
import dev.tandem.localcloud.iam.policy.Principal;
import dev.tandem.localcloud.lambda.api.ExecutionRoles;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Credentials that stand for the template's roles, as AWS hands them out when a function or an instance assumes its
 * role: each a key pair of its own that the edge knows as that role, so that every call made with it is authorized
 * against the role's policies. The session name says who assumed the role: the function's name, as on Lambda, or
 * the instance.
 */
final class RoleSessions implements ExecutionRoles, AutoCloseable {

    /** The session name of the instance role's credentials, where EC2 would put the instance's id. */
    static final String INSTANCE_SESSION = "i-0000000000local";

    /** The session name under which Lambda's event source mappings poll, as {@code awslambda_…} on AWS. */
    private static final String POLLER_SESSION = "awslambda_event_source_mapping";

    private final AccessKeys keys;
    private final URI edge;
    private final Region region;
    private final Map<String, SqsClient> pollers = new ConcurrentHashMap<>();

    RoleSessions(AccessKeys keys, URI edge, Region region) {
        this.keys = keys;
        this.edge = edge;
        this.region = region;
    }

    /** A fresh key pair for {@code roleArn}, as the variables an AWS SDK reads it from. */
    @Override
    public Map<String, String> credentials(String roleArn, String sessionName) {
        AwsBasicCredentials key = keys.issue(new Principal(Principal.Kind.ROLE, roleArn, sessionName));
        return Map.of("AWS_ACCESS_KEY_ID", key.accessKeyId(), "AWS_SECRET_ACCESS_KEY", key.secretAccessKey());
    }

    @Override
    public SqsClient sqs(String roleArn) {
        return pollers.computeIfAbsent(roleArn, role -> SqsClient.builder()
                .region(region)
                .credentialsProvider(StaticCredentialsProvider.create(
                        keys.issue(new Principal(Principal.Kind.ROLE, role, POLLER_SESSION))))
                .endpointOverride(edge)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build());
    }

    @Override
    public void close() {
        pollers.values().forEach(SqsClient::close);
        pollers.clear();
    }
}
