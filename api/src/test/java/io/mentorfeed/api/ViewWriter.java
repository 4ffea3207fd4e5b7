package io.mentorfeed.api;

import io.mentorfeed.api.view.MaterializedView;
import io.mentorfeed.api.write.Writer;
import io.mentorfeed.model.Engagement;
import io.mentorfeed.model.Mentor;
import io.mentorfeed.model.Profile;
import io.mentorfeed.model.Topic;
import io.mentorfeed.model.Topics;
import java.util.ArrayList;
import java.util.List;

/** A writer for unit tests: records every write, and applies it to a view as the read model would. */
public final class ViewWriter implements Writer {
    public record Written(String topic, String key, Object value) {
    }

    private final MaterializedView view;
    public final List<Written> written = new ArrayList<>();

    public ViewWriter(MaterializedView view) {
        this.view = view;
    }

    @Override
    public <V> void write(Topic<String, V> topic, String key, V value) {
        written.add(new Written(topic.name(), key, value));
        if (topic.equals(Topics.ENGAGEMENTS)) {
            view.addEngagement(key, (Engagement) value);
        } else if (topic.equals(Topics.MENTORS)) {
            view.putMentor(key, (Mentor) value);
        } else if (topic.equals(Topics.PROFILES)) {
            view.putProfile(key, (Profile) value);
        }
    }
}
