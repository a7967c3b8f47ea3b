package dev.tandem.lab.cost;

/**
 * One part of the shop as the lab measured it: what a unit of its work takes, on whichever side it
 * runs today.
 *
 * @param part the part's name as the report shows it
 * @param deployedOn where the template runs it today
 * @param servesHttp whether clients call it over HTTP: on EC2 it then needs the load balancer, as a
 *     function a function URL or API Gateway
 * @param durationMs mean time one unit keeps a function busy (Lambda bills at least 1 ms)
 * @param memoryMb memory a function for this part is configured with (Lambda bills for all of it)
 * @param cpuMsPerUnit CPU time one unit costs an instance
 * @param workingSetMb memory one unit in progress holds on an instance (an image being decoded); 0
 *     where the instance's own footprint already covers it
 * @param peakToMean how much busier the busiest hour is than the month's mean: the fleet is sized
 *     for the peak, a function is billed for what runs
 * @param responseKb kilobytes per request the load balancer processes (for its LCUs)
 * @param calls the AWS requests one unit makes on either side
 */
public record Workload(
        String part,
        Compute deployedOn,
        boolean servesHttp,
        double durationMs,
        int memoryMb,
        double cpuMsPerUnit,
        double workingSetMb,
        double peakToMean,
        double responseKb,
        ServiceCalls calls) {

    public Workload {
        if (durationMs < 0 || memoryMb <= 0 || cpuMsPerUnit < 0 || workingSetMb < 0 || peakToMean < 1) {
            throw new IllegalArgumentException("not a workload: " + part);
        }
    }
}
