package io.mentorfeed.reliability;

/** One node of the {@link KraftCluster} as a fault target; healthy when the whole cluster is fully replicated. */
record BrokerNode(KraftCluster cluster, int index) implements FaultTarget {
    @Override
    public String name() {
        return cluster.nodeName(index);
    }

    @Override
    public boolean isHealthy() {
        return cluster.isFullyReplicated();
    }

    @Override
    public void kill() {
        cluster.kill(index);
    }

    @Override
    public void restart() {
        cluster.restart(index);
    }
}
