package dev.tandem.catalog.image;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** What the client is about to upload: both values are signed into the upload URL. */
record UploadRequest(
        @NotBlank String contentType, @NotNull @Positive Long contentLength) {}
