package io.minicrm.adapter.vendor;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/** Where the vendor's API is and how long one send may take before it is tried again. */
public record VendorSettings(URI url, Duration timeout) {

    public VendorSettings {
        Objects.requireNonNull(url, "url");
        if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
            throw new IllegalArgumentException("the vendor's URL is http:// or https://, not " + url);
        }
        if (!timeout.isPositive()) {
            throw new IllegalArgumentException("a send's time-out is positive, not " + timeout);
        }
        url = url.toString().endsWith("/") ? url : URI.create(url + "/");
    }
}
