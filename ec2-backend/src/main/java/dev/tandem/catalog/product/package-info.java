/**
 * The catalog: products with their prices and stock ({@link dev.tandem.catalog.product.ProductService}, the class
 * to read first, behind {@code ProductController}), SKUs kept unique by claims, and signed cursors for paging. Orders
 * reserve and release stock through {@code ProductInventory}, as items of their own transaction.
 */
package dev.tandem.catalog.product;
