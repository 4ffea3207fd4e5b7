package io.mentorfeed.ingest.parse;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Before the policy: elements whose content is never prose a reader sees (form controls, SVG and MathML, objects,
 * templates) go whole, their text with them; the policy alone would drop only their tags. An element left open
 * (the HTML was cut) takes the rest with it, as it would in a browser.
 */
final class UnreadSubtrees implements HtmlStreamEventReceiver {
    static final Set<String> ELEMENTS = Set.of("button", "select", "textarea", "svg", "math", "object",
            "embed", "applet", "template", "noembed", "noframes", "frameset", "datalist");

    private final HtmlStreamEventReceiver next;
    private String skipping;
    private int depth;

    UnreadSubtrees(HtmlStreamEventReceiver next) {
        this.next = next;
    }

    @Override
    public void openDocument() {
        next.openDocument();
    }

    @Override
    public void closeDocument() {
        next.closeDocument();
    }

    @Override
    public void openTag(String element, List<String> attributes) {
        if (skipping != null) {
            depth += element.equals(skipping) ? 1 : 0;
        } else if (ELEMENTS.contains(element)) {
            skipping = element;
            depth = 1;
        } else {
            next.openTag(element, attributes);
        }
    }

    @Override
    public void closeTag(String element) {
        if (skipping == null) {
            next.closeTag(element);
        } else if (element.equals(skipping) && --depth == 0) {
            skipping = null;
        }
    }

    @Override
    public void text(String text) {
        if (skipping == null) {
            next.text(text);
        }
    }
}
