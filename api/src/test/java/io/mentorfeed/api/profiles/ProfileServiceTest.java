package io.mentorfeed.api.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mentorfeed.api.Rejection;
import io.mentorfeed.api.ViewWriter;
import io.mentorfeed.api.digest.DigestFixtures;
import io.mentorfeed.api.view.MaterializedView;
import org.junit.jupiter.api.Test;

class ProfileServiceTest {
    private final MaterializedView view = new MaterializedView();
    private final ProfileService profiles = new ProfileService(view, new ViewWriter(view));

    private static ProfileUpdate email(String email) {
        return new ProfileUpdate(null, null, null, null, null, email);
    }

    @Test
    void theDigestAddressCanBeChangedRemovedAndSetAgain() {
        view.putProfile("ada", DigestFixtures.profile("ada", "UTC"));
        assertThat(profiles.update("ada", email(" Ada <ada@new.example.org> ")).email()).isEqualTo("ada@new.example.org");
        assertThat(profiles.update("ada", email("")).email()).isNull();
        assertThat(profiles.update("ada", new ProfileUpdate("Ada L", null, null, null, null)).email()).isNull();
        assertThat(profiles.update("ada", email("ada@example.org")).email()).isEqualTo("ada@example.org");
        assertThat(view.profile("ada")).get().extracting(p -> p.email()).isEqualTo("ada@example.org");
        for (String bad : new String[] {"not an address", "a@b.org, c@d.org", "ada@example.org\r\nBcc: x@evil.example"}) {
            assertThatThrownBy(() -> profiles.update("ada", email(bad))).isInstanceOf(Rejection.class)
                    .hasMessageContaining("Field 'email'");
        }
    }
}
