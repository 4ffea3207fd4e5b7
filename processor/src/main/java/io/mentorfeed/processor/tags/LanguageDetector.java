package io.mentorfeed.processor.tags;

import java.util.Locale;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * The language of a post's text (ISO 639-1, e.g. "en") with Apache Tika's Optimaize detector; the feed's declared
 * language when the text is too short or the detector unsure. The models load once per JVM (about 70 languages).
 */
public final class LanguageDetector {
    /** A few sentences decide; more only costs time (detection was a tenth of the processor's time at 1,000). */
    private static final int MAX_CHARS = 500;
    private static final OptimaizeLangDetector DETECTOR = load();

    public String detect(String text, String declared) {
        String fallback = normalize(declared);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        LanguageResult result;
        // The detector keeps the text it is fed between calls, so one detection runs at a time.
        synchronized (DETECTOR) {
            result = DETECTOR.detect(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        }
        return result.isReasonablyCertain() ? result.getLanguage() : fallback;
    }

    /** "en-US" and "EN" both become "en"; the primary language is what the detector can tell apart. */
    static String normalize(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String primary = declared.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
        return primary.isEmpty() ? null : primary;
    }

    private static OptimaizeLangDetector load() {
        var detector = new OptimaizeLangDetector(MAX_CHARS);
        detector.loadModels();
        return detector;
    }
}
