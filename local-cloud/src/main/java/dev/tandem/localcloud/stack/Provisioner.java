package dev.tandem.localcloud.stack;

import java.util.Optional;
import java.util.Set;

/**
 * Creates the resources of some CloudFormation types through the services' own APIs, on local-cloud
 * or an emulator alike. A provisioner may
 * decline a resource of its type (say, a Lambda function in Node.js): it is then reported as not
 * emulated, like every type no provisioner handles.
 */
interface Provisioner {

    Set<String> types();

    /** Creates the resource and returns what it is known by, or empty if it declines it. */
    Optional<Physical> create(Properties properties);
}
