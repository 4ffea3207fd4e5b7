package io.mentorfeed.ingest.fetch;

import java.io.IOException;

/** A feed body, declared, received or decompressed, went past the configured cap. */
public final class BodyTooLargeException extends IOException {
    public BodyTooLargeException(String message) {
        super(message);
    }
}
