package io.mentorfeed.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mentorfeed.ingest.IngestConfig;
import io.mentorfeed.ingest.fetch.FeedFetcher;
import io.mentorfeed.ingest.fetch.FetchResult;
import io.mentorfeed.ingest.fetch.Validators;
import io.mentorfeed.ingest.parse.FeedParseException;
import io.mentorfeed.ingest.parse.FeedParser;
import io.mentorfeed.model.Json;
import io.mentorfeed.model.ParsedFeed;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mentorfeed parse PATH_OR_URL...}: reads each feed as ingest would (same fetcher limits, same parser) and
 * prints one JSON object per input on its own line: {"source","ok","error","feed","entries"}, with the field names
 * of the normalized entry. Exits 1 when any input failed, so a runbook or script can tell.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = "Parses feeds (files or http(s) URLs) and prints one JSON line per input: the normalized entry.")
public final class ParseCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH_OR_URL", description = "feed files or http(s) URLs")
    List<String> inputs;

    @Option(names = "--allow-private-addresses",
            description = "fetch URLs on loopback or private addresses (refused by default, as in ingest)")
    boolean allowPrivateAddresses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ObjectMapper json = Json.mapper();
        PrintWriter out = spec.commandLine().getOut();
        IngestConfig config = IngestConfig.builder().allowPrivateAddresses(allowPrivateAddresses).build();
        FeedParser parser = new FeedParser(config.maxEntriesPerFeed());
        boolean allOk = true;
        try (FeedFetcher fetcher = new FeedFetcher(config)) {
            for (String input : inputs) {
                Map<String, Object> line = parseOne(input, fetcher, parser);
                allOk &= Boolean.TRUE.equals(line.get("ok"));
                out.println(toJson(json, line));
                out.flush();
            }
        }
        return allOk ? 0 : 1;
    }

    private static Map<String, Object> parseOne(String input, FeedFetcher fetcher, FeedParser parser) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("source", input);
        try {
            ParsedFeed parsed = isUrl(input) ? fetchAndParse(input, fetcher, parser) : parseFile(input, parser);
            line.put("ok", true);
            line.put("feed", parsed.feed());
            line.put("entries", parsed.entries());
        } catch (FeedParseException e) {
            line.put("ok", false);
            line.put("error", "parse: " + e.getMessage());
        } catch (InputException e) {
            line.put("ok", false);
            line.put("error", e.getMessage());
        }
        return line;
    }

    private static ParsedFeed fetchAndParse(String url, FeedFetcher fetcher, FeedParser parser)
            throws FeedParseException, InputException {
        return switch (fetcher.fetch(url, Validators.none())) {
            case FetchResult.Fetched fetched -> parser.parse(fetched.body(), fetched.contentType(), fetched.finalUrl());
            case FetchResult.Failed failed -> throw new InputException(failed.errorClass() + ": " + failed.reason());
            case FetchResult.NotModified notModified -> throw new InputException("http: unexpected 304");
        };
    }

    private static ParsedFeed parseFile(String name, FeedParser parser) throws FeedParseException, InputException {
        Path path = Path.of(name);
        byte[] body;
        try {
            if (Files.size(path) > IngestConfig.defaults().maxBodyBytes()) {
                throw new InputException("too-large: " + name + " is larger than "
                        + IngestConfig.defaults().maxBodyBytes() + " bytes");
            }
            body = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException("io: cannot read " + name + " (" + e.getClass().getSimpleName() + ")");
        }
        URI base = path.toAbsolutePath().toUri();
        return parser.parse(body, null, base);
    }

    private static boolean isUrl(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String toJson(ObjectMapper json, Map<String, Object> line) {
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a normalized entry must serialize", e);
        }
    }

    /** An input that could not be read or fetched; the message is the one-line "error". */
    private static final class InputException extends Exception {
        InputException(String message) {
            super(message);
        }
    }
}
