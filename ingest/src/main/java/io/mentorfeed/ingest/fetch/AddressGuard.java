package io.mentorfeed.ingest.fetch;

import io.mentorfeed.model.InternalAddresses;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses feed URLs whose host resolves to an internal address ({@link InternalAddresses}). Checked before the
 * first request and before every redirect. Limit: the HTTP client resolves the name again when it connects, so a
 * DNS answer that changes in between (rebinding) is not caught; see docs/ingest.md.
 */
final class AddressGuard {
    private final boolean allowPrivate;

    AddressGuard(boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    /** Throws {@link RefusedAddressException} naming the address when the URL may not be fetched. */
    void check(URI url) throws RefusedAddressException, UnknownHostException {
        if (allowPrivate) {
            return;
        }
        String host = url.getHost();
        if (host == null) {
            throw new RefusedAddressException("no host in " + url);
        }
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (InternalAddresses.isInternal(address)) {
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
