package dev.tandem.catalog.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class LabPropertiesTest {

    @Test
    void readsTheReportFileFromTheVariableLocalCloudSets() {
        LabProperties properties = bind(Map.of("TANDEM_LAB_REPORT_FILE", "/runs/1/lab/report.html"));

        assertThat(properties.report()).contains(Path.of("/runs/1/lab/report.html"));
    }

    @Test
    void hasNoReportWhereNoLabRuns() {
        assertThat(bind(Map.of()).report()).isEmpty();
    }

    /** Binds the properties as the service would, from environment variables only. */
    private static LabProperties bind(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment).bindOrCreate("tandem.lab", LabProperties.class);
    }
}
