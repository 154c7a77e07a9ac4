// PublicInfo search client. The pure functions mirror src/PublicInfo/Search one for one
// (SearchText, SynonymMap.Variants, QueryPlan, ShardKey); a parity test keeps them equal.

const FOLD_FROM = 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöøùúûüýÿāēīōūǖǎěǐǒǔǚǘǜ';
const FOLD_TO = 'aaaaaaceeeeiiiinoooooouuuuyaaaaaaceeeeiiiinoooooouuuuyyaeiouuaeiouuuu';
const MAX_WORD = 32, MAX_QUERY = 64, MAX_VARIANTS = 16;

// Step 1 — SearchText.Fold: one UTF-16 unit to one.
export function fold(text) {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c === 0x3000) { out += ' '; continue; }
    if (c >= 65 && c <= 90) c += 32;
    const ch = String.fromCharCode(c), j = FOLD_FROM.indexOf(ch);
    out += j < 0 ? ch : FOLD_TO[j];
  }
  return out;
}

const isHan = (cp) => (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x20000 && cp <= 0x3ffff);
const isWord = (cp) => (cp >= 48 && cp <= 57) || (cp >= 97 && cp <= 122);

// Step 2 — SearchText.Runs: Han runs (one unit per code point) and Latin/digit words.
export function runs(folded) {
  const out = [];
  let chars = [], kind = 0, start = 0, offset = 0;
  const flush = () => {
    if (chars.length) out.push(kind === 1 ? { han: true, units: chars, start } : { han: false, units: [chars.slice(0, MAX_WORD).join('')], start });
    chars = [];
  };
  for (const ch of folded) {
    const cp = ch.codePointAt(0), k = isHan(cp) ? 1 : isWord(cp) ? 2 : 0;
    if (k !== kind || k === 0) { flush(); kind = k; start = offset; }
    if (k) chars.push(ch);
    offset += ch.length;
  }
  flush();
  return out;
}

// Step 3 — SearchText.Analyze: each Han unigram followed by its bigram; words whole.
export function analyze(text) {
  const tokens = [];
  for (const run of runs(fold(text))) {
    if (!run.han) { tokens.push(run.units[0]); continue; }
    const u = run.units;
    for (let i = 0; i < u.length; i++) {
      tokens.push(u[i]);
      if (i + 1 < u.length) tokens.push(u[i] + u[i + 1]);
    }
  }
  return tokens;
}

// SynonymMap.Variants: rules are the manifest's [[from…],[to…]], already folded. A dropped phrase becomes a space.
export function expandSynonyms(folded, rules) {
  const out = [folded];
  for (const [from, to] of rules) {
    for (const f of from) {
      if (!folded.includes(f)) continue;
      for (const t of to) {
        if (t === f) continue;
        const v = t ? folded.split(f).join(t) : folded.split(f).join(' ').replace(/^ +| +$/g, '');
        if (!out.includes(v)) out.push(v);
        if (out.length === MAX_VARIANTS) return out;
      }
    }
  }
  return out;
}

const sortedUnique = (set) => [...set].sort();

// SynonymRule.Drops: a rule `a, b => ""` drops its phrases (question words).
const drops = (to) => to.length === 1 && to[0] === '';

// QueryPlan.TermsOf: bigrams of each Han run (a lone character: itself) and each word; Han characters into chars.
// No bigram crosses an offset in cuts, unless a character would then be in no bigram.
function termsOf(text, chars, cuts) {
  const terms = [];
  for (const run of runs(text)) {
    const u = run.units;
    if (!run.han || u.length === 1) terms.push(u[0]);
    else terms.push(...bigrams(u, run.start, cuts));
    if (run.han && chars) u.forEach((c) => chars.add(c));
  }
  return terms;
}

// QueryPlan.PhraseEdges: offsets where a phrase in text starts or ends, less those inside another phrase found there.
function phraseEdges(text, phrases) {
  const spans = [];
  for (const p of phrases) for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) spans.push([i, i + p.length]);
  return new Set(spans.flat().filter((e) => !spans.some(([s, end]) => s < e && e < end)));
}

// QueryPlan.Bigrams
function bigrams(units, start, cuts) {
  const across = [];
  for (let i = 0, offset = start; i + 1 < units.length; i++) across.push(!!cuts && cuts.has(offset += units[i].length));
  const out = [];
  for (let i = 0; i < across.length; i++) {
    const leftAlone = i === 0 || across[i - 1], rightAlone = i + 1 === across.length || across[i + 1];
    if (!across[i] || leftAlone || rightAlone) out.push(units[i] + units[i + 1]);
  }
  return out;
}

