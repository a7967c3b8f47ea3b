/**
 * The figures the platforms report about themselves: Lambda's REPORT lines ({@link
 * dev.tandem.lab.figures.ReportLine}, read from the local run's logs by {@link
 * dev.tandem.lab.figures.FunctionLogs}) and the service's Micrometer metrics in Prometheus's text
 * format ({@link dev.tandem.lab.figures.PrometheusText}).
 */
package dev.tandem.lab.figures;
