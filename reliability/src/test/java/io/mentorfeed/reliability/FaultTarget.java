package io.mentorfeed.reliability;

/** One thing the suite kills with SIGKILL and starts again: a broker node, an ingest or a processor instance. */
interface FaultTarget {
    String name();

    /** Back at work after its last restart, so that killing it (or a sibling) is a fresh fault. */
    boolean isHealthy();

    void kill();

    void restart();
}
