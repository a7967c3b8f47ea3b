package dev.tandem.lab.load;

/** A request and the endpoint its latency is filed under, e.g. {@code GET /api/products/{id}}. */
public record Request(String endpoint, Call call) {}
