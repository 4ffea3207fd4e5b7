package io.mentorfeed.reliability;

/**
 * A fault as it happened: which kind of target and which one was killed, when (seconds since the run began), for how
 * long, and whether the feeds were still publishing then.
 */
record InjectedFault(int number, String kind, String target, double atSeconds, long downMillis,
                     boolean whilePublishing) {}
