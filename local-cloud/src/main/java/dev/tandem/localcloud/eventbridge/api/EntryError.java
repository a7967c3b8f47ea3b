package dev.tandem.localcloud.eventbridge.api;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Why one {@code PutEvents} entry was not accepted, with the code and message AWS uses for it. */
record EntryError(String code, String message) {

    static EntryError missing(String member) {
        return new EntryError(
                "InvalidArgument",
                "Parameter " + member + " is not valid. Reason: " + member + " is a required argument.");
    }

    static EntryError malformedDetail() {
        return new EntryError("MalformedDetail", "Detail is malformed.");
    }

    static EntryError reservedSource() {
        return new EntryError("NotAuthorizedForSourceException", "Not authorized for the source.");
    }

    static EntryError unknownBus(String name) {
        return new EntryError("ResourceNotFoundException", "Event bus " + name + " does not exist.");
    }

    /** The entry's place in the {@code Entries} of the response. */
    ObjectNode toJson() {
        return JsonMapper.shared().createObjectNode().put("ErrorCode", code).put("ErrorMessage", message);
    }
}
