package dev.tandem.e2e;

import java.net.URI;

/**
 * The app under test, as a test sees it: where the service answers, the admin token, and how to reach the AWS it
 * runs on (to look at queues and tables directly).
 */
record RunningTandem(URI serviceUri, String adminToken, AwsAccess aws) {

    TandemApi api() {
        return new TandemApi(serviceUri, adminToken);
    }
}
