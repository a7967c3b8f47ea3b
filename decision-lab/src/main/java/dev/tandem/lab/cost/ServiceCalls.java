package dev.tandem.lab.cost;

/**
 * The AWS requests one unit of work (one API request, one image, one payment) makes besides its
 * compute. They cost the same on either side, so they move both curves up together and leave the
 * break-even where it is; they are in the model so that a month's total is the whole bill.
 */
public record ServiceCalls(
        double sqsRequests,
        double eventBridgeEvents,
        double s3Puts,
        double s3Gets,
        double dynamoDbWriteUnits,
        double dynamoDbReadUnits) {

    /** A unit of work that calls no other AWS service. */
    public static final ServiceCalls NONE = new ServiceCalls(0, 0, 0, 0, 0, 0);
}
