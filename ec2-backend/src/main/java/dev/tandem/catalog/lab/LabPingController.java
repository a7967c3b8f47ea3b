package dev.tandem.catalog.lab;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cheapest answer the service can give: no storage, no AWS call, a constant. It passes the same filters and
 * interceptors as every API request, so the lab's throughput here is the framework's ceiling on this machine, and
 * the catalog's {@code GET /api/products/{id}} is judged as a share of it. Part of the API (and of its OpenAPI
 * document) like any other operation, so the contract test checks it too.
 */
@RestController
class LabPingController {

    @GetMapping(path = "/api/lab/ping", produces = MediaType.TEXT_PLAIN_VALUE)
    @ApiResponse(responseCode = "200", description = "Always pong")
    String ping() {
        return "pong";
    }
}
