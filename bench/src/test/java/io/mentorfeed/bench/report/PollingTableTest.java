package io.mentorfeed.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A ratio only compares rounds that did the same work: about the same share of 304s. */
class PollingTableTest {
    @Test
    void roundsWithinTenPointsOfEachOtherAreTheSameWork() {
        var ours = Figure.parse("polling tool=mentorfeed round=measured feeds=1000 requests=1000 notModified=790");
        var theirs = Figure.parse("polling tool=r2e round=measured feeds=1000 requests=200 notModified=150");

        assertThat(PollingTable.sameWork(ours, theirs)).isTrue();
    }

    @Test
    void aPeerWhoseRoundWasAll200IsNotComparedWithOurMostly304Round() {
        var ours = Figure.parse("polling tool=mentorfeed round=measured feeds=1000 requests=1000 notModified=790");
        var theirs = Figure.parse("polling tool=r2e round=measured feeds=1000 requests=185 notModified=0");

        assertThat(PollingTable.sameWork(ours, theirs)).isFalse();
    }
}
