package dev.tandem.localcloud.iam.policy;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An IAM policy document, identity or resource policy, with every intrinsic function already resolved: the
 * statements IAM evaluates.
 */
public final class PolicyDocument {

    private final List<Statement> statements;

    private PolicyDocument(List<Statement> statements) {
        this.statements = List.copyOf(statements);
    }

    List<Statement> statements() {
        return statements;
    }

    /** Reads a policy's JSON; {@code Statement} may be one statement or a list of them. */
    public static PolicyDocument parse(JsonNode document) {
        JsonNode element = document.path("Statement");
        List<Statement> statements = new ArrayList<>();
        if (element.isArray()) {
            for (int i = 0; i < element.size(); i++) {
                statements.add(Statement.parse(element.get(i), i));
            }
        } else if (element.isObject()) {
            statements.add(Statement.parse(element, 0));
        }
        return new PolicyDocument(statements);
    }
}
