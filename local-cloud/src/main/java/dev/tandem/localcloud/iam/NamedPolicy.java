package dev.tandem.localcloud.iam;

/** A policy with the name a report calls it by: its policy name, or a managed policy's ARN. */
record NamedPolicy(String name, PolicyDocument document) {}
