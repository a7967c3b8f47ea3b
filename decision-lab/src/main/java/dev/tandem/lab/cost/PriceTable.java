package dev.tandem.lab.cost;

import java.net.URI;
import java.time.LocalDate;

/**
 * AWS's public on-demand list prices for us-east-1 that the cost model needs, in one dated table.
 * Free tiers are left out on purpose: they flatter whichever side has more of them and vanish at
 * scale. Only the first (most expensive) tier of a tiered price is used, which is what a shop of
 * Tandem's size pays.
 *
 * <p>Each price names the AWS page it was read from. When AWS changes a price, change it here, change
 * {@link #checked()}, and the report says which table it used.
 *
 * @param checked the day the prices were last compared with the pages
 */
public record PriceTable(
        LocalDate checked,
        String region,
        Price lambdaArmGbSecond,
        Price lambdaRequests,
        Price functionUrlRequests,
        Price apiGatewayHttpRequests,
        String instanceType,
        int instanceVcpus,
        int instanceMemoryMb,
        Price instanceHour,
        Price albHour,
        Price albLcuHour,
        Price sqsRequests,
        Price eventBridgeCustomEvents,
        Price s3Puts,
        Price s3Gets,
        Price dynamoDbWriteUnits,
        Price dynamoDbReadUnits) {

    private static final URI LAMBDA = URI.create("https://aws.amazon.com/lambda/pricing/");
    private static final URI EC2 = URI.create("https://aws.amazon.com/ec2/pricing/on-demand/");
    private static final URI ELB = URI.create("https://aws.amazon.com/elasticloadbalancing/pricing/");
    private static final URI API_GATEWAY = URI.create("https://aws.amazon.com/api-gateway/pricing/");
    private static final URI SQS = URI.create("https://aws.amazon.com/sqs/pricing/");
    private static final URI EVENTBRIDGE = URI.create("https://aws.amazon.com/eventbridge/pricing/");
    private static final URI S3 = URI.create("https://aws.amazon.com/s3/pricing/");
    private static final URI DYNAMODB = URI.create("https://aws.amazon.com/dynamodb/pricing/on-demand/");

    /**
     * us-east-1 as of 2026-12-03. The instance type is the one infra's BackendStack launches
     * (t4g.small: 2 vCPUs, 2 GiB, Graviton), so that both sides run on arm64. Lambda's function URLs
     * cost nothing beyond the function's own requests and duration; API Gateway's HTTP APIs cost
     * $1.00 per million requests up to 300 million a month. DynamoDB's on-demand prices are those
     * after AWS halved them in November 2024. EventBridge charges only for custom events: the S3
     * "Object Created" events that start the image pipeline are AWS service events, which are free.
     */
    public static final PriceTable US_EAST_1 = new PriceTable(
            LocalDate.of(2026, 12, 3),
            "us-east-1",
            new Price(0.0000133334, 1, "GB-second (arm64)", LAMBDA),
            new Price(0.20, 1_000_000, "request", LAMBDA),
            new Price(0.0, 1_000_000, "request (function URL)", LAMBDA),
            new Price(1.00, 1_000_000, "request (HTTP API)", API_GATEWAY),
            "t4g.small",
            2,
            2048,
            new Price(0.0168, 1, "instance-hour (t4g.small, Linux)", EC2),
            new Price(0.0225, 1, "ALB-hour", ELB),
            new Price(0.008, 1, "LCU-hour", ELB),
            new Price(0.40, 1_000_000, "request (standard queue)", SQS),
            new Price(1.00, 1_000_000, "custom event published", EVENTBRIDGE),
            new Price(0.005, 1_000, "PUT request (S3 Standard)", S3),
            new Price(0.0004, 1_000, "GET request (S3 Standard)", S3),
            new Price(0.625, 1_000_000, "write request unit (on-demand)", DYNAMODB),
            new Price(0.125, 1_000_000, "read request unit (on-demand)", DYNAMODB));
}
