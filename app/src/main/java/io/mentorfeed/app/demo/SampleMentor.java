package io.mentorfeed.app.demo;

import io.mentorfeed.model.SourceKind;
import java.util.List;

/** A mentor of the demo, and the feed format its sample feed is served in. */
record SampleMentor(String id, String name, SourceKind kind, Format format, int offset) {
    enum Format { RSS, ATOM, YOUTUBE }

    static final List<SampleMentor> ALL = List.of(
            new SampleMentor("ada-writes", "Ada Writes", SourceKind.BLOG, Format.RSS, 0),
            new SampleMentor("grace-leads", "Grace on Leadership", SourceKind.BLOG, Format.ATOM, 2),
            new SampleMentor("linus-builds", "Linus Builds", SourceKind.VIDEO, Format.YOUTUBE, 4));
}
