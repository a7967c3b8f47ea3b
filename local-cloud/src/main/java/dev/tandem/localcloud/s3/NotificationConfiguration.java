package dev.tandem.localcloud.s3;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A bucket's {@code NotificationConfiguration}, as far as local-cloud understands it: whether events go to
 * EventBridge, and which other destinations (SNS topics, SQS queues, Lambda functions) the request asked for, which
 * local-cloud does not deliver to.
 */
record NotificationConfiguration(boolean eventBridge, List<String> otherDestinations) {

    private static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    NotificationConfiguration {
        otherDestinations = List.copyOf(otherDestinations);
    }

    /**
     * Reads the body of {@code PutBucketNotificationConfiguration}.
     *
     * @throws IllegalArgumentException if it is not a {@code NotificationConfiguration} document
     */
    static NotificationConfiguration parse(byte[] body) {
        Document document = Xml.parse(body);
        Element root = document.getDocumentElement();
        if (!root.getLocalName().equals("NotificationConfiguration")) {
            throw new IllegalArgumentException("Expected NotificationConfiguration, got " + root.getLocalName());
        }
        boolean eventBridge = false;
        List<String> others = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                if (element.getLocalName().equals("EventBridgeConfiguration")) {
                    eventBridge = true;
                } else {
                    others.add(element.getLocalName());
                }
            }
        }
        return new NotificationConfiguration(eventBridge, others);
    }

    /** The body of {@code GetBucketNotificationConfiguration} for a bucket with or without EventBridge on. */
    static String toXml(boolean eventBridge) {
        String destinations = eventBridge ? "<EventBridgeConfiguration></EventBridgeConfiguration>" : "";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<NotificationConfiguration xmlns=\"" + NAMESPACE + "\">"
                + destinations + "</NotificationConfiguration>";
    }
}
