// Runs queries through search.js against an export, fetch reading the export folder.
// node parity.mjs <search.js> <export folder> <manifest file> <queries.json> [cold|warm]  →  JSON on stdout
// cold: each query on a fresh page; warm: all on one page, in order.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [searchJs, folder, manifest, queriesFile, mode = 'cold'] = process.argv.slice(2);
let fetched = [];
globalThis.fetch = async (url) => {
  const name = url.slice(url.lastIndexOf('/') + 1);
  fetched.push(name);
  try {
    const text = await readFile(join(folder, name), 'utf8');
    return { ok: true, status: 200, json: async () => JSON.parse(text) };
  } catch {
    return { ok: false, status: 404, json: async () => null };
  }
};

const f32 = new Float32Array(1), u32 = new Uint32Array(f32.buffer);
const queries = JSON.parse(await readFile(queriesFile, 'utf8'));
const out = [];
for (let i = 0; i < queries.length; i++) {
  const { q, category, top } = queries[i];
  // Cold: a fresh module instance per query, so every query is measured on its own.
  const search = await import(`${pathToFileURL(searchJs).href}?q=${mode === 'warm' ? 0 : i}`);
  fetched = [];
  const hits = await search.searchIndex('/search/' + manifest, q, top, category);
  out.push({
    hits: hits.map((h) => { f32[0] = h.score; return { id: h.id, doc: h.doc, bits: u32[0] }; }),
    fetched,
  });
}
process.stdout.write(JSON.stringify(out));
