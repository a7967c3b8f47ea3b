package dev.tandem.functions.images;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The key of an upload, {@code uploads/{productId}/{imageId}}, and the keys of its renditions.
 * Ids are restricted to the characters the catalog service generates, so that nothing in an
 * uploaded key can steer where renditions are written.
 */
record UploadKey(String productId, String imageId) {

    private static final Pattern UPLOAD = Pattern.compile("uploads/([A-Za-z0-9_-]{1,128})/([A-Za-z0-9_-]{1,128})");

    static UploadKey parse(String key) {
        Matcher matcher = UPLOAD.matcher(key);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + key + "' is not an upload key (uploads/{productId}/{imageId})");
        }
        return new UploadKey(matcher.group(1), matcher.group(2));
    }

    String sourceKey() {
        return "uploads/" + productId + "/" + imageId;
    }

    String renditionKey(EncodedRendition rendition) {
        return "renditions/" + productId + "/" + imageId + "/"
                + rendition.size().label() + "." + rendition.extension();
    }
}
