package dev.tandem.catalog.image;

import dev.tandem.catalog.dynamodb.CatalogTables;
import dev.tandem.catalog.dynamodb.Items;
import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import dev.tandem.events.RejectionReason;
import dev.tandem.events.Rendition;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Repository;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Images live in their product's item, in the map {@code images} (image id to image). Every change
 * is a single conditional update of one entry, so concurrent uploads and results never overwrite
 * each other, and an image leaves {@code PENDING} exactly once.
 */
@Repository
class ProductImageRepository {

    static final int MAX_IMAGES_PER_PRODUCT = 20;

    private final CatalogTables tables;
    private final DynamoDbClient dynamoDb;

    ProductImageRepository(CatalogTables tables, DynamoDbClient dynamoDb) {
        this.tables = tables;
        this.dynamoDb = dynamoDb;
    }

    void addPending(String productId, ProductImage image) {
        try {
            dynamoDb.updateItem(request -> request.tableName(tables.products().tableName())
                    .key(key(productId))
                    .updateExpression("SET images.#image = :image")
                    .conditionExpression("attribute_exists(id) AND size(images) < :max")
                    .expressionAttributeNames(Map.of("#image", image.imageId()))
                    .expressionAttributeValues(Map.of(
                            ":image", Items.toAttribute(image),
                            ":max", AttributeValue.fromN(Integer.toString(MAX_IMAGES_PER_PRODUCT)))));
        } catch (ConditionalCheckFailedException e) {
            if (tables.products().getItem(request -> request.key(k -> k.partitionValue(productId))) == null) {
                throw new ProblemException(ProblemType.NOT_FOUND, "There is no product " + productId + ".");
            }
            throw new ProblemException(
                    ProblemType.TOO_MANY_IMAGES,
                    "Product " + productId + " already has " + MAX_IMAGES_PER_PRODUCT + " images.");
        }
    }

    Optional<ProductImage> find(String productId, String imageId) {
        Map<String, AttributeValue> item = dynamoDb.getItem(
                        request -> request.tableName(tables.products().tableName())
                                .key(key(productId))
                                .projectionExpression("images.#image")
                                .expressionAttributeNames(Map.of("#image", imageId)))
                .item();
        if (item == null || !item.containsKey("images")) {
            return Optional.empty();
        }
        return Optional.ofNullable(
                Items.fromItem(item, ImagesOnly.class).images().get(imageId));
    }

    /** Moves a pending image to {@code READY}; false if it is not pending (a redelivery) or unknown. */
    boolean markReady(String productId, String imageId, List<Rendition> renditions, Instant now) {
        return resolve(
                productId,
                imageId,
                ImageStatus.READY,
                Map.of(":renditions", Items.toAttribute(renditions)),
                "images.#image.renditions = :renditions",
                now);
    }

    /** Moves a pending image to {@code REJECTED}; false if it is not pending (a redelivery) or unknown. */
    boolean markRejected(String productId, String imageId, RejectionReason reason, String detail, Instant now) {
        return resolve(
                productId,
                imageId,
                ImageStatus.REJECTED,
                Map.of(":reason", AttributeValue.fromS(reason.name()), ":detail", AttributeValue.fromS(detail)),
                "images.#image.reason = :reason, images.#image.detail = :detail",
                now);
    }

    private boolean resolve(
            String productId,
            String imageId,
            ImageStatus to,
            Map<String, AttributeValue> values,
            String assignments,
            Instant now) {
        Map<String, AttributeValue> allValues = new HashMap<>(values);
        allValues.put(":to", AttributeValue.fromS(to.name()));
        allValues.put(":pending", AttributeValue.fromS(ImageStatus.PENDING.name()));
        allValues.put(":now", AttributeValue.fromS(now.toString()));
        try {
            dynamoDb.updateItem(request -> request.tableName(tables.products().tableName())
                    .key(key(productId))
                    .updateExpression("SET images.#image.#status = :to, images.#image.updatedAt = :now, " + assignments)
                    .conditionExpression("images.#image.#status = :pending")
                    .expressionAttributeNames(Map.of("#image", imageId, "#status", "status"))
                    .expressionAttributeValues(allValues));
            return true;
        } catch (ConditionalCheckFailedException notPending) {
            return false;
        }
    }

    private static Map<String, AttributeValue> key(String productId) {
        return Map.of("id", AttributeValue.fromS(productId));
    }

    /** The projection of a product item that holds only (some of) its images. */
    private record ImagesOnly(Map<String, ProductImage> images) {}
}
