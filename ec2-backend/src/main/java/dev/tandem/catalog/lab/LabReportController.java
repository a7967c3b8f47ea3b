package dev.tandem.catalog.lab;

import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the last lab run's report at {@code /lab.html}: the self-contained page the lab writes to {@code
 * tandem.lab.report-file}, read afresh on every request since a run writes it while the service is up. Without a
 * report (no file configured, or no run yet) the page says how to make one. A page like the shop's and the admin's,
 * not an API operation: hidden from the OpenAPI document, as the pages in {@code static/} are absent from it.
 */
@Hidden
@Controller
class LabReportController {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final Resource NO_REPORT = new ClassPathResource("lab/no-report.html");

    private final LabProperties properties;

    LabReportController(LabProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/lab.html")
    ResponseEntity<Resource> report() {
        Resource page = properties
                .report()
                .filter(Files::isRegularFile)
                .<Resource>map(FileSystemResource::new)
                .orElse(NO_REPORT);
        return ResponseEntity.ok()
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .body(page);
    }
}
