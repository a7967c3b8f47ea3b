/**
 * A product's images: an upload starts with a presigned S3 PUT ({@link dev.tandem.catalog.image.ImageUploads}, the
 * class to read first), the bytes go straight to S3, and {@code ImageResultHandler} applies the image-resizer's
 * verdict when it arrives through the inbox. Images live inside their product's item ({@code
 * ProductImageRepository}).
 */
package dev.tandem.catalog.image;
