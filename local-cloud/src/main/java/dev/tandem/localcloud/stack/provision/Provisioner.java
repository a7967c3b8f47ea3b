package dev.tandem.localcloud.stack.provision;

import dev.tandem.localcloud.stack.template.ResourceProperties;
import java.util.Optional;
import java.util.Set;

/**
 * Creates the resources of some CloudFormation types through the services' own APIs, on local-cloud
 * or an emulator alike. A resource that exists already (an emulator kept running between deployments) is reused
 * and brought to the template's settings, as a CloudFormation update would. A provisioner may
 * decline a resource of its type (say, a Lambda function in Node.js): it is then reported as not
 * emulated, like every type no provisioner handles.
 */
public interface Provisioner {

    Set<String> types();

    /** Creates or reuses the resource and returns what it is known by, or empty if it declines it. */
    Optional<Provisioned> create(ResourceProperties properties);
}
