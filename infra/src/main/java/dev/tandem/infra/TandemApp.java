package dev.tandem.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.ServerlessChecks;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;

/** Synthesizes Tandem: {@code cdk synth}, or {@code ./mvnw -pl infra -am package}, writes cdk.out. */
public final class TandemApp {

    private TandemApp() {}

    /**
     * Settings the CDK CLI would otherwise pass: with them, running this class directly (as Maven
     * does) and {@code cdk synth} write the same templates.
     */
    static final Map<String, Object> SYNTH_CONTEXT = new TreeMap<>(Map.of(
            "aws:cdk:enable-path-metadata", true,
            "aws:cdk:enable-asset-metadata", true,
            // Cross-stack references stay strong: CloudFormation refuses to delete an export in use.
            "@aws-cdk/core:defaultCrossStackReferences", "strong"));

    public static void main(String[] args) {
        App app = new App(AppProps.builder()
                .context(SYNTH_CONTEXT)
                .analyticsReporting(false)
                .build());
        TandemStacks.create(app, TandemConfig.from(app.getNode(), System.getenv()));
        app.synth();
    }

    /** The cdk-nag packs every synthesis runs; findings are errors unless suppressed with a reason. */
    static void checkWithCdkNag(App app) {
        Aspects.of(app).add(AwsSolutionsChecks.Builder.create().verbose(true).build());
        Aspects.of(app).add(ServerlessChecks.Builder.create().verbose(true).build());
    }
}
