package io.mentorfeed.ingest.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentorNamesTest {
    private final MentorNames names = MentorNames.of("Mark Schaefer", null, "{grow}");

    @Test
    void caseAccentsPunctuationAndSpacesDoNotMatter() {
        assertThat(names.isMentor("mark  SCHAEFER")).isTrue();
        assertThat(MentorNames.of("José Álvarez").isMentor("Jose Alvarez")).isTrue();
        assertThat(names.isMentor("mark@businessesgrow.com (Mark Schaefer)")).isTrue();
        assertThat(names.isMentor("grow")).isTrue();
    }

    @Test
    void aMiddleNameOrInitialStillMatchesButAFirstNameAloneDoesNot() {
        assertThat(names.isMentor("Mark W. Schaefer")).isTrue();
        assertThat(names.isMentor("Mark")).isFalse();
        assertThat(names.isMentor("Mark Twain")).isFalse();
        assertThat(names.isMentor("Schaefer")).isFalse();
    }

    @Test
    void noAuthorIsNobody() {
        assertThat(names.isMentor(null)).isFalse();
        assertThat(names.isMentor("  ")).isFalse();
        assertThat(MentorNames.of((String) null).isMentor("Mark Schaefer")).isFalse();
    }
}
