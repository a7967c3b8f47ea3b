package dev.tandem.functions.images;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class ImagePrimingTest {

    @Test
    void rendersItsPrimingImagesWithoutBeingRejected() {
        assertThatCode(() -> ImagePriming.prime(new RenditionPipeline(ImageLimits.DEFAULT)))
                .doesNotThrowAnyException();
    }
}
