package io.mentorfeed.model;

/**
 * Where an entry was first published when the feed republishes it: RSS's {@code <source url="...">title</source>}
 * or Atom's {@code atom:source} (its title, its alternate link and its self link).
 */
public record EntrySource(String title, String link, String feedUrl) {
}
