package io.mentorfeed.ingest.fetch;

import io.mentorfeed.model.InternalAddresses;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.function.Predicate;

/**
 * Refuses feed URLs whose host resolves to an internal address ({@link InternalAddresses}). Checked before the
 * first request and before every redirect. Limit: the HTTP client resolves the name again when it connects, so a
 * DNS answer that changes in between (rebinding) is not caught; see docs/ingest.md.
 */
final class AddressGuard {
    private static final Predicate<InetAddress> NONE_REFUSED = address -> false;

    private final Predicate<InetAddress> refused;

    AddressGuard(boolean allowPrivate) {
        this(allowPrivate ? NONE_REFUSED : InternalAddresses::isInternal);
    }

    /** @param refused which addresses may not be fetched (tests let their own local server through) */
    AddressGuard(Predicate<InetAddress> refused) {
        this.refused = refused;
    }

    /** Throws {@link RefusedAddressException} naming the address when the URL may not be fetched. */
    void check(URI url) throws RefusedAddressException, UnknownHostException {
        if (refused == NONE_REFUSED) {
            return; // nothing to check: the request itself reports a missing or unknown host
        }
        String host = url.getHost();
        if (host == null) {
            throw new RefusedAddressException("no host in " + url);
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (refused.test(address)) {
                throw new RefusedAddressException(host + " resolves to the internal address "
                        + address.getHostAddress() + " (set ingest.allow-private-addresses to allow it)");
            }
        }
    }

    /** The URL's host is internal: a "private-address" failure, never fetched. */
    static final class RefusedAddressException extends java.io.IOException {
        RefusedAddressException(String message) {
            super(message);
        }
    }
}
