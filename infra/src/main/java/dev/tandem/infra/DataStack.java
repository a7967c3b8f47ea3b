package dev.tandem.infra;

import java.util.List;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.BlockPublicAccess;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.BucketEncryption;
import software.amazon.awscdk.services.s3.CorsRule;
import software.amazon.awscdk.services.s3.HttpMethods;
import software.amazon.awscdk.services.s3.IBucket;
import software.amazon.awscdk.services.s3.LifecycleRule;
import software.constructs.Construct;
import software.constructs.IConstruct;

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
        media = Bucket.Builder.create(this, "Media")
                .blockPublicAccess(BlockPublicAccess.BLOCK_ALL)
                .encryption(BucketEncryption.S3_MANAGED)
                .enforceSsl(true)
                .eventBridgeEnabled(true)
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
        Suppressions.suppress(
                media,
                "AwsSolutions-S1",
                "No server access logs in the sandbox: S3 delivers them late, so a log bucket emptied by cdk destroy"
                        + " receives new objects and its deletion fails (aws-cdk#21776), leaving it behind. Object-level"
                        + " auditing in production belongs to CloudTrail data events, in an account-wide trail.");
        tables = new Tables(this, "Tables");
        ownHelperLogGroups(media);
        Suppressions.suppressByPath(
                this,
                "BucketNotificationsHandler050a0587b7544547bf325f094a3db834/Role/Resource",
                "AwsSolutions-IAM4",
                "CDK's own handler that switches on the bucket's EventBridge notifications at deploy time; it needs"
                        + " only to write its logs, which is what this managed policy grants.",
                "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
    }

    /**
     * CDK's own helper functions here (the one that empties buckets on {@code cdk destroy}, the one
     * that switches on the bucket's EventBridge notifications) would otherwise create their log
     * groups at their first call: untagged, kept forever, and left behind by {@code cdk destroy}.
     * Created by the stack instead, they have a retention, the stack's tags, and go with it. The
     * custom resources that call the helpers depend on the log groups, so that a log group exists
     * before the first call and is deleted only after the last one, the emptying at deletion.
     */
    private void ownHelperLogGroups(Bucket bucket) {
        ownLogGroup(
                "AutoDeleteObjectsLogs",
                helperFunction(this, "Custom::S3AutoDeleteObjectsCustomResourceProvider", "Handler"),
                helperFunction(bucket, "AutoDeleteObjectsCustomResource", "Default"));
        ownLogGroup(
                "BucketNotificationsLogs",
                helperFunction(this, "BucketNotificationsHandler050a0587b7544547bf325f094a3db834", "Resource"),
                helperFunction(bucket, "Notifications", "Resource"));
    }

    private void ownLogGroup(String id, CfnResource function, CfnResource caller) {
        LogGroup logs = LogGroup.Builder.create(this, id)
                .logGroupName("/aws/lambda/" + function.getRef())
                .retention(RetentionDays.ONE_WEEK)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        caller.getNode().addDependency(logs);
    }

    private static CfnResource helperFunction(IConstruct scope, String id, String child) {
        IConstruct construct = scope.getNode().tryFindChild(id);
        if (construct == null || !(construct.getNode().tryFindChild(child) instanceof CfnResource resource)) {
            throw new IllegalStateException("CDK no longer creates " + id + "/" + child + " under "
                    + scope.getNode().getPath() + ": review DataStack.ownHelperLogGroups");
        }
        return resource;
    }

    IBucket media() {
        return media;
    }

    Tables tables() {
        return tables;
    }
}
