/**
 * Drives the running stack through its public API as a client would. Read {@link
 * dev.tandem.lab.load.LoadDriver} first: it starts requests on a schedule (open loop), so a slow
 * answer does not hold back the next request and the latencies include the waiting a real client
 * would see. {@link dev.tandem.lab.load.ShopApi} makes the calls; {@link
 * dev.tandem.lab.load.Pipelines} follows orders to PAID and uploads to READY.
 */
package dev.tandem.lab.load;
