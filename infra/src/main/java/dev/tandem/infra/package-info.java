/**
 * The CDK app that deploys Tandem ({@link dev.tandem.infra.TandemApp}, then {@code TandemStacks}, which wires the
 * stacks together, are the classes to read first). One stack per lifecycle: {@code NetworkStack}, {@code DataStack},
 * {@code MessagingStack}, {@code FunctionsStack}, {@code BackendStack} and {@code ObservabilityStack}. The constructs
 * they share ({@code JavaFunction}, {@code WorkQueue}, {@code Tables}, {@code AlarmTopic}), the specs they are built
 * from ({@code FunctionSpec}, {@code TableSpec}), what the service is given ({@code ServiceResources}, {@code
 * ServiceUserData}, {@code ServiceMetrics}), the deployment's settings ({@code TandemConfig}) and the cdk-nag
 * suppressions ({@code Suppressions}) sit beside them, package-private.
 */
package dev.tandem.infra;
