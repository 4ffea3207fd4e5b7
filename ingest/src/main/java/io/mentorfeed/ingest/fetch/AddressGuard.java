package io.mentorfeed.ingest.fetch;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Refuses feed URLs whose host resolves to an address a server-side fetcher must not reach: loopback, private
 * (RFC 1918, IPv6 unique-local), link-local (and so the 169.254.169.254 cloud metadata service), carrier-grade NAT,
 * multicast and the unspecified address. Checked before the first request and before every redirect. Limit: the
 * HTTP client resolves the name again when it connects, so a DNS answer that changes in between (rebinding) is not
 * caught; see docs/ingest.md.
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
            if (isInternal(address)) {
                throw new RefusedAddressException(host + " resolves to the internal address "
                        + address.getHostAddress() + " (set ingest.allow-private-addresses to allow it)");
            }
        }
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128); // "this network", CGNAT
        }
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        return false;
    }

    /** The URL's host is internal: a "private-address" failure, never fetched. */
    static final class RefusedAddressException extends java.io.IOException {
        RefusedAddressException(String message) {
            super(message);
        }
    }
}
