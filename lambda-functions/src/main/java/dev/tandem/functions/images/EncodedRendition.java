package dev.tandem.functions.images;

/** One rendition, encoded and ready to store. */
record EncodedRendition(RenditionSize size, int width, int height, String contentType, byte[] bytes) {

    /** The key's file extension, from the content type. */
    String extension() {
        return contentType.equals(RenditionEncoder.PNG) ? "png" : "jpg";
    }
}