// QueryPlan.Create
export function planQuery(query, rules) {
  const folded = Array.from(fold(String(query ?? ''))).slice(0, MAX_QUERY).join('');
  const variants = runs(folded).length ? expandSynonyms(folded, rules) : [];
  const required = [], scoring = new Set(), fallback = new Set();
  // Question words the synonyms drop (怎么办, 多少钱) are neither required nor scored, unless a variant has nothing else.
  const question = new Set(), questionPhrases = [];
  for (const [from, to] of rules) {
    if (drops(to)) for (const f of from) if (folded.includes(f)) { termsOf(f).forEach((t) => question.add(t)); questionPhrases.push(f); }
  }
  for (const text of variants) {
    // No bigram across a question word's edge (QueryPlan.Create says why).
    let terms = termsOf(text, fallback, phraseEdges(text, questionPhrases));
    if (!terms.length) continue;
    const topical = terms.filter((t) => !question.has(t));
    if (topical.length) terms = topical;
    const key = terms.join(' ');
    if (required.some((r) => r.join(' ') === key)) continue;
    required.push(terms);
    terms.forEach((t) => scoring.add(t));
  }
  return { variants, required, scoring: sortedUnique(scoring), fallback: sortedUnique(fallback) };
}

// QueryPlan.Rank: the best `top` matches, best first, with .total (every match counted) and .fallback. postings(term)
// is { docs: Int32Array, imp: Float32Array } (a posting's document and impact, in any order); n is the document count.
// Flat typed arrays instead of a Map per term: a common term has thousands of postings, and a keystroke reranks them all.
export function rank(plan, postings, n, first = 0, end = Infinity, top = Infinity) {
  if (!plan.required.length) return Object.assign([], { total: 0, fallback: false });
  const lo = Math.max(0, first), hi = Math.min(n, end);
  const matched = new Uint8Array(n);
  let count = 0;
  const mark = (d) => { if (!matched[d]) { matched[d] = 1; count++; } };
  // Tier 1: documents holding every required term of a variant (each distinct term counted once).
  const hits = new Int32Array(n);
  for (const terms of plan.required) {
    const distinct = [...new Set(terms)];
    hits.fill(0);
    for (const t of distinct) { const { docs } = postings(t); for (let i = 0; i < docs.length; i++) hits[docs[i]]++; }
    for (let d = lo; d < hi; d++) if (hits[d] === distinct.length) mark(d);
  }
  let scoring = plan.scoring;
  const any = (terms) => {
    for (const t of terms) { const { docs } = postings(t); for (let i = 0; i < docs.length; i++) if (docs[i] >= lo && docs[i] < hi) mark(docs[i]); }
  };
  if (!count) any(plan.scoring);
  if (!count) { scoring = plan.fallback; any(plan.fallback); }
  // Float32Array stores round each sum to float, as C# adds floats: per document, terms in the same (ordinal) order.
  const score = new Float32Array(n);
  for (const t of scoring) {
    const { docs, imp } = postings(t);
    for (let i = 0; i < docs.length; i++) if (matched[docs[i]]) score[docs[i]] += imp[i];
  }
  const ranked = top <= 0 ? [] : count > top ? best(matched, score, lo, hi, top) : all(matched, score, lo, hi);
  ranked.total = count;
  ranked.fallback = scoring === plan.fallback;
  return ranked;
}

const better = (a, b) => (a.score !== b.score ? b.score - a.score : a.doc - b.doc);

function all(matched, score, lo, hi) {
  const ranked = [];
  for (let d = lo; d < hi; d++) if (matched[d]) ranked.push({ doc: d, score: score[d] });
  return ranked.sort(better);
}

// The top k by insertion into a short sorted list, instead of sorting every match: a one-character query matches
// nearly every guide, and sorting 10,000 of them took 20-30 ms of a keystroke (documents come in ascending order, so
// an equal score never goes before one already kept: the order is the full sort's).
function best(matched, score, lo, hi, k) {
  const kept = [];
  for (let d = lo; d < hi; d++) {
    if (!matched[d]) continue;
    const s = score[d];
    if (kept.length === k && !(s > kept[k - 1].score)) continue;
    let i = kept.length;
    while (i > 0 && kept[i - 1].score < s) i--;
    kept.splice(i, 0, { doc: d, score: s });
    if (kept.length > k) kept.pop();
  }
  return kept;
}

