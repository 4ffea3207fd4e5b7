package io.mentorfeed.processor.tags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.bn.BengaliAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.ckb.SoraniAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.hy.ArmenianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.ne.NepaliAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ta.TamilAnalyzer;
import org.apache.lucene.analysis.te.TeluguAnalyzer;
import org.apache.lucene.analysis.th.ThaiAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

/**
 * Text to stemmed words with the Lucene analyzer of the text's language (ISO 639-1, as the language detector gives
 * it): tokenizer, lower case, stop words, the language's stemmer. English: "Marketers' brands" and "marketing brand"
 * meet on "market", "brand"; French: "le marketing" and "marketing" on "market". Every language lucene-analysis-common
 * ships an analyzer for is covered ({@link #LANGUAGES}; Chinese, Japanese and Korean by CJK bigrams); another
 * language gets Lucene's standard analyzer (words, lower case, no stemming), and an unknown one (null) English, as
 * before languages were told apart. Analyzers are built once per language and shared: Lucene's are thread-safe.
 */
public final class Stemmer {
    private static final Map<String, Supplier<Analyzer>> BY_LANGUAGE = Map.ofEntries(
            Map.entry("ar", ArabicAnalyzer::new), Map.entry("bg", BulgarianAnalyzer::new),
            Map.entry("bn", BengaliAnalyzer::new), Map.entry("ca", CatalanAnalyzer::new),
            Map.entry("zh", CJKAnalyzer::new), Map.entry("ja", CJKAnalyzer::new), Map.entry("ko", CJKAnalyzer::new),
            Map.entry("ckb", SoraniAnalyzer::new), Map.entry("cs", CzechAnalyzer::new),
            Map.entry("da", DanishAnalyzer::new), Map.entry("de", GermanAnalyzer::new),
            Map.entry("el", GreekAnalyzer::new), Map.entry("en", EnglishAnalyzer::new),
            Map.entry("es", SpanishAnalyzer::new), Map.entry("et", EstonianAnalyzer::new),
            Map.entry("eu", BasqueAnalyzer::new), Map.entry("fa", PersianAnalyzer::new),
            Map.entry("fi", FinnishAnalyzer::new), Map.entry("fr", FrenchAnalyzer::new),
            Map.entry("ga", IrishAnalyzer::new), Map.entry("gl", GalicianAnalyzer::new),
            Map.entry("hi", HindiAnalyzer::new), Map.entry("hu", HungarianAnalyzer::new),
            Map.entry("hy", ArmenianAnalyzer::new), Map.entry("id", IndonesianAnalyzer::new),
            Map.entry("it", ItalianAnalyzer::new), Map.entry("lt", LithuanianAnalyzer::new),
            Map.entry("lv", LatvianAnalyzer::new), Map.entry("ne", NepaliAnalyzer::new),
            Map.entry("nl", DutchAnalyzer::new), Map.entry("no", NorwegianAnalyzer::new),
            Map.entry("nb", NorwegianAnalyzer::new), Map.entry("nn", NorwegianAnalyzer::new),
            Map.entry("pt", PortugueseAnalyzer::new), Map.entry("ro", RomanianAnalyzer::new),
            Map.entry("ru", RussianAnalyzer::new), Map.entry("sr", SerbianAnalyzer::new),
            Map.entry("sv", SwedishAnalyzer::new), Map.entry("ta", TamilAnalyzer::new),
            Map.entry("te", TeluguAnalyzer::new), Map.entry("th", ThaiAnalyzer::new),
            Map.entry("tr", TurkishAnalyzer::new));
    /** The languages stemmed by their own analyzer. */
    public static final Set<String> LANGUAGES = BY_LANGUAGE.keySet();
    private static final String OTHER = "other";
    private static final String DEFAULT = "en";

    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

    /** English stems, for text of no known language. */
    public List<String> stems(String text) {
        return stems(text, null);
    }

    public List<String> stems(String text, String language) {
        List<String> stems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (TokenStream tokens = analyzer(language).tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyze text", e); // a StringReader never fails
        }
        return stems;
    }

    /** The language's key: its own analyzer's, "other" for the standard analyzer, English when unknown. */
    public static String key(String language) {
        if (language == null || language.isBlank()) {
            return DEFAULT;
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        return BY_LANGUAGE.containsKey(code) ? code : OTHER;
    }

    private Analyzer analyzer(String language) {
        String key = key(language);
        return analyzers.computeIfAbsent(key, k -> k.equals(OTHER) ? new StandardAnalyzer()
                : BY_LANGUAGE.get(k).get());
    }
}
