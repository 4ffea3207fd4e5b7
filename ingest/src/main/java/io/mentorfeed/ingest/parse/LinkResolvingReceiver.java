package io.mentorfeed.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlStreamEventReceiver;

/** Between the policy and the renderer: what the policy let through gets its URLs made absolute. */
final class LinkResolvingReceiver implements HtmlStreamEventReceiver {
    /** Attributes holding one URL; srcset holds several, each with its size. */
    static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "poster", "cite", "background");
    static final Pattern SRCSET_SPLIT = Pattern.compile("\\s*,\\s*(?=\\S)");

    private HtmlStreamEventReceiver out;
    private LinkBase base;

    void target(HtmlStreamEventReceiver renderer, LinkBase linkBase) {
        this.out = renderer;
        this.base = linkBase;
    }

    @Override
    public void openDocument() {
        out.openDocument();
    }

    @Override
    public void closeDocument() {
        out.closeDocument();
    }

    @Override
    public void openTag(String element, List<String> attributes) {
        if (base != LinkBase.NONE) {
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                String name = attributes.get(i);
                if (URL_ATTRIBUTES.contains(name)) {
                    String resolved = Links.resolve(base, attributes.get(i + 1));
                    attributes.set(i + 1, resolved == null ? "" : resolved);
                } else if (name.equals("srcset")) {
                    attributes.set(i + 1, resolveSrcset(attributes.get(i + 1)));
                }
            }
        }
        out.openTag(element, attributes);
    }

    private String resolveSrcset(String srcset) {
        List<String> candidates = new ArrayList<>();
        for (String candidate : SRCSET_SPLIT.split(srcset.strip())) {
            String[] parts = candidate.strip().split("\\s+", 2);
            String url = Links.resolve(base, parts[0]);
            candidates.add(parts.length == 2 ? url + " " + parts[1] : url);
        }
        return String.join(", ", candidates);
    }

    @Override
    public void closeTag(String element) {
        out.closeTag(element);
    }

    @Override
    public void text(String text) {
        out.text(text);
    }
}
