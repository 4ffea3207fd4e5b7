// Reads every element-family fixture with rss-parser and writes what it read, in the normalized entry's field
// names, to one JSON file keyed by the fixture's path: FidelityRun then checks the fixtures' expectations against it.
// Each field is taken from rss-parser's output as a user of rss-parser would read it, nothing resolved or inferred.
//   node fidelity.js FIXTURES_DIR OUT_JSON
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Parser = require('rss-parser');

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  }).sort();
}

function iso(date) {
  if (!date) return undefined;
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed.toISOString().replace('.000Z', 'Z');
}

function text(value) {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'object') return value._ ?? value.term ?? value.$?.term ?? undefined;
  return String(value);
}

function defined(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function entry(item, atom) {
  return defined({
    id: text(item.guid ?? item.id ?? item.link),
    title: text(item.title),
    link: text(item.link),
    author: text(item.creator ?? item.author),
    published: iso(item.isoDate ?? item.pubDate),
    summary: text(atom ? item.summary : item.content),
    contentHtml: text(atom ? item.content : item['content:encoded']),
    categories: (item.categories ?? []).map(text).filter((c) => c !== undefined),
    commentsUrl: text(item.comments),
    enclosures: item.enclosure ? [defined({
      url: item.enclosure.url, type: item.enclosure.type,
      length: item.enclosure.length ? Number(item.enclosure.length) : undefined,
    })] : [],
    media: item.itunes ? defined({
      durationSeconds: item.itunes.duration, imageUrl: item.itunes.image, author: item.itunes.author,
      summary: item.itunes.summary, subtitle: item.itunes.subtitle, episode: item.itunes.episode,
      season: item.itunes.season, explicit: item.itunes.explicit,
      keywords: item.itunes.keywords ? String(item.itunes.keywords).split(',') : undefined,
    }) : undefined,
  });
}

function normalized(feed, atom) {
  return {
    feed: defined({
      title: text(feed.title), link: text(feed.link), description: text(feed.description),
      language: text(feed.language), rights: text(feed.copyright), generator: text(feed.generator),
      updated: iso(feed.lastBuildDate), image: feed.image?.url, imageTitle: feed.image?.title,
      imageLink: feed.image?.link, author: text(feed.itunes?.author ?? feed.managingEditor),
      podcast: feed.itunes ? defined({
        author: feed.itunes.author, summary: feed.itunes.summary, subtitle: feed.itunes.subtitle,
        imageUrl: feed.itunes.image, explicit: feed.itunes.explicit,
        owner: feed.itunes.owner ? defined({ name: feed.itunes.owner.name, email: feed.itunes.owner.email }) : undefined,
        keywords: feed.itunes.keywords, categories: feed.itunes.categories,
      }) : undefined,
    }),
    entries: (feed.items ?? []).map((item) => entry(item, atom)),
  };
}

async function main() {
  const [dir, out] = process.argv.slice(2);
  const parser = new Parser();
  const results = {};
  for (const file of files(dir)) {
    const body = fs.readFileSync(file, 'utf8');
    const atom = /<([\w-]+:)?feed[\s>]/.test(body);
    try {
      results[path.relative(dir, file)] = normalized(await parser.parseString(body), atom);
    } catch (error) {
      results[path.relative(dir, file)] = { error: String(error.message).split('\n')[0] };
    }
  }
  fs.writeFileSync(out, JSON.stringify(results, null, 1));
  console.log(`fidelity parser=rss-parser files=${Object.keys(results).length}`);
}

main().catch((error) => {
  console.error(`bench/node: ${error.message}`);
  process.exit(1);
});
