/**
 * What the decision lab, which measures and prices each part of Tandem on EC2 and on Lambda, needs from the service:
 * a constant answer at {@code GET /api/lab/ping} ({@link dev.tandem.catalog.lab.LabPingController}, the class to read
 * first), the ceiling that the catalog's own reads are compared with, and the last lab run's report at {@code
 * /lab.html} ({@code LabReportController}). The lab reads the service's figures from its metrics, never from here.
 */
@ApplicationModule(allowedDependencies = {})
package dev.tandem.catalog.lab;

import org.springframework.modulith.ApplicationModule;
