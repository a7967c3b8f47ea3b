/**
 * What each of the shop's parts costs a month on EC2 and on Lambda, from AWS's list prices. Read
 * {@link dev.tandem.lab.cost.CostModel} first; {@link dev.tandem.lab.cost.PriceTable} holds every
 * price with the page it comes from, and {@link dev.tandem.lab.cost.BreakEven} finds where the two
 * choices cost the same.
 */
package dev.tandem.lab.cost;
