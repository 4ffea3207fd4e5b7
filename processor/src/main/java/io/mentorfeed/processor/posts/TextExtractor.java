package io.mentorfeed.processor.posts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns feed HTML (or plain text) into paragraphs of clean text with jsoup: entities decoded, scripts, styles and
 * embeds dropped, block elements and {@code <br>} pairs ending paragraphs. Never renders or trusts the markup.
 * Paragraphs the markup shows are not the post are marked (see {@link ExtractedText#markedBoilerplate()}): inside
 * a {@code <footer>}, {@code <aside>} or {@code <nav>}, or an element whose class or id names a sharing box, related
 * posts, an author box or a subscribe block (WordPress/Jetpack, Substack and newsletter markup), or made of links
 * only (a list of other posts, "Unsubscribe · Preferences").
 */
public final class TextExtractor {
    /** Elements whose content is never prose a reader sees. */
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, select, textarea, head";
    private static final Set<String> BOILERPLATE_ELEMENTS = Set.of("footer", "aside", "nav");
    /** Words of a class or id (split at '-' and '_') that name a block around the post, not in it. */
    private static final Set<String> BOILERPLATE_CLASS_WORDS = Set.of("share", "sharing", "sharedaddy", "social",
            "related", "relatedposts", "yarpp", "author", "bio", "subscribe", "subscription", "signup",
            "button", "buttons", "cta", "promo");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s_-]+");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    /** What may separate links in a paragraph of links only. */
    private static final Pattern LINK_SEPARATORS = Pattern.compile("[\\s\\u00A0|·•,;:/()\\[\\]-]+");

    public ExtractedText extract(String html) {
        if (html == null || html.isBlank()) {
            return new ExtractedText(List.of());
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(NOT_TEXT).remove();
        var collector = new ParagraphCollector();
        NodeTraversor.traverse(collector, body);
        return collector.finish();
    }

    static boolean isBoilerplateElement(Element element) {
        if (BOILERPLATE_ELEMENTS.contains(element.normalName())) {
            return true;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        for (String word : NAME_SEPARATORS.split(names)) {
            if (BOILERPLATE_CLASS_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Walks the tree once, cutting paragraphs at block boundaries; inline text is joined as a browser would. */
    private static final class ParagraphCollector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final Set<Integer> marked = new HashSet<>();
        private final StringBuilder current = new StringBuilder();
        private final StringBuilder outsideLinks = new StringBuilder();
        private int boilerplateDepth;
        private int linkDepth;
        private boolean currentInBoilerplate;
        private boolean currentHasLink;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.getWholeText());
            } else if (node instanceof Element element) {
                if (element.normalName().equals("br")) {
                    current.append('\n');
                } else if (element.isBlock()) {
                    endParagraph();
                }
                if (isBoilerplateElement(element)) {
                    boilerplateDepth++;
                }
                if (element.normalName().equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (element.isBlock()) {
                    endParagraph();
                }
                if (isBoilerplateElement(element)) {
                    boilerplateDepth--;
                }
                if (element.normalName().equals("a")) {
                    linkDepth--;
                }
            }
        }

        /** Plain-text feeds separate paragraphs with blank lines, so those count as breaks too. */
        private void appendText(String text) {
            String[] parts = BLANK_LINE.split(text, -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    endParagraph();
                }
                current.append(parts[i]);
                if (!parts[i].isBlank()) {
                    currentInBoilerplate |= boilerplateDepth > 0;
                    if (linkDepth > 0) {
                        currentHasLink = true;
                    } else {
                        outsideLinks.append(parts[i]);
                    }
                }
            }
        }

        private void endParagraph() {
            boolean linksOnly = currentHasLink && LINK_SEPARATORS.matcher(outsideLinks).replaceAll("").isEmpty();
            // Two <br> in a row are how many feeds write a paragraph break.
            for (String part : BLANK_LINE.split(current.toString())) {
                String paragraph = WHITESPACE.matcher(part).replaceAll(" ").strip();
                if (!paragraph.isEmpty()) {
                    if (currentInBoilerplate || linksOnly) {
                        marked.add(paragraphs.size());
                    }
                    paragraphs.add(paragraph);
                }
            }
            current.setLength(0);
            outsideLinks.setLength(0);
            currentInBoilerplate = false;
            currentHasLink = false;
        }

        ExtractedText finish() {
            endParagraph();
            return new ExtractedText(paragraphs, marked);
        }
    }
}
