package io.mentorfeed.app.deploy;

import java.util.ArrayList;
import java.util.List;

/** Splits a documented command line into arguments as a POSIX shell would for words, quotes and # comments. */
final class Tokens {
    private Tokens() {}

    static String[] split(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (char c : line.strip().toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    current.append(c);
                }
            } else if (c == '#' && !inToken) {
                break; // a shell comment runs to the end of the line
            } else if (c == '\'' || c == '"') {
                quote = c;
                inToken = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    inToken = false;
                }
            } else {
                current.append(c);
                inToken = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("unclosed quote in: " + line);
        }
        if (inToken) {
            tokens.add(current.toString());
        }
        return tokens.toArray(String[]::new);
    }
}