// FNV-1a over UTF-16 units from an offset basis, as an unsigned 32-bit number.
function fnv(term, basis) {
  let h = basis;
  for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ShardKey.Of
export function shardOf(term, count) {
  return fnv(term, 0x811c9dc5) % count;
}

// TermFilter.MayHold: false when the manifest's filter { bits, hashes, data (base64) } rules the term out.
const filterBytes = new WeakMap();
export function mayHold(filter, term) {
  if (!filter) return true;
  if (!filterBytes.has(filter)) filterBytes.set(filter, Uint8Array.from(atob(filter.data), (c) => c.charCodeAt(0)));
  const data = filterBytes.get(filter), h1 = fnv(term, 0x811c9dc5), h2 = (fnv(term, 0x9747b28c) | 1) >>> 0;
  for (let i = 0; i < filter.hashes; i++) {
    const bit = ((h1 + Math.imul(i, h2)) >>> 0) % filter.bits;
    if (!(data[bit >> 3] & (1 << (bit & 7)))) return false;
  }
  return true;
}

const cache = new Map();
const load = (url) => {
  if (!cache.has(url)) {
    cache.set(url, fetch(url).then((r) => {
      if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
      return r.json();
    }).catch((e) => { cache.delete(url); throw e; }));
  }
  return cache.get(url);
};

// The search page carries the manifest (script#search-manifest): the first query asks for terms at once.
if (typeof document !== 'undefined') {
  const carried = document.getElementById('search-manifest');
  if (carried?.dataset.url) {
    try { cache.set(new URL(carried.dataset.url, location.href).href, Promise.resolve(JSON.parse(carried.textContent))); } catch { /* fetched instead */ }
  }
}

const f32 = new Float32Array(1), u32 = new Uint32Array(f32.buffer);
const EMPTY = { docs: new Int32Array(0), imp: new Float32Array(0) };

// Shard groups are [bits or Δbits, doc, Δdoc, …]; the bits give the exact float the C# side adds.
function decode(groups) {
  let size = 0;
  for (const g of groups) size += g.length - 1;
  const docs = new Int32Array(size), imp = new Float32Array(size);
  let bits = 0, k = 0;
  for (const g of groups) {
    u32[0] = bits = bits ? bits - g[0] : g[0];
    const v = f32[0];
    for (let i = 1, d = 0; i < g.length; i++, k++) { docs[k] = d += g[i]; imp[k] = v; }
  }
  return { docs, imp };
}

const file = (base, stem, i, hashes, name = i) => `${base}${stem}${name}.${hashes.substr(i * 8, 8)}.json`;

// Decoded once per page: typing re-runs the query on every keystroke, mostly over the same terms.
const decoded = new Map();

// SynonymBundle.Terms: the terms of a rule's phrases, each once; none for a rule that drops question words.
export function bundleTerms([from, to]) {
  if (drops(to)) return [];
  return [...new Set([...from, ...to].flatMap((p) => termsOf(p)))];
}

// Per export, made once: each term's own file (a large term has a file of its own or its synonym phrase's, the manifest's
// solo list; the rest are hashed into shards), the bundles, where each term was requested on this page, and the display rows that came.
const layouts = new WeakMap();
function layoutOf(m, base) {
  if (!layouts.has(m)) {
    const solo = new Map((m.solo || []).flatMap((terms, i) => terms.map((t) => [t, i])));
    layouts.set(m, {
      // null: the filter rules the term out, so it is in no file.
      ownFile: (t) => solo.has(t) ? file(base, 's', solo.get(t), m.soloHashes)
        : mayHold(m.filter, t) ? file(base, 't', shardOf(t, m.shards), m.shardHashes) : null,
      bundles: (m.bundles || []).map((rule, k) => ({ url: file(base, 'b', k, m.bundleHashes, rule), terms: bundleTerms(m.synonyms[rule]) })),
      requested: new Map(),
      rows: new Map(), // [id, title, url, summary] by document, from the term files that carry some (SearchExporter.TopRows)
    });
  }
  return layouts.get(m);
}

// Which file to read each needed term from. A rule's bundle holds all its terms (a term it lacks is in no file), so a
// query that needs at least two of them, and at least half, reads the bundle instead of a file per term; the bundle
// that serves the most terms goes first. A term already requested (in `requested`, term → URL) is read where it was.
// A term in no file (ownFile gives null) is needed from none: its source is null.
export function sourcesOf(terms, bundles, ownFile, requested) {
  const need = new Set();
  for (const t of terms) {
    if (requested.has(t)) continue;
    if (ownFile(t) === null) requested.set(t, null);
    else need.add(t);
  }
  for (;;) {
    let best = null, gain = 1;
    for (const b of bundles) {
      let g = 0;
      for (const t of b.terms) if (need.has(t)) g++;
      if (g > gain && 2 * g >= b.terms.length) { best = b; gain = g; }
    }
    if (!best) break;
    for (const t of best.terms) { need.delete(t); if (!requested.has(t)) requested.set(t, best.url); }
  }
  for (const t of need) requested.set(t, ownFile(t));
  return terms.map((t) => requested.get(t));
}

async function postingsFor(m, base, terms, into) {
  const need = terms.filter((t) => !into.has(t));
  const { bundles, ownFile, requested, rows } = layoutOf(m, base);
  const urls = sourcesOf(need, bundles, ownFile, requested);
  const files = await Promise.all(urls.map((url) => url && load(url)));
  for (const f of files) if (f?.['']) for (const [doc, row] of Object.entries(f[''])) rows.set(+doc, row);
  need.forEach((t, i) => {
    if (!files[i]) { into.set(t, EMPTY); return; }
    const key = urls[i] + '#' + t;
    if (!decoded.has(key)) { const groups = files[i][t]; decoded.set(key, groups ? decode(groups) : EMPTY); }
    into.set(t, decoded.get(key));
  });
}

/** Runs a query against an export: { total, plan, terms (to highlight), hits: [{doc,id,title,url,summary,category,score}] }. */
export async function query(manifestUrl, text, top = 10, category = '') {
  if (typeof location !== 'undefined') manifestUrl = new URL(manifestUrl, location.href).href;
  const m = await load(manifestUrl);
  const base = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
  const plan = planQuery(text, m.synonyms);
  const c = category ? m.categories.find((x) => x[0] === category) : null;
  const [first, end] = !category ? [0, Infinity] : c ? [c[2], c[2] + c[3]] : [0, 0];
  const map = new Map(), postings = (t) => map.get(t) || EMPTY;
  await postingsFor(m, base, plan.scoring, map);
  const inRange = (t) => postings(t).docs.some((d) => d >= first && d < end);
  if (!plan.scoring.some(inRange)) await postingsFor(m, base, plan.fallback, map);
  const ranked = rank(plan, postings, m.docs, first, end, Math.max(0, top));
  const { rows } = layoutOf(m, base);
  const hits = await Promise.all(ranked.map(async ({ doc, score }) => {
    const n = Math.floor(doc / m.chunk);
    const [id, title, url, summary] = rows.get(doc) || (await load(file(base, 'd', n, m.chunkHashes)))[doc - n * m.chunk];
    const cat = m.categories.find((x) => doc >= x[2] && doc < x[2] + x[3]);
    return { doc, id, title, url, summary, category: cat ? cat[1] : '', score };
  }));
  return { total: ranked.total, plan, hits, terms: ranked.fallback ? plan.fallback : plan.scoring };
}

/** The top guides for a query, as SearchService.Search gives them. */
export async function searchIndex(manifestUrl, text, top = 10, category = '') {
  return (await query(manifestUrl, text, top, category)).hits;
}

const esc = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** HTML of text with every occurrence of the terms wrapped in <mark>; folding keeps offsets. */
export function highlight(text, terms) {
  const folded = fold(text), on = new Uint8Array(text.length);
  for (const t of terms) {
    for (let i = folded.indexOf(t); i >= 0; i = folded.indexOf(t, i + 1)) on.fill(1, i, i + t.length);
  }
  let html = '', open = false;
  for (let i = 0; i < text.length; i++) {
    if (on[i] !== +open) { html += open ? '</mark>' : '<mark>'; open = !open; }
    html += esc(text[i]);
  }
  return open ? html + '</mark>' : html;
}

function enhance(form) {
  const input = form.querySelector('#search-input') || form.elements.q;
  const results = document.getElementById('search-results');
  if (!input || !results) return;
  const manifestUrl = new URL(form.dataset.searchManifest, location.href).href;
  // The export lives in <site>/search/: links resolve from there, so a site served from a sub-folder works.
  const site = new URL('../', manifestUrl);
  const link = (url) => new URL(url.replace(/^\//, ''), site).href;
  const phone = results.dataset.consultPhone || '';
  // A live list would be read out whole; only the status line below announces (politely).
  results.setAttribute('aria-live', 'off');
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const list = document.createElement('div');
  results.replaceChildren(status, list);
  let select = form.elements.category;
  if (!select) {
    select = document.createElement('select');
    select.name = 'category';
    select.setAttribute('aria-label', '分类');
    select.add(new Option('全部分类', ''));
    form.append(select);
  }
  const params = new URLSearchParams(location.search);
  const wanted = params.get('category') || '';
  let filled = false, seq = 0, timer = 0, shown = 10;
  const fill = () => load(manifestUrl).then((m) => {
    if (filled) return;
    filled = true;
    if (select.options.length > 1) { select.value = wanted; return; } // the page already lists the categories
    for (const [id, name] of m.categories) select.add(new Option(name, id, false, id === wanted));
  });

  async function run() {
    const q = input.value.trim(), category = select.value, mine = ++seq;
    const url = new URL(location.href);
    q ? url.searchParams.set('q', q) : url.searchParams.delete('q');
    category ? url.searchParams.set('category', category) : url.searchParams.delete('category');
    history.replaceState(history.state, '', url);
    if (!q) { status.textContent = ''; list.replaceChildren(); return; }
    let r;
    try { r = await query(manifestUrl, q, shown, category); } catch (e) {
      if (mine === seq) status.textContent = '搜索暂时不可用，请稍后再试。';
      return;
    }
    if (mine !== seq) return;
    status.textContent = r.total ? `找到 ${r.total} 条结果` : '没有找到结果';
    if (!r.hits.length) {
      list.innerHTML = `<p>没有找到与“${esc(q)}”相关的办事指南。</p><p>您可以查看<a href="${esc(link('/a-z/'))}">全部办事指南（A–Z）</a>` +
        (phone ? `，或拨打咨询电话 <a href="tel:${esc(phone.replace(/[^0-9+]/g, ''))}">${esc(phone)}</a>` : '') + '。</p>';
      return;
    }
    list.innerHTML = '<ol class="search-results">' + r.hits.map((h) =>
      `<li><a href="${esc(link(h.url))}">${highlight(h.title, r.terms)}</a>` +
      (h.category ? ` <span class="search-category">${esc(h.category)}</span>` : '') +
      `<p>${highlight(h.summary, r.terms)}</p></li>`).join('') + '</ol>' +
      (r.total > shown ? '<button type="button">显示更多结果</button>' : '');
  }
  // Only the guides on screen are fetched (each may need its own chunk); more on request.
  const later = () => { clearTimeout(timer); shown = 10; timer = setTimeout(run, 150); };
  list.addEventListener('click', (e) => {
    if (e.target.tagName !== 'BUTTON') return;
    const next = shown;
    shown += 10;
    run().then(() => list.querySelectorAll('ol a')[next]?.focus());
  });

  input.setAttribute('autocomplete', 'off');
  input.addEventListener('focus', () => fill().catch(() => {}), { once: true });
  input.addEventListener('input', later);
  select.addEventListener('change', () => { shown = 10; run(); });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run().then(() => list.querySelector('a')?.focus());
  });
  // Arrow keys move between the box and the result links; Enter follows a link; Escape returns to the box.
  form.addEventListener('keydown', (e) => { if (e.key === 'ArrowDown' && e.target === input) { e.preventDefault(); list.querySelector('a')?.focus(); } });
  list.addEventListener('keydown', (e) => {
    const links = [...list.querySelectorAll('ol a')], i = links.indexOf(document.activeElement);
    if (i < 0) return;
    const go = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: links.length - 1 }[e.key];
    if (e.key === 'Escape' || go === -1) { e.preventDefault(); input.focus(); } else if (go !== undefined) { e.preventDefault(); links[Math.min(go, links.length - 1)].focus(); }
  });
  if (params.get('q')) { input.value = params.get('q'); fill().then(run); } else if (wanted) fill();
}

if (typeof document !== 'undefined') {
  const start = () => document.querySelectorAll('form[role="search"][data-search-manifest]').forEach(enhance);
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', start) : start();
}
