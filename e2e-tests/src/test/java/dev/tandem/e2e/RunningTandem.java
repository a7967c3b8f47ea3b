package dev.tandem.e2e;

import dev.tandem.localcloud.LocalAws;
import java.net.URI;

/**
 * The app under test, as a test sees it: where the service answers, the admin token, and the
 * emulators behind it (to look at queues and buckets directly).
 */
record RunningTandem(URI serviceUri, String adminToken, LocalAws aws) {

    TandemApi api() {
        return new TandemApi(serviceUri, adminToken);
    }
}
