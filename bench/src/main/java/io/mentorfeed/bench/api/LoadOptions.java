package io.mentorfeed.bench.api;

import java.util.HashMap;
import java.util.Map;

/** "--name value" integer options over defaults; an unknown name or a bad number stops with one line. */
final class LoadOptions {
    private LoadOptions() {}

    static Map<String, Integer> parse(String[] args, Map<String, Integer> defaults) {
        Map<String, Integer> options = new HashMap<>(defaults);
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!defaults.containsKey(name) || i + 1 >= args.length) {
                throw usage("unknown or incomplete option '" + args[i] + "'; known: " + defaults.keySet());
            }
            try {
                options.put(name, Integer.parseInt(args[i + 1]));
            } catch (NumberFormatException e) {
                throw usage("option '" + args[i] + "' needs a whole number");
            }
        }
        return options;
    }

    private static IllegalArgumentException usage(String message) {
        System.err.println("api-load: " + message);
        System.exit(2);
        return new IllegalArgumentException(message);
    }
}
