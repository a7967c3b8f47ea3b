/**
 * How a request travels through the edge: routed by path or credential scope ({@link
 * dev.tandem.localcloud.edge.pipeline.EdgeRouter}, read first), checked, faulted and authorized ({@link
 * dev.tandem.localcloud.edge.pipeline.CallPipeline}), passed on unchanged ({@link
 * dev.tandem.localcloud.edge.pipeline.TransparentProxy}), and recorded for the call listeners.
 */
package dev.tandem.localcloud.edge.pipeline;
