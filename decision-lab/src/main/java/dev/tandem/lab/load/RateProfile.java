package dev.tandem.lab.load;

/** Requests per second the driver aims for, as a function of the seconds since a phase began. */
@FunctionalInterface
public interface RateProfile {

    double perSecondAt(double seconds);

    static RateProfile constant(double perSecond) {
        return seconds -> perSecond;
    }

    /**
     * {@code base} per second, except for a burst of {@code factor × base} lasting {@code burstSeconds}
     * at the start of every {@code periodSeconds}: a day's flash sales compressed into a minute.
     */
    static RateProfile spiky(double base, double factor, double periodSeconds, double burstSeconds) {
        return seconds -> seconds % periodSeconds < burstSeconds ? base * factor : base;
    }
}
