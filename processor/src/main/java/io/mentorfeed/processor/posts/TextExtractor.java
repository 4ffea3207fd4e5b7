package io.mentorfeed.processor.posts;

import java.util.ArrayList;
import java.util.List;
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
 */
public final class TextExtractor {
    /** Elements whose content is never prose a reader sees. */
    private static final String NOT_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, select, textarea, head";
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    public ExtractedText extract(String html) {
        if (html == null || html.isBlank()) {
            return new ExtractedText(List.of());
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(NOT_TEXT).remove();
        var collector = new ParagraphCollector();
        NodeTraversor.traverse(collector, body);
        return new ExtractedText(collector.finish());
    }

    /** Walks the tree once, cutting paragraphs at block boundaries; inline text is joined as a browser would. */
    private static final class ParagraphCollector implements NodeVisitor {
        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

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
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element.isBlock()) {
                endParagraph();
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
            }
        }

        private void endParagraph() {
            // Two <br> in a row are how many feeds write a paragraph break.
            for (String part : current.toString().split("\\n\\s*\\n")) {
                String paragraph = WHITESPACE.matcher(part).replaceAll(" ").strip();
                if (!paragraph.isEmpty()) {
                    paragraphs.add(paragraph);
                }
            }
            current.setLength(0);
        }

        List<String> finish() {
            endParagraph();
            return paragraphs;
        }
    }
}
