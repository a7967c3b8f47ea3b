/**
 * EventBridge's AWS JSON 1.1 endpoint and its operations ({@code PutRule}, {@code PutTargets}, {@code PutEvents}, …).
 * Read {@link dev.tandem.localcloud.eventbridge.api.AwsJsonEndpoint} first.
 */
package dev.tandem.localcloud.eventbridge.api;
