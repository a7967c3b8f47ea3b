package dev.tandem.localcloud.faults;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control endpoint through which a drill changes a {@link FaultPlan} while local-cloud runs:
 *
 * <ul>
 *   <li>{@code POST /_tandem/faults} with rules in the JSON of {@link FaultRules} adds them: 201 with the rules as
 *       added, each with its id;
 *   <li>{@code GET /_tandem/faults} lists every rule, with its phase and how often it fired;
 *   <li>{@code DELETE /_tandem/faults} removes every rule, {@code DELETE /_tandem/faults/{id}} one: 204, or 404 if
 *       there is no rule with that id.
 * </ul>
 *
 * A rule that is not valid is refused with 400 and a problem document (RFC 9457) whose {@code field} names the
 * member at fault. The handler looks at the request's whole path, so it can be mounted at any prefix that lets
 * {@code /_tandem/faults} through; it declines (returns false for) any other path.
 */
public final class FaultControlHandler extends Handler.Abstract {

    /** The path this handler answers, and under which each rule has its own. */
    public static final String PATH = "/_tandem/faults";

    private static final String JSON = "application/json";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEMS = "https://tandem.dev/problems/";

    private final FaultPlan plan;

    public FaultControlHandler(FaultPlan plan) {
        this.plan = plan;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = request.getHttpURI().getPath();
        if (path.equals(PATH) || path.equals(PATH + "/")) {
            answerCollection(request, response, callback);
            return true;
        }
        if (path.startsWith(PATH + "/")) {
            answerRule(path.substring(PATH.length() + 1), request, response, callback);
            return true;
        }
        return false;
    }

    private void answerCollection(Request request, Response response, Callback callback) throws Exception {
        switch (request.getMethod()) {
            case "GET" -> send(response, callback, 200, JSON, FaultRules.toJson(plan.rules()));
            case "POST" -> addRules(request, response, callback);
            case "DELETE" -> {
                plan.clear();
                noContent(response, callback);
            }
            default -> methodNotAllowed(response, callback, "GET, POST, DELETE");
        }
    }

    private void answerRule(String id, Request request, Response response, Callback callback) {
        if (!request.getMethod().equals("DELETE")) {
            methodNotAllowed(response, callback, "DELETE");
        } else if (plan.remove(id)) {
            noContent(response, callback);
        } else {
            send(
                    response,
                    callback,
                    404,
                    PROBLEM_JSON,
                    problem(
                            "no-such-fault-rule",
                            "No such fault rule",
                            404,
                            "There is no fault rule " + id + "; GET " + PATH + " lists them"));
        }
    }

    private void addRules(Request request, Response response, Callback callback) throws Exception {
        String body = Content.Source.asString(request, StandardCharsets.UTF_8);
        List<FaultRule> rules;
        try {
            rules = FaultRules.parse(body);
        } catch (InvalidFaultRuleException e) {
            ObjectNode problem = problem("invalid-fault-rule", "Invalid fault rule", 400, e.getMessage());
            problem.put("field", e.field());
            send(response, callback, 400, PROBLEM_JSON, problem);
            return;
        }
        send(response, callback, 201, JSON, FaultRules.toJson(plan.add(rules)));
    }

    private static void methodNotAllowed(Response response, Callback callback, String allowed) {
        response.getHeaders().put(HttpHeader.ALLOW, allowed);
        send(
                response,
                callback,
                405,
                PROBLEM_JSON,
                problem("method-not-allowed", "Method not allowed", 405, "This path takes " + allowed));
    }

    private static ObjectNode problem(String type, String title, int status, String detail) {
        return JsonMapper.shared()
                .createObjectNode()
                .put("type", PROBLEMS + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
    }

    private static void noContent(Response response, Callback callback) {
        response.setStatus(204);
        callback.succeeded();
    }

    private static void send(Response response, Callback callback, int status, String type, JsonNode body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        Content.Sink.write(response, true, JsonMapper.shared().writeValueAsString(body), callback);
    }
}
