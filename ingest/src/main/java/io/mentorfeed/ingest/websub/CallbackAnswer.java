package io.mentorfeed.ingest.websub;

/** What the callback listener answers a hub: a status and a short plain-text body (the challenge, or why not). */
record CallbackAnswer(int status, String body) {
    static CallbackAnswer of(int status, String body) {
        return new CallbackAnswer(status, body);
    }
}
