/**
 * The contract between the service and the functions, and the only code they share: the events they exchange over
 * the {@code tandem} bus as records ({@link dev.tandem.events.TandemEvent}, the interface to read first, and its
 * implementations), their value types, and their JSON in and out of EventBridge envelopes ({@code EventCodec}). Each
 * event's detail has a JSON Schema under {@code src/main/resources/dev/tandem/events/schema}. It depends on Jackson and
 * the JDK only.
 */
package dev.tandem.events;
