/**
 * The decision lab: measures the running shop, prices each of its four parts on EC2 and on Lambda,
 * and writes a report that answers the decision guides' questions from the numbers. Read {@link
 * dev.tandem.lab.DecisionLab} first; {@link dev.tandem.lab.LabRun} is the order of the phases, {@link
 * dev.tandem.lab.ShopParts} turns what was measured into the cost model's workloads.
 */
package dev.tandem.lab;
