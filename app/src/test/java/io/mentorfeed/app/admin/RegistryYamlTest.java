package io.mentorfeed.app.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.SourceKind;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryYamlTest {
    private final RegistryYaml yaml = new RegistryYaml();

    @Test
    void readsMentorfeedYmlsKeys() {
        RegistryFile registry = yaml.read(resource("registry.yml"));
        assertThat(registry.mentors()).extracting(Mentor::id).containsExactly("ana", "kim");
        Mentor kim = registry.mentors().get(1);
        assertThat(kim.feedUrl()).isEqualTo("https://kim.example.org/feed.xml");
        assertThat(kim.siteUrl()).isEqualTo("https://kim.example.org/");
        assertThat(kim.topics()).containsExactly("writing");
        assertThat(registry.mentors().getFirst().paused()).isTrue();
        assertThat(registry.mentors().getFirst().kind()).isEqualTo(SourceKind.VIDEO);
        assertThat(registry.profiles().getFirst().timeZone()).isEqualTo(ZoneId.of("Europe/London"));
    }

    @Test
    void writesWhatItReadsAndTheSameBytesAgain(@TempDir Path dir) throws Exception {
        String first = yaml.write(yaml.read(resource("registry.yml")));
        Path file = dir.resolve("export.yml");
        Files.writeString(file, first);
        assertThat(yaml.write(yaml.read(file))).isEqualTo(first);
        assertThat(first).startsWith(RegistryYaml.HEADER).contains("""
                mentors:
                  - id: ana
                    name: ana
                    feed-url: https://ana.example.org/videos.xml
                    kind: video
                    topics: []
                    paused: true
                """, "    time-zone: Europe/London\n", "    following:\n      - kim\n      - ana\n");
    }

    @Test
    void badFilesAreOneLineNamingTheKey() {
        assertThatThrownBy(() -> yaml.read(resource("unknown-key.yml")))
                .isInstanceOf(AdminException.class).hasMessageEndingWith("unknown-key.yml: unknown key 'mentors[0].feed'");
        assertThatThrownBy(() -> yaml.read(resource("bad-hour.yml")))
                .hasMessageEndingWith("bad-hour.yml: profiles[0]: digestHour 25 must be between 0 and 23");
        assertThatThrownBy(() -> yaml.read(Path.of("no-such-file.yml")))
                .hasMessage("no-such-file.yml does not exist or is not a file");
    }

    @Test
    void validationNeedsUniqueIdsAndKnownFollowedMentors() {
        assertThatThrownBy(() -> yaml.read(resource("duplicate-id.yml")).validate(Set.of()))
                .hasMessage("mentors: id 'kim' appears twice");
        RegistryFile follows = yaml.read(resource("follows-unknown.yml"));
        assertThatThrownBy(() -> follows.validate(Set.of()))
                .hasMessage("profiles: 'me' follows 'nobody', which is neither in the file's mentors nor registered");
        follows.validate(Set.of("nobody"));
    }

    @Test
    void changesSplitNewChangedAndUnchanged() {
        Mentor kim = new Mentor("kim", "Kim", "https://kim.example.org/feed.xml", SourceKind.BLOG);
        Mentor ana = new Mentor("ana", "Ana", "https://ana.example.org/feed.xml", SourceKind.BLOG);
        Mentor bo = new Mentor("bo", "Bo", "https://bo.example.org/feed.xml", SourceKind.BLOG);
        Mentor anaRenamed = new Mentor("ana", "Ana B", "https://ana.example.org/feed.xml", SourceKind.BLOG);
        var changes = RegistryChanges.of("mentor", List.of(kim, anaRenamed, bo), Map.of("kim", kim, "ana", ana),
                Mentor::id);
        assertThat(changes.toWrite()).containsExactly(bo, anaRenamed);
        assertThat(changes.lines()).containsExactly("mentors: 1 new, 1 changed, 1 unchanged", "  new mentor bo",
                "  changed mentor ana");
    }

    private static Path resource(String name) {
        try {
            return Path.of(RegistryYamlTest.class.getResource("/admin/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
