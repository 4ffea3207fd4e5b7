package io.mentorfeed.model;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * The addresses no mentorfeed service fetches from unless told to (ingest polling a feed, the API discovering one):
 * loopback, private (RFC 1918, IPv6 unique-local), link-local (and so the 169.254.169.254 cloud metadata service),
 * carrier-grade NAT, "this network", multicast and the unspecified address. One rule, so that every fetcher agrees.
 */
public final class InternalAddresses {
    private InternalAddresses() {}

    public static boolean isInternal(InetAddress address) {
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
}
