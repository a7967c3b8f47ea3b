package dev.tandem.e2e;

/**
 * What every drill works with: the shop through its public API, the deployment's queues and tables, and the faults
 * it injects. A drill holds one per test and closes it afterwards, which clears every fault the test injected.
 */
final class DrillScene implements AutoCloseable {

    private final Shop shop;
    private final Deployment deployment;
    private final Faults faults;

    DrillScene(RunningTandem tandem) {
        this.shop = new Shop(tandem);
        this.deployment = new Deployment(tandem);
        this.faults = Faults.on(tandem);
    }

    Shop shop() {
        return shop;
    }

    Deployment deployment() {
        return deployment;
    }

    Faults faults() {
        return faults;
    }

    @Override
    public void close() {
        faults.close();
        deployment.close();
    }
}
