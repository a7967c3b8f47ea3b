package dev.tandem.infra;

import java.util.List;
import software.amazon.awscdk.App;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

/**
 * Tandem's stacks, one per lifecycle, wired together: network and data change rarely, messaging
 * and functions often, the backend with every service release.
 */
record TandemStacks(
        NetworkStack network,
        DataStack data,
        MessagingStack messaging,
        FunctionsStack functions,
        BackendStack backend,
        ObservabilityStack observability) {

    static TandemStacks create(App app, TandemConfig config) {
        Tags.of(app).add("project", "tandem");
        Tags.of(app).add("environment", config.envName());
        TandemApp.checkWithCdkNag(app);

        ServiceMetrics serviceMetrics = ServiceMetrics.of(config);
        NetworkStack network = new NetworkStack(app, config.name("network"), props(config, "VPC and endpoints"));
        DataStack data = new DataStack(app, config.name("data"), props(config, "media bucket and tables"));
        MessagingStack messaging = new MessagingStack(
                app, config.name("messaging"), props(config, "event bus, queues and rules"), config, data.media());
        FunctionsStack functions = new FunctionsStack(
                app,
                config.name("functions"),
                props(config, "image-resizer and payment-processor"),
                config,
                new FunctionsStack.Resources(
                        data.media(),
                        data.tables().paymentIdempotency(),
                        messaging.bus(),
                        messaging.imageJobs().queue(),
                        messaging.paymentJobs().queue()));
        BackendStack backend = new BackendStack(
                app,
                config.name("backend"),
                props(config, "catalog and order service on EC2"),
                config,
                new BackendStack.Resources(
                        network.vpc(),
                        new ServiceResources(
                                data.media(),
                                data.tables().catalog(),
                                messaging.bus(),
                                messaging.catalogInbox().queue(),
                                serviceMetrics)));
        ObservabilityStack observability = new ObservabilityStack(
                app,
                config.name("observability"),
                props(config, "dashboard and alarms"),
                config,
                new ObservabilityStack.Resources(
                        backend.loadBalancer(),
                        backend.targetGroup(),
                        List.of(
                                messaging.imageJobs().queue(),
                                messaging.paymentJobs().queue(),
                                messaging.catalogInbox().queue()),
                        messaging.deadLetterQueues(),
                        List.of(functions.imageResizer(), functions.paymentProcessor()),
                        serviceMetrics));
        return new TandemStacks(network, data, messaging, functions, backend, observability);
    }

    /** A stack bound to the account and region when they are known, environment-agnostic if not. */
    private static StackProps props(TandemConfig config, String description) {
        return StackProps.builder()
                .description("Tandem: " + description)
                .env(config.environment().orElse(null))
                .build();
    }
}
