package io.mentorfeed.api.auth;

import io.mentorfeed.model.Ids;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/**
 * Configured token hashes of one kind. A presented token is hashed and compared with every hash in constant
 * time, without stopping at a match, so timing tells nothing about which or how many hashes exist.
 */
record TokenHashes(List<byte[]> hashes) {
    static TokenHashes of(List<String> hexHashes) {
        return new TokenHashes(hexHashes.stream().map(TokenHashes::bytes).toList());
    }

    boolean matches(byte[] presentedHash) {
        boolean match = false;
        for (byte[] hash : hashes) {
            match |= MessageDigest.isEqual(hash, presentedHash);
        }
        return match;
    }

    static byte[] hashOf(String token) {
        return bytes(Ids.sha256Hex(token));
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }
}
