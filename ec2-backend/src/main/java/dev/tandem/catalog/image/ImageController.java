package dev.tandem.catalog.image;

import dev.tandem.catalog.ids.CorrelationIds;
import dev.tandem.catalog.ids.Ids;
import dev.tandem.catalog.web.AdminOnly;
import dev.tandem.catalog.web.ProblemException;
import dev.tandem.catalog.web.ProblemType;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A product's images: start an upload (admin), and follow it until the image-resizer is done. */
@RestController
@RequestMapping("/api/products/{productId}/images")
class ImageController {

    private final ImageUploads uploads;
    private final ProductImageRepository images;
    private final ImageViews views;

    ImageController(ImageUploads uploads, ProductImageRepository images, ImageViews views) {
        this.uploads = uploads;
        this.images = images;
        this.views = views;
    }

    @AdminOnly
    @PostMapping
    @ApiResponse(responseCode = "201", description = "The image, PENDING, and the presigned PUT to upload it with")
    @ApiResponse(responseCode = "401", description = "unauthorized")
    @ApiResponse(responseCode = "404", description = "not-found")
    @ApiResponse(responseCode = "409", description = "too-many-images")
    @ApiResponse(responseCode = "413", description = "image-too-large: over 20 MiB")
    @ApiResponse(responseCode = "415", description = "unsupported-image-type: not JPEG, PNG or WebP")
    ResponseEntity<UploadResponse> startUpload(
            @PathVariable String productId,
            @Valid @RequestBody UploadRequest request,
            @RequestAttribute(CorrelationIds.MDC_KEY) String correlationId) {
        UploadResponse response = uploads.start(productId, request, correlationId);
        return ResponseEntity.created(URI.create("/api/products/" + productId + "/images/" + response.imageId()))
                .body(response);
    }

    @GetMapping("/{imageId}")
    @ApiResponse(responseCode = "200", description = "The image; rendition URLs are short-lived presigned GETs")
    @ApiResponse(responseCode = "404", description = "not-found")
    ImageResponse get(@PathVariable String productId, @PathVariable String imageId) {
        if (!Ids.isWellFormed(productId) || !Ids.isWellFormed(imageId)) {
            throw notFound(productId, imageId);
        }
        return images.find(productId, imageId).map(views::view).orElseThrow(() -> notFound(productId, imageId));
    }

    private static ProblemException notFound(String productId, String imageId) {
        return new ProblemException(ProblemType.NOT_FOUND, "Product " + productId + " has no image " + imageId + ".");
    }
}
