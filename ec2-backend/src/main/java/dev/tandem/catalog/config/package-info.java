/**
 * Where the service runs and what it talks to: its {@code tandem.*} settings ({@link
 * dev.tandem.catalog.config.TandemProperties}, the class to read first) and the AWS SDK clients, which find
 * endpoints, region and credentials through the SDK's own standard variables ({@code AwsClientsConfiguration}).
 *
 * <p>Every module may use it and it uses none: settings must never tie two features together.
 */
@ApplicationModule(allowedDependencies = {})
package dev.tandem.catalog.config;

import org.springframework.modulith.ApplicationModule;
