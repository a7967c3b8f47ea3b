package dev.tandem.infra;

import java.util.List;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.amazon.awscdk.services.s3.ObjectOwnership;
import software.constructs.Construct;

/**
 * Everything that holds state: the media bucket (uploads and renditions) and the DynamoDB tables.
 *
 * <p>This is a sandbox template, so {@code cdk destroy} removes the data with the stack (objects
 * included). A production copy would keep {@code RemovalPolicy.RETAIN} here.
 */
final class DataStack extends Stack {

    private final Bucket media;
    private final Tables tables;

    DataStack(Construct scope, String id, StackProps props) {
        super(scope, id, props);
        Bucket accessLogs = Bucket.Builder.create(this, "AccessLogs")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .objectOwnership(ObjectOwnership.BUCKET_OWNER_PREFERRED)
                .lifecycleRules(List.of(
                        LifecycleRule.builder().expiration(Duration.days(90)).build()))
                .removalPolicy(RemovalPolicy.DESTROY)
                .autoDeleteObjects(true)
                .build();
        media = Bucket.Builder.create(this, "Media")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .eventBridgeEnabled(true)
                .serverAccessLogsBucket(accessLogs)
                .serverAccessLogsPrefix("media/")
                .lifecycleRules(List.of(LifecycleRule.builder()
                        .abortIncompleteMultipartUploadAfter(Duration.days(1))
                        .build()))
                // Browsers PUT uploads straight to presigned URLs and GET renditions from them. The
                // signature is the authorisation; CORS only lets the page read the response. The
                // allowed headers are the ones the catalog signs into an upload, the correlation id
                // (user metadata that the image-resizer reads back) among them.
                .cors(List.of(CorsRule.builder()
                        .allowedMethods(List.of(HttpMethods.PUT, HttpMethods.GET))
                        .allowedOrigins(List.of("*"))
                        .allowedHeaders(List.of("content-type", "content-length", "x-amz-meta-correlation-id"))
                        .maxAge(3000)
                        .build()))
                .removalPolicy(RemovalPolicy.DESTROY)
                .autoDeleteObjects(true)
                .build();
        tables = new Tables(this, "Tables");
        Suppressions.suppressByPath(
                this,
                "BucketNotificationsHandler050a0587b7544547bf325f094a3db834/Role/Resource",
                "AwsSolutions-IAM4",
                "CDK's own handler that switches on the bucket's EventBridge notifications at deploy time; it needs"
                        + " only to write its logs, which is what this managed policy grants.",
                "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
    }

    IBucket media() {
        return media;
    }

    Tables tables() {
        return tables;
    }
}
