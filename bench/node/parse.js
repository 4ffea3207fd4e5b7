// Parses every file of a corpus folder (written by bench/run with CorpusWriter) with rss-parser, on one thread, the
// way ParseBenchmark runs mentorfeed's parser and bare Rome: warm up, then parse the whole corpus again and again
// for the measured time; one operation is the whole corpus.
//   node parse.js DIR [warmupSeconds=5] [seconds=20]
// Prints: parse parser=rss-parser msPerCorpus= MBps= entriesPerSecond= entries= corpusEntries=
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Parser = require('rss-parser');

// Bytes in, entries out, as for the Java parsers: decoding the UTF-8 is part of the work measured.
async function parseCorpus(parser, documents) {
  let entries = 0;
  for (const bytes of documents) {
    const feed = await parser.parseString(bytes.toString('utf8'));
    entries += feed.items.length;
  }
  return entries;
}

async function runFor(seconds, parser, documents) {
  const end = performance.now() + seconds * 1000;
  let corpora = 0;
  let entries = 0;
  const start = performance.now();
  do {
    entries = await parseCorpus(parser, documents);
    corpora++;
  } while (performance.now() < end);
  return { corpora, entries, millis: performance.now() - start };
}

async function main() {
  const [dir, warmup = '5', seconds = '20'] = process.argv.slice(2);
  const files = fs.readdirSync(dir).filter((name) => /\.(rss|atom)$/.test(name)).sort();
  // Read once, outside the measurement: reading files is not parsing.
  const documents = files.map((name) => fs.readFileSync(path.join(dir, name)));
  const megabytes = documents.reduce((sum, bytes) => sum + bytes.length, 0) / 1e6;
  const parser = new Parser();
  await runFor(Number(warmup), parser, documents);
  const run = await runFor(Number(seconds), parser, documents);
  const msPerCorpus = run.millis / run.corpora;
  console.log(`parse parser=rss-parser msPerCorpus=${msPerCorpus.toFixed(1)} `
    + `MBps=${(megabytes / (msPerCorpus / 1000)).toFixed(1)} `
    + `entriesPerSecond=${Math.round(run.entries / (msPerCorpus / 1000))} entries=${run.entries} files=${files.length}`);
}

main().catch((error) => {
  console.error(`bench/node: ${error.message}`);
  process.exit(1);
});
