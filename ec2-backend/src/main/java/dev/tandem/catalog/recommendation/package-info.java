/**
 * "Customers who bought this also bought": an item-to-item model of the products bought in the same
 * paid orders, rebuilt by one instance at a time under a DynamoDB lease, shared as a versioned
 * snapshot in S3 and held in memory by every instance. Read {@link
 * dev.tandem.catalog.recommendation.RecommendationRefresher} first, then {@link
 * dev.tandem.catalog.recommendation.CoPurchaseModelBuilder} for the maths.
 */
package dev.tandem.catalog.recommendation;
