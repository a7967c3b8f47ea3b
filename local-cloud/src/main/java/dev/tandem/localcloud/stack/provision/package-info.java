/**
 * One provisioner per kind of resource local-cloud creates (buckets, tables, queues, the bus and rules, functions,
 * IAM, the service). Read {@link dev.tandem.localcloud.stack.provision.Provisioner} first.
 */
package dev.tandem.localcloud.stack.provision;
