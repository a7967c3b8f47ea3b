package dev.tandem.lab.cost;

import java.net.URI;

/**
 * One list price: US dollars per {@code per} units of {@code unit}, and the AWS pricing page that
 * states it.
 *
 * @param dollars the price of {@code per} units
 * @param per how many units {@code dollars} buys (1, 1,000 or 1,000,000 as the page quotes it)
 * @param unit what is counted, e.g. "GB-second" or "request"
 * @param source the AWS page the price is read from
 */
public record Price(double dollars, double per, String unit, URI source) {

    /** The price of a single unit. */
    public double perUnit() {
        return dollars / per;
    }
}
