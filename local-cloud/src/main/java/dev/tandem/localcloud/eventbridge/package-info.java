/**
 * A local EventBridge for one account and region. {@link dev.tandem.localcloud.eventbridge.EventBridgeEmulator}, the
 * class to read first, wires the sub-packages: buses, rules and targets ({@code bus}), routing events to rules
 * ({@code routing}), delivery with retries ({@code delivery}) and the AWS JSON 1.1 operations ({@code api}).
 */
package dev.tandem.localcloud.eventbridge;
