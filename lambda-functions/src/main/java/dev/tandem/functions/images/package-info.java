/**
 * The image-resizer function: S3 {@code Object Created} events in, renditions in S3 and {@code ImageProcessed} or
 * {@code ImageRejected} on the bus out. {@link dev.tandem.functions.images.ImageResizerHandler}, the class to read
 * first, is the entry point Lambda calls; {@code ImageResizer} does one upload's work, and {@code RenditionPipeline}
 * turns bytes into renditions (validation by content, EXIF orientation, resampling, encoding) without any I/O.
 */
package dev.tandem.functions.images;
