package dev.tandem.localcloud.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.localcloud.LocalAws;
import dev.tandem.localcloud.junit.LocalAwsExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.model.EventBridgeException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.SqsException;

/**
 * Every service answers on the edge, and the edge refuses a call whose signature does not hold as that service
 * would: the SDK raises the service's own exception with the service's own error code.
 */
@ExtendWith(LocalAwsExtension.class)
class EdgeSignatureIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static LocalAws aws;
    private static SignedClients wrongSecret;
    private static SignedClients unknownKey;

    @BeforeAll
    static void connect(LocalAws localAws) {
        aws = localAws;
        String accessKeyId = aws.settings().credentials().accessKeyId();
        wrongSecret = new SignedClients(aws.endpoint(), AwsBasicCredentials.create(accessKeyId, "guessed-secret"));
        unknownKey = new SignedClients(aws.endpoint(), AwsBasicCredentials.create("AKLCNOBODY", "some-secret"));
    }

    @AfterAll
    static void close() {
        wrongSecret.close();
        unknownKey.close();
    }

    @Test
    void routesEachServiceByTheServiceItsSignatureIsScopedTo(
            S3Client s3, SqsClient sqs, DynamoDbClient dynamoDb, EventBridgeClient events, CloudWatchClient metrics) {
        s3.createBucket(bucket -> bucket.bucket("edge-routing"));

        assertThat(s3.listBuckets().buckets()).anyMatch(bucket -> bucket.name().equals("edge-routing"));
        assertThat(sqs.createQueue(queue -> queue.queueName("edge-routing")).queueUrl())
                .endsWith("/edge-routing");
        assertThat(dynamoDb.listTables().tableNames()).isNotNull();
        assertThat(events.describeEventBus(request -> {}).name()).isEqualTo("default");
        metrics.putMetricData(data -> data.namespace("Edge/IT")
                .metricData(datum -> datum.metricName("Routed").value(1.0)));
        assertThat(aws.cloudWatch().datapoints())
                .anyMatch(point -> point.namespace().equals("Edge/IT"));
    }

    @Test
    void refusesASignatureMadeWithAnotherSecretInEachServicesShape() {
        assertRefused(() -> wrongSecret.s3().listBuckets(), S3Exception.class, 403, "SignatureDoesNotMatch");
        assertRefused(() -> wrongSecret.sqs().listQueues(), SqsException.class, 403, "SignatureDoesNotMatch");
        assertRefused(
                () -> wrongSecret.dynamoDb().listTables(), DynamoDbException.class, 400, "InvalidSignatureException");
        assertRefused(
                () -> wrongSecret.eventBridge().describeEventBus(request -> {}),
                EventBridgeException.class,
                400,
                "InvalidSignatureException");
        assertRefused(
                () -> wrongSecret.cloudWatch().putMetricData(data -> data.namespace("Edge/IT")
                        .metricData(datum -> datum.metricName("Refused").value(1.0))),
                CloudWatchException.class,
                403,
                "SignatureDoesNotMatch");
    }

    @Test
    void refusesAnAccessKeyItDoesNotKnowInEachServicesShape() {
        assertRefused(() -> unknownKey.s3().listBuckets(), S3Exception.class, 403, "InvalidAccessKeyId");
        assertRefused(() -> unknownKey.sqs().listQueues(), SqsException.class, 403, "InvalidClientTokenId");
        assertRefused(
                () -> unknownKey.dynamoDb().listTables(), DynamoDbException.class, 400, "UnrecognizedClientException");
        assertRefused(
                () -> unknownKey.eventBridge().describeEventBus(request -> {}),
                EventBridgeException.class,
                400,
                "UnrecognizedClientException");
        assertRefused(
                () -> unknownKey.cloudWatch().listMetrics(), CloudWatchException.class, 403, "InvalidClientTokenId");
    }

    @Test
    void acceptsAPresignedPutAndAPresignedGetOfTheSameObject(S3Client s3, S3Presigner presigner) throws Exception {
        s3.createBucket(bucket -> bucket.bucket("edge-presigned"));
        URI put = presigner
                .presignPutObject(request -> request.signatureDuration(Duration.ofMinutes(5))
                        .putObjectRequest(
                                object -> object.bucket("edge-presigned").key("a.txt")))
                .url()
                .toURI();
        URI get = presigner
                .presignGetObject(request -> request.signatureDuration(Duration.ofMinutes(5))
                        .getObjectRequest(
                                object -> object.bucket("edge-presigned").key("a.txt")))
                .url()
                .toURI();

        HttpResponse<String> stored = HTTP.send(
                HttpRequest.newBuilder(put)
                        .PUT(HttpRequest.BodyPublishers.ofString("through the edge"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> read =
                HTTP.send(HttpRequest.newBuilder(get).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(put.getPort()).isEqualTo(aws.endpoint().getPort());
        assertThat(stored.statusCode()).isEqualTo(200);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("through the edge");
    }

    /** A browser asks before a cross-origin PUT to a presigned URL, with the URL's query but no signature of its own. */
    @Test
    void letsS3AnswerABrowsersPreflightOfAPresignedUrl(S3Client s3, S3Presigner presigner) throws Exception {
        s3.createBucket(bucket -> bucket.bucket("edge-preflight"));
        s3.putBucketCors(cors -> cors.bucket("edge-preflight")
                .corsConfiguration(rules -> rules.corsRules(
                        rule -> rule.allowedMethods("PUT").allowedOrigins("*").allowedHeaders("content-type"))));
        URI put = presigner
                .presignPutObject(request -> request.signatureDuration(Duration.ofMinutes(5))
                        .putObjectRequest(object ->
                                object.bucket("edge-preflight").key("a.jpg").contentType("image/jpeg")))
                .url()
                .toURI();

        HttpResponse<String> preflight = HTTP.send(
                HttpRequest.newBuilder(put)
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                        .header("Origin", "http://127.0.0.1:8080")
                        .header("Access-Control-Request-Method", "PUT")
                        .header("Access-Control-Request-Headers", "content-type")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isPresent();
    }

    /** https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-query-string-auth.html: "Request has expired". */
    @Test
    void refusesAnExpiredPresignedUrlAsS3Does(S3Client s3) throws Exception {
        s3.createBucket(bucket -> bucket.bucket("edge-expired"));
        URI url = presign(
                SdkHttpMethod.GET,
                aws.endpoint().resolve("/edge-expired/a"),
                "s3",
                Instant.now().minus(Duration.ofMinutes(10)),
                Duration.ofMinutes(5));

        HttpResponse<String> response =
                HTTP.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>").contains("Request has expired");
    }

    @Test
    void refusesAnExpiredPresignedQueryCallAsSqsDoes() throws Exception {
        URI url = presign(
                SdkHttpMethod.GET,
                aws.endpoint().resolve("/?Action=ListQueues&Version=2012-11-05"),
                "sqs",
                Instant.now().minus(Duration.ofMinutes(10)),
                Duration.ofMinutes(5));

        HttpResponse<String> response =
                HTTP.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<ErrorResponse>").contains("<Code>SignatureDoesNotMatch</Code>");
    }

    @Test
    void refusesARequestSignedLongAgoAsS3Does() throws Exception {
        SdkHttpRequest signed = sign(
                SdkHttpRequest.builder()
                        .method(SdkHttpMethod.GET)
                        .uri(aws.endpoint().resolve("/"))
                        .putHeader("x-amz-content-sha256", "UNSIGNED-PAYLOAD")
                        .build(),
                "s3",
                Instant.now().minus(Duration.ofHours(1)),
                aws.settings().credentials());
        HttpRequest.Builder request = HttpRequest.newBuilder(signed.getUri());
        signed.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                values.forEach(value -> request.header(name, value));
            }
        });

        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>RequestTimeTooSkewed</Code>");
    }

    @Test
    void refusesAnAnonymousRequestAsS3RefusesOneToAPrivateBucket(S3Client s3) throws Exception {
        s3.createBucket(bucket -> bucket.bucket("edge-private"));

        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(aws.endpoint().resolve("/edge-private/a"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>");
    }

    private static void assertRefused(
            Runnable call, Class<? extends AwsServiceException> type, int status, String errorCode) {
        assertThatThrownBy(call::run).isInstanceOf(type).satisfies(thrown -> {
            AwsServiceException refusal = (AwsServiceException) thrown;
            assertThat(refusal.statusCode()).isEqualTo(status);
            assertThat(refusal.awsErrorDetails().errorCode()).isEqualTo(errorCode);
        });
    }

    private static URI presign(SdkHttpMethod method, URI uri, String service, Instant signedAt, Duration expires) {
        SdkHttpRequest request =
                SdkHttpRequest.builder().method(method).uri(uri).build();
        return AwsV4HttpSigner.create()
                .sign(sign -> sign.identity(identity(aws.settings().credentials()))
                        .request(request)
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AwsV4FamilyHttpSigner.AuthLocation.QUERY_STRING)
                        .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, expires)
                        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, !service.equals("s3"))
                        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, !service.equals("s3"))
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)))
                .request()
                .getUri();
    }

    private static SdkHttpRequest sign(SdkHttpRequest request, String service, Instant signedAt, AwsCredentials key) {
        return AwsV4HttpSigner.create()
                .sign(sign -> sign.identity(identity(key))
                        .request(request)
                        .putProperty(AwsV4FamilyHttpSigner.SERVICE_SIGNING_NAME, service)
                        .putProperty(AwsV4HttpSigner.REGION_NAME, "us-east-1")
                        .putProperty(AwsV4FamilyHttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                        .putProperty(AwsV4FamilyHttpSigner.DOUBLE_URL_ENCODE, false)
                        .putProperty(HttpSigner.SIGNING_CLOCK, Clock.fixed(signedAt, ZoneOffset.UTC)))
                .request();
    }

    private static AwsCredentialsIdentity identity(AwsCredentials key) {
        return AwsCredentialsIdentity.create(key.accessKeyId(), key.secretAccessKey());
    }
}
