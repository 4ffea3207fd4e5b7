package io.mentorfeed.ingest.parse;

import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** The words of dates: month names in the languages feeds are written in, and the zone abbreviations they use. */
final class DateWords {
    private static final Map<String, Integer> MONTHS = months();
    private static final Map<String, Integer> ZONE_MINUTES = zones();

    private DateWords() {}

    /** The month (1-12) a lower-case word names, in any of the languages below, or null. */
    static Integer month(String word) {
        return MONTHS.get(word);
    }

    /** The offset a lower-case zone name gives; UTC for one it does not know (the zone rule of FeedDates). */
    static ZoneOffset zone(String word) {
        Integer minutes = ZONE_MINUTES.get(word);
        return minutes == null ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(minutes * 60);
    }

    /** "Déc." is "dec", "märz" is "marz": accents and dots do not make a different month. */
    static String plainLetters(String token) {
        String word = token.endsWith(".") ? token.substring(0, token.length() - 1) : token;
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            }
        }
        return word;
    }

    private static Map<String, Integer> months() {
        String[] names = {
            "jan january janv janvier januar jaen jaenner janner ene enero gen gennaio janeiro januari",
            "feb february fev fevr fevrier februar febrero febbraio fevereiro februari",
            "mar march mars marz maerz mrz marzo marco maart mrt",
            "apr april avr avril abr abril aprile",
            "may mai mayo mag maggio maio mei",
            "jun june juin juni junio giu giugno junho",
            "jul july juil juillet juli julio lug luglio julho",
            "aug august aout ago agosto augustus",
            "sep sept september septembre septiembre set setiembre settembre setembro",
            "oct october octobre okt oktober octubre ott ottobre out outubro",
            "nov november novembre noviembre novembro",
            "dec december decembre dez dezember dic diciembre dicembre dezembro",
        };
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i].split(" ")) {
                months.put(name, i + 1);
            }
        }
        return Map.copyOf(months);
    }

    /** Zone abbreviations feeds use, in minutes east of UTC; IST is India's, the most common in feeds. */
    private static Map<String, Integer> zones() {
        Map<String, Integer> zones = new HashMap<>();
        Object[][] table = {
            {"est", -300}, {"edt", -240}, {"cst", -360}, {"cdt", -300}, {"mst", -420}, {"mdt", -360},
            {"pst", -480}, {"pdt", -420}, {"akst", -540}, {"akdt", -480}, {"hst", -600}, {"ast", -240},
            {"adt", -180}, {"nst", -210}, {"ndt", -150}, {"brt", -180}, {"art", -180},
            {"wet", 0}, {"west", 60}, {"bst", 60}, {"cet", 60}, {"met", 60}, {"mez", 60}, {"cest", 120},
            {"mest", 120}, {"mesz", 120}, {"eet", 120}, {"eest", 180}, {"msk", 180}, {"ist", 330},
            {"ict", 420}, {"wib", 420}, {"hkt", 480}, {"sgt", 480}, {"awst", 480}, {"pht", 480}, {"jst", 540},
            {"kst", 540}, {"acst", 570}, {"aest", 600}, {"aedt", 660}, {"nzst", 720}, {"nzdt", 780},
        };
        for (Object[] row : table) {
            zones.put((String) row[0], (Integer) row[1]);
        }
        return Map.copyOf(zones);
    }
}
