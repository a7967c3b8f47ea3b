package dev.tandem.catalog.lab;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the decision lab writes its report, bound from {@code tandem.lab.*} ({@code TANDEM_LAB_REPORT_FILE}); local-cloud
 * sets it to the run's {@code lab/report.html}.
 *
 * @param reportFile the report's path; empty (the default) where no lab runs, as on AWS
 */
@ConfigurationProperties("tandem.lab")
record LabProperties(@DefaultValue("") String reportFile) {

    Optional<Path> report() {
        return reportFile.isBlank() ? Optional.empty() : Optional.of(Path.of(reportFile));
    }
}
