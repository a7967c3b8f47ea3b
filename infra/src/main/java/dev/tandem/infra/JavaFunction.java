package dev.tandem.infra;

import java.nio.file.Path;
import java.util.Map;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.FilterPattern;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.MetricFilter;
import software.amazon.awscdk.services.logs.MetricFilterOptions;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * One of Tandem's Lambda functions: Java 25 on arm64 (Graviton: about 20 % cheaper per GB-second),
 * deployed from its jar, with SnapStart on a published version behind the alias {@code live}, a
 * role of its own that starts with nothing but its log group, and a log group with a retention.
 *
 * <p>Event sources attach to {@link #alias()}, never to {@code $LATEST}: SnapStart only applies to
 * published versions.
 */
final class JavaFunction extends Construct {

    static final String ALIAS_NAME = "live";

    /** Where the functions' log-derived metrics go: the namespace the service publishes to. */
    static final String FAILED_RECORDS_NAMESPACE = ServiceMetrics.NAMESPACE;

    /**
     * The words {@code SqsBatch} (lambda-functions) logs when a message fails and goes back to
     * its queue, to be retried and, after the queue's last receive, dead-lettered.
     */
    static final String FAILED_RECORD_LOG_TEXT = "Message failed";

    private final Function function;
    private final Alias alias;
    private final Role role;
    private final Metric failedRecords;

    JavaFunction(
            Construct scope,
            String id,
            TandemConfig config,
            FunctionSpec spec,
            Path jar,
            String handler,
            Map<String, String> environment) {
        super(scope, id);
        String functionName = config.name(spec.shortName());
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/aws/lambda/" + functionName)
                .retention(RetentionDays.ONE_MONTH)
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("lambda.amazonaws.com"))
                .description("Runs " + functionName + "; each grant it needs is added explicitly")
                .build();
        logs.grantWrite(role);
        // With partial batch responses a failed message is not a failed invocation: Lambda's
        // Errors metric stays 0 while messages fail. The function's own log line counts them.
        MetricFilter failedRecordsFilter = logs.addMetricFilter(
                "FailedRecords",
                MetricFilterOptions.builder()
                        .filterName(functionName + "-failed-records")
                        .filterPattern(FilterPattern.anyTerm(FAILED_RECORD_LOG_TEXT))
                        .metricNamespace(FAILED_RECORDS_NAMESPACE)
                        .metricName("FailedRecords-" + functionName)
                        .metricValue("1")
                        .build());
        failedRecords = failedRecordsFilter.metric(MetricOptions.builder()
                .statistic("Sum")
                .period(Duration.minutes(5))
                .build());
        function = Function.Builder.create(this, "Function")
                .functionName(functionName)
                .runtime(Runtime.JAVA_25)
                .architecture(Architecture.ARM_64)
                .code(Code.fromAsset(jar.toString()))
                .handler(handler)
                .memorySize(spec.memoryMb())
                .timeout(spec.timeout())
                .environment(environment)
                .role(role)
                .logGroup(logs)
                .tracing(Tracing.ACTIVE)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .build();
        Suppressions.suppressFindings(
                role,
                "AwsSolutions-IAM5",
                "Active tracing: X-Ray's PutTraceSegments and PutTelemetryRecords have no resource-level permissions.",
                "Resource::\\*");
        Suppressions.suppress(
                function,
                "Serverless-LambdaDLQ",
                "Only SQS event source mappings invoke this function, synchronously; a failed message returns to its"
                        + " queue, whose redrive policy moves it to the queue's DLQ. A function DLQ would only see"
                        + " asynchronous invocations, and there are none.");
        Annotations.of(function)
                .acknowledgeWarning(
                        "@aws-cdk/aws-lambda:snapStartRequirePublish", "the alias below publishes every version");
        alias = Alias.Builder.create(this, "Alias")
                .aliasName(ALIAS_NAME)
                .version(function.getCurrentVersion())
                .build();
    }

    IFunction function() {
        return function;
    }

    Alias alias() {
        return alias;
    }

    /** Messages that failed inside a batch, each counted once per failed receive; 5-minute sums. */
    Metric failedRecords() {
        return failedRecords;
    }

    IRole role() {
        return role;
    }
}
