// Dossier web UI: plain JavaScript, no framework, no external resources.
// Everything taken from the API goes into the page as text (textContent);
// the one exception is the search snippet, which the server sends as
// HTML-escaped text with <mark> around matches.
'use strict';

const EVENT_TYPES = ['arrest', 'charge', 'trial', 'sentence', 'ruling', 'transfer', 'release',
  'ill_treatment', 'health', 'disappearance', 'death'];
const CATEGORY = {
  arrest: 'detention', transfer: 'detention', disappearance: 'detention',
  charge: 'judicial', trial: 'judicial', sentence: 'judicial', ruling: 'judicial',
  release: 'release',
  ill_treatment: 'harm', health: 'harm',
  death: 'grave',
};
const CATEGORY_LABEL = { detention: 'Detention', judicial: 'Judicial', release: 'Release', harm: 'Harm and health', grave: 'Death' };
const STATUSES = ['detained', 'sentenced', 'released', 'deceased', 'disappeared', 'unknown'];
const ROLES = ['subject', 'relative', 'lawyer', 'official', 'signatory', 'other'];
const ROLES_ORDER = { viewer: 0, editor: 1, admin: 2 };

const state = { user: null, csrf: '', renderSeq: 0, keyHandler: null };
const $main = () => document.getElementById('main');

// ---------------------------------------------------------------- helpers

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'value') el.value = v;
      else if (k === 'checked' || k === 'selected' || k === 'disabled') el[k] = Boolean(v);
      else el.setAttribute(k, v === true ? '' : String(v));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
  return el;
}

function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); return el; }
function label(text) { return String(text || '').replace(/_/g, ' '); }
function cap(text) { const t = label(text); return t.charAt(0).toUpperCase() + t.slice(1); }
function plural(n, one, many) { return `${n} ${n === 1 ? one : (many || (/[^aeiou]y$/.test(one) ? one.slice(0, -1) + 'ies' : one + 's'))}`; }
function can(role) { return state.user && ROLES_ORDER[state.user.role] >= ROLES_ORDER[role]; }

let uid = 0;
function nextId(prefix) { uid += 1; return `${prefix}-${uid}`; }

// A labelled form control: field('Name', h('input', {...}))
function field(text, control, hint) {
  if (!control.id) control.id = nextId('f');
  return h('div', { class: 'field' },
    h('label', { for: control.id }, text),
    control,
    hint ? h('span', { class: 'hint', id: (control.setAttribute('aria-describedby', control.id + '-hint'), control.id + '-hint') }, hint) : null);
}

function grow(el) { el.classList.add('grow'); return el; }

function select(name, options, value, attrs) {
  const s = h('select', { name, ...(attrs || {}) });
  for (const o of options) {
    const [v, t] = Array.isArray(o) ? o : [o, label(o)];
    s.appendChild(h('option', { value: v, selected: v === value }, t));
  }
  return s;
}

function badge(status) {
  const s = status || 'pending';
  return h('span', { class: `badge badge-${s}`, 'data-testid': 'review-badge', 'data-status': s }, s);
}

function fmtDate(d) { return d ? d : '—'; }
// Only web addresses become links: a document's URL comes from its content.
function safeUrl(u) { return /^https?:\/\//i.test(String(u || '')) ? u : null; }
function fmtWhen(iso) { return iso ? iso.replace('T', ' ').replace(/Z$/, ' UTC') : ''; }

let toastTimer = 0;
function announce(msg, kind) {
  const el = document.getElementById('status');
  el.textContent = msg;
  el.classList.toggle('error', kind === 'error');
  el.classList.add('show');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => el.classList.remove('show'), kind === 'error' ? 7000 : 3500);
}

// UTF-8 byte offsets (as stored) to UTF-16 offsets (JavaScript indices).
function bytesToUtf16(text, byteOffsets) {
  const want = byteOffsets.map((b, i) => [b, i]).sort((a, b) => a[0] - b[0]);
  const out = new Array(byteOffsets.length).fill(text.length);
  let bytes = 0, k = 0, i = 0;
  while (k < want.length) {
    while (k < want.length && want[k][0] <= bytes) { out[want[k][1]] = i; k++; }
    if (i >= text.length) break;
    const cp = text.codePointAt(i);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp >= 0x10000 ? 2 : 1;
  }
  return out;
}

// ---------------------------------------------------------------- API

class ApiError extends Error {
  constructor(status, code, message) { super(message); this.status = status; this.code = code; }
}

async function api(method, path, body, opts = {}) {
  const headers = { Accept: 'application/json' };
  let payload;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) { headers['Content-Type'] = 'application/json'; payload = JSON.stringify(body); }
  if (method !== 'GET' && state.csrf) headers['X-CSRF-Token'] = state.csrf;
  let res;
  try {
    res = await fetch('/api/v1' + path, { method, headers, body: payload, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, 'network', 'The server cannot be reached. Is `dossier serve` running?');
  }
  let data = null;
  const text = await res.text();
  if (text) { try { data = JSON.parse(text); } catch (e) { data = null; } }
  if (!res.ok) {
    const err = (data && data.error) || {};
    const e = new ApiError(res.status, err.code || 'error', err.message || `The request failed (HTTP ${res.status}).`);
    if (res.status === 401 && !opts.noRedirect) {
      state.user = null; state.csrf = '';
      showLogin('Your session has ended. Please sign in again.');
    }
    throw e;
  }
  return data;
}

function qs(params) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, v);
  const s = u.toString();
  return s ? '?' + s : '';
}

// ---------------------------------------------------------------- routing

function parseHash() {
  const raw = location.hash.replace(/^#/, '') || '/search';
  const [p, q] = raw.split('?');
  return { path: p.replace(/\/+$/, '') || '/search', params: new URLSearchParams(q || '') };
}

function go(path, params) { location.hash = '#' + path + (params ? qs(params) : ''); }

const NAV = [
  ['/search', 'Search', 'viewer'],
  ['/persons', 'Persons', 'viewer'],
  ['/review', 'Review', 'viewer'],
  ['/upload', 'Upload', 'viewer'],
  ['/export', 'Export', 'viewer'],
  ['/admin', 'Admin', 'admin'],
];

function renderNav(path) {
  const ul = clear(document.getElementById('nav'));
  for (const [p, text, role] of NAV) {
    if (!can(role)) continue;
    const active = path === p || path.startsWith(p + '/') || (p === '/search' && path.startsWith('/documents'));
    ul.appendChild(h('li', null, h('a', { href: '#' + p, 'aria-current': active ? 'page' : null, 'data-testid': 'nav-' + p.slice(1) }, text)));
  }
  const who = clear(document.getElementById('whoami'));
  append(who, [state.user.name, h('span', { class: 'role-tag' }, state.user.role)]);
}

async function route() {
  if (!state.user) return;
  const { path, params } = parseHash();
  document.getElementById('topbar').hidden = false;
  renderNav(path);
  state.keyHandler = null;
  const seq = ++state.renderSeq;
  const main = clear($main());
  const page = h('div', { class: 'page' });
  main.appendChild(page);
  let m;
  try {
    if (path === '/search') await viewSearch(page, params, seq);
    else if ((m = path.match(/^\/documents\/(\d+)$/))) await viewDocument(page, Number(m[1]), params, seq);
    else if (path === '/persons') await viewPersons(page, params, seq);
    else if ((m = path.match(/^\/persons\/(\d+)$/))) await viewPerson(page, Number(m[1]), params, seq);
    else if (path === '/review') await viewReview(page, params, seq);
    else if (path === '/upload') viewUpload(page);
    else if (path === '/export') viewExport(page);
    else if (path === '/admin' && can('admin')) await viewAdmin(page, params, seq);
    else {
      document.title = 'Not found · Dossier';
      append(page, [h('h1', null, 'Page not found'), h('p', null, 'There is nothing at this address. ', h('a', { href: '#/search' }, 'Go to search'), '.')]);
    }
  } catch (e) {
    if (seq !== state.renderSeq || e.status === 401) return;
    clear(page);
    append(page, [h('h1', null, 'Something went wrong'), h('p', { class: 'error-box', role: 'alert' }, e.message)]);
  }
}

function stale(seq) { return seq !== state.renderSeq; }

function loading(page, text) { page.appendChild(h('p', { class: 'loading' }, text || 'Loading…')); }

// ---------------------------------------------------------------- login

function showLogin(message) {
  document.getElementById('topbar').hidden = true;
  document.title = 'Sign in · Dossier';
  state.keyHandler = null;
  state.renderSeq++;
  const main = clear($main());
  const err = h('p', { class: 'form-error', role: 'alert', 'data-testid': 'login-error', hidden: !message }, message || '');
  const user = h('input', { type: 'text', name: 'username', autocomplete: 'username', required: true, autocapitalize: 'none', spellcheck: 'false', 'data-testid': 'login-user' });
  const pass = h('input', { type: 'password', name: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'login-password' });
  const btn = h('button', { type: 'submit', class: 'btn', 'data-testid': 'login-submit' }, 'Sign in');
  const form = h('form', { class: 'login-card', 'aria-labelledby': 'login-title', novalidate: true },
    h('h1', { id: 'login-title' }, 'Dossier'),
    h('p', { class: 'lead' }, 'Sign in to the case collection.'),
    err,
    field('User name', user),
    field('Password', pass),
    btn);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!user.value.trim() || !pass.value) {
      err.hidden = false; err.textContent = 'Enter your user name and password.';
      (user.value.trim() ? pass : user).focus();
      return;
    }
    btn.disabled = true; btn.textContent = 'Signing in…';
    try {
      const r = await api('POST', '/login', { username: user.value.trim(), password: pass.value }, { noRedirect: true });
      state.user = r.user; state.csrf = r.csrf_token;
      pass.value = '';
      announce(`Signed in as ${r.user.name}.`);
      await route();
      $main().focus();
    } catch (e) {
      err.hidden = false;
      err.textContent = e.status === 401 ? 'Wrong user name or password.' : e.message;
      btn.disabled = false; btn.textContent = 'Sign in';
      pass.value = '';
      pass.focus();
    }
  });
  main.appendChild(h('div', { class: 'login-wrap' }, form));
  user.focus();
}

async function logout() {
  try { await api('POST', '/logout', {}, { noRedirect: true }); } catch (e) { /* already gone */ }
  state.user = null; state.csrf = '';
  showLogin();
  announce('Signed out.');
}

// ---------------------------------------------------------------- pagination

function pager(total, offset, limit, onPage, noun) {
  if (!total) return null;
  const from = offset + 1, to = Math.min(offset + limit, total);
  const prev = h('button', { type: 'button', class: 'btn btn-quiet btn-small', disabled: offset <= 0, 'data-testid': 'page-prev' }, '← Previous');
  const next = h('button', { type: 'button', class: 'btn btn-quiet btn-small', disabled: to >= total, 'data-testid': 'page-next' }, 'Next →');
  prev.addEventListener('click', () => onPage(Math.max(0, offset - limit)));
  next.addEventListener('click', () => onPage(offset + limit));
  return h('nav', { class: 'pager', 'aria-label': 'Pages' }, prev,
    h('span', { class: 'meta' }, `${from}–${to} of ${plural(total, noun || 'item')}`), next);
}

// ---------------------------------------------------------------- search

const FACETS = [['country', 'Country'], ['publisher', 'Publisher'], ['language', 'Language'], ['event_type', 'Event type']];

async function viewSearch(page, params, seq) {
  const q = params.get('q') || '';
  const filters = {};
  for (const [k] of FACETS) if (params.get(k)) filters[k] = params.get(k);
  const from = params.get('from') || '', to = params.get('to') || '';
  const offset = Number(params.get('offset') || 0), limit = 20;
  document.title = (q ? `${q} · ` : '') + 'Search · Dossier';

  const qInput = h('input', { type: 'search', name: 'q', value: q, placeholder: 'Words, names, "exact phrase"…', 'data-testid': 'search-input' });
  const fromInput = h('input', { type: 'text', name: 'from', value: from, placeholder: 'e.g. 2021-03', inputmode: 'numeric', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  const toInput = h('input', { type: 'text', name: 'to', value: to, placeholder: 'e.g. 2021-03', inputmode: 'numeric', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  const form = h('form', { class: 'search-form', role: 'search' },
    field('Search documents', qInput),
    field('Published from', fromInput),
    field('Published to', toInput),
    h('button', { type: 'submit', class: 'btn', 'data-testid': 'search-submit' }, 'Search'));
  const nav = (over) => go('/search', { q, ...filters, from, to, ...over });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    for (const inp of [fromInput, toInput]) {
      if (inp.value && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(inp.value.trim())) {
        announce('Dates are YYYY, YYYY-MM or YYYY-MM-DD.', 'error'); inp.focus(); return;
      }
    }
    go('/search', { q: qInput.value.trim(), ...filters, from: fromInput.value.trim(), to: toInput.value.trim() });
  });
  append(page, [h('h1', { class: 'sr-only' }, 'Search'), form]);

  const chips = h('div', { class: 'chips', 'aria-label': 'Active filters' });
  const active = Object.entries({ ...filters, ...(from ? { from } : {}), ...(to ? { to } : {}) });
  for (const [k, v] of active) {
    const name = (FACETS.find((f) => f[0] === k) || [k, k])[1];
    chips.appendChild(h('span', { class: 'chip' }, `${name}: ${label(v)}`,
      h('button', { type: 'button', 'aria-label': `Remove filter ${name}: ${v}`, onclick: () => nav({ [k]: '', offset: '' }) }, '×')));
  }
  if (active.length) page.appendChild(chips);

  if (!q) { await listDocuments(page, params, seq); return; }

  const layout = h('div', { class: 'search-layout' });
  const side = h('aside', { class: 'facets', 'aria-label': 'Filters' });
  const results = h('section', { 'aria-label': 'Results' });
  append(layout, [side, results]);
  page.appendChild(layout);
  loading(results, 'Searching…');

  let r;
  try {
    r = await api('GET', '/search' + qs({ q, ...filters, from, to, offset, limit }));
  } catch (e) {
    if (stale(seq) || e.status === 401) return;
    clear(results).appendChild(h('p', { class: 'error-box', role: 'alert' }, e.message));
    return;
  }
  if (stale(seq)) return;
  clear(results);

  side.appendChild(h('h2', null, 'Refine'));
  let anyFacet = false;
  for (const [key, name] of FACETS) {
    const values = Object.entries((r.facets || {})[key] || {}).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (!values.length) continue;
    anyFacet = true;
    const ul = h('ul');
    for (const [v, n] of values) {
      const on = filters[key] === v;
      ul.appendChild(h('li', null, h('button', {
        type: 'button', class: 'facet-btn', 'aria-pressed': on ? 'true' : 'false', 'data-testid': `facet-${key}`,
        onclick: () => nav({ [key]: on ? '' : v, offset: '' }),
      }, h('span', null, label(v)), h('span', { class: 'count' }, String(n)))));
    }
    side.appendChild(h('div', { class: 'facet-group' }, h('h3', null, name), ul));
  }
  if (!anyFacet) side.appendChild(h('p', { class: 'muted small' }, 'No filters for these results.'));

  results.appendChild(h('h2', { 'data-testid': 'result-count' }, r.total ? `${plural(r.total, 'document')} found` : 'No documents found'));
  if (!r.total) {
    results.appendChild(h('p', { class: 'empty' }, 'Try other words, fewer filters, or a wider date range.'));
    return;
  }
  const ol = h('ol', { class: 'results', start: offset + 1 });
  for (const it of r.items) {
    const snippet = h('p', { class: 'snippet' });
    const snip = it.snippet || '';
    // Escaped server-side with only <mark> as markup; anything else is shown as text.
    if (/<(?!\/?mark>)/i.test(snip)) snippet.textContent = snip.replace(/<\/?mark>/gi, '');
    else snippet.innerHTML = snip;
    ol.appendChild(h('li', { class: 'result', 'data-testid': 'search-result' },
      h('h3', null, h('a', { href: `#/documents/${it.id}` }, it.title || `Document #${it.id}`)),
      h('div', { class: 'meta' }, h('span', null, it.publisher || 'Unknown publisher'), h('span', null, fmtDate(it.published)),
        it.language ? h('span', null, it.language) : null, h('span', null, `#${it.id}`)),
      snippet));
  }
  results.appendChild(ol);
  results.appendChild(pager(r.total, offset, limit, (o) => nav({ offset: o || '' }), 'document'));
}

async function listDocuments(page, params, seq) {
  const offset = Number(params.get('offset') || 0), limit = 20;
  const sec = h('section', { 'aria-labelledby': 'docs-title' }, h('h2', { id: 'docs-title' }, 'All documents, newest first'));
  page.appendChild(sec);
  const r = await api('GET', '/documents' + qs({ offset, limit, sort: 'newest' }));
  if (stale(seq)) return;
  if (!r.total) {
    sec.appendChild(h('p', { class: 'empty' }, 'No documents yet. ', can('editor') ? h('a', { href: '#/upload' }, 'Upload some') : null));
    return;
  }
  const tbody = h('tbody');
  for (const d of r.items) {
    tbody.appendChild(h('tr', null,
      h('td', null, h('a', { href: `#/documents/${d.id}` }, d.title || `Document #${d.id}`)),
      h('td', null, d.publisher || '—'), h('td', null, fmtDate(d.published)), h('td', null, d.language || '—'),
      h('td', null, d.format), h('td', { class: 'num' }, `${Math.max(1, Math.round(d.bytes / 1024))} KB`)));
  }
  sec.appendChild(h('div', { class: 'table-wrap' }, h('table', null,
    h('thead', null, h('tr', null, ['Title', 'Publisher', 'Published', 'Language', 'Format'].map((t) => h('th', { scope: 'col' }, t)), h('th', { scope: 'col', class: 'num' }, 'Size'))),
    tbody)));
  sec.appendChild(pager(r.total, offset, limit, (o) => go('/search', { offset: o || '' }), 'document'));
}

// ---------------------------------------------------------------- document view

const LAYERS = [
  ['person', 'Persons'], ['organization', 'Organisations'], ['location', 'Places'],
  ['facility', 'Facilities'], ['time', 'Dates and times'], ['event', 'Event and call quotes'],
];
// Lower number wins when two spans of the same length cover a segment.
const PRIORITY = { passage: 0, person: 1, organization: 2, signer: 2, facility: 3, location: 4, figure: 5, time: 6, call: 7, event: 8 };

// Splits text into non-overlapping segments; each segment carries every span
// covering it, the innermost (then highest-priority) first.
function segment(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.s); cuts.add(s.e); }
  const points = [...cuts].filter((x) => x >= 0 && x <= text.length).sort((a, b) => a - b);
  const byStart = spans.slice().sort((a, b) => a.s - b.s);
  const out = [];
  let active = [], k = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    while (k < byStart.length && byStart[k].s <= a) { active.push(byStart[k]); k++; }
    active = active.filter((s) => s.e > a);
    const cover = active.filter((s) => s.s <= a && s.e >= b);
    cover.sort((x, y) => (x.e - x.s) - (y.e - y.s) || PRIORITY[x.kind] - PRIORITY[y.kind]);
    out.push({ a, b, cover });
  }
  return out;
}

async function viewDocument(page, id, params, seq) {
  loading(page);
  const d = await api('GET', `/documents/${id}`);
  if (stale(seq)) return;
  clear(page);
  document.title = `${d.title || 'Document #' + id} · Dossier`;
  const ex = d.extraction || {};
  const text = d.text || '';
  const spans = [];
  const add = (s, e, kind, ref, tip) => {
    if (typeof s !== 'number' || typeof e !== 'number' || e <= s) return null;
    const span = { s, e, kind, ref, tip, els: [] };
    spans.push(span);
    return span;
  };
  const mentionSpans = [];
  for (const m of ex.mentions || []) {
    const kind = ['person', 'organization', 'location', 'facility'].includes(m.type) ? m.type : null;
    if (!kind) continue;
    const sp = add(m.s16, m.e16, kind, m, `${label(m.type)}: ${m.text}`);
    if (sp) mentionSpans.push(sp);
  }
  for (const t of ex.times || []) add(t.s16, t.e16, 'time', t, `${t.type === 'DATE' ? 'date' : label(String(t.type).toLowerCase())}: ${t.value || t.text}`);
  const eventSpans = (ex.events || []).map((e) => add(e.s16, e.e16, 'event', e, `event: ${label(e.type)}${e.person ? ' — ' + e.person : ''}`));
  const callSpans = (ex.calls || []).map((c) => add(c.s16, c.e16, 'call', c, `call${c.person ? ' for ' + c.person : ''}`));
  const signerSpans = (ex.signers || []).map((s) => add(s.s16, s.e16, 'signer', s, `signer: ${s.name}`));
  const figureSpans = (ex.figures || []).map((f) => add(f.s16, f.e16, 'figure', f, `figure: ${f.count} ${f.what || ''}`));

  // Deep link to a passage: UTF-16 (start16/end16) or UTF-8 byte (start/end) offsets.
  let passage = null;
  let ps = params.get('start16'), pe = params.get('end16');
  if ((ps === null || pe === null) && params.get('start') !== null && params.get('end') !== null) {
    [ps, pe] = bytesToUtf16(text, [Number(params.get('start')), Number(params.get('end'))]);
  }
  if (ps !== null && pe !== null && Number(pe) > Number(ps)) {
    passage = add(Math.max(0, Number(ps)), Math.min(text.length, Number(pe)), 'passage', null, 'the cited passage');
  }

  // Header
  const meta = h('div', { class: 'meta' },
    h('span', null, d.publisher || 'Unknown publisher'), h('span', null, d.published ? `published ${d.published}` : 'date unknown'),
    d.language ? h('span', null, d.language) : null, h('span', null, d.format), h('span', null, `#${d.id}`),
    safeUrl(d.url) ? h('span', null, h('a', { href: safeUrl(d.url), rel: 'noreferrer noopener', target: '_blank' }, 'original address')) : null);
  const head = h('div', { class: 'doc-head' }, h('div', null, h('h1', { 'data-testid': 'doc-title' }, d.title || `Document #${d.id}`), meta));
  if (can('editor')) {
    head.appendChild(h('button', {
      type: 'button', class: 'btn btn-danger btn-small',
      onclick: async () => {
        if (!confirm(`Remove document #${d.id} “${d.title}” from the collection? Its persons and events are re-resolved.`)) return;
        try { await api('DELETE', `/documents/${d.id}`); announce(`Document #${d.id} removed.`); go('/search'); } catch (e) { if (e.status !== 401) announce(e.message, 'error'); }
      },
    }, 'Remove document'));
  }
  page.appendChild(head);

  // Text with highlights
  const textEl = h('div', { class: 'doc-text', 'data-testid': 'doc-text', lang: d.language || null, tabindex: '-1' });
  for (const seg of segment(text, spans)) {
    const str = text.slice(seg.a, seg.b);
    if (!seg.cover.length) { textEl.appendChild(document.createTextNode(str)); continue; }
    const kinds = new Set(seg.cover.map((s) => s.kind));
    const el = h('span', { class: 'hl ' + [...kinds].map((k) => 'hl-' + k).join(' '), title: seg.cover.map((s) => s.tip).join('\n'), 'data-kind': seg.cover[0].kind }, str);
    for (const s of seg.cover) s.els.push(el);
    textEl.appendChild(el);
  }

  const legend = h('fieldset', { class: 'legend' }, h('legend', null, 'Highlight'));
  for (const [kind, name] of LAYERS) {
    const cb = h('input', { type: 'checkbox', checked: true });
    cb.addEventListener('change', () => textEl.classList.toggle('off-' + kind, !cb.checked));
    legend.appendChild(h('label', null, cb, h('span', { class: `swatch ${kind}`, 'aria-hidden': 'true' }), name));
  }

  const show = (span) => {
    if (!span || !span.els.length) { announce('That fact has no position in the text.'); return; }
    span.els[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const el of span.els) { el.classList.remove('flash'); void el.offsetWidth; el.classList.add('flash'); }
    setTimeout(() => span.els.forEach((el) => el.classList.remove('flash')), 1900);
  };

  // Facts
  const side = h('aside', { class: 'doc-side', 'aria-label': 'Extracted facts', 'data-testid': 'doc-facts' });
  const section = (title, items) => {
    side.appendChild(h('h2', null, h('span', null, title), h('span', { class: 'muted small' }, String(items.length))));
    if (!items.length) { side.appendChild(h('p', { class: 'muted small' }, 'None found.')); return; }
    side.appendChild(h('ul', { class: 'facts' }, items));
  };
  const factBtn = (main, sub, span, testid) => h('button', { type: 'button', class: 'fact', 'data-testid': testid, onclick: () => show(span) },
    main, sub ? h('span', { class: 'sub' }, sub) : null);

  const findMention = (p) => {
    const forms = [p.name, ...(p.variants || [])];
    return mentionSpans.find((s) => s.kind === 'person' && forms.includes(s.ref.text)) ||
      mentionSpans.find((s) => s.kind === 'person' && forms.some((f) => s.ref.text.includes(f) || f.includes(s.ref.text)));
  };
  section('Persons', (ex.persons || []).map((p) => h('li', { class: 'fact-row' },
    factBtn([p.name, ' ', h('span', { class: 'badge badge-role' }, label(p.role))],
      [p.title, p.country, p.group, (p.variants || []).length ? `also ${p.variants.join(', ')}` : ''].filter(Boolean).join(' · '), findMention(p), 'fact-person'),
    h('a', { href: '#/persons' + qs({ q: p.name }), 'aria-label': `Find the case of ${p.name}` }, 'case →'))));
  section('Events', (ex.events || []).map((e, i) => h('li', null, factBtn(
    [h('strong', null, label(e.type)), ' ', e.date || 'undated', e.certainty === 'alleged' ? [' ', h('span', { class: 'badge badge-alleged' }, 'alleged')] : null],
    [e.person, e.detail, e.place].filter(Boolean).join(' · '), eventSpans[i], 'fact-event'))));
  section('Calls', (ex.calls || []).map((c, i) => h('li', null, factBtn(
    c.quote && c.quote.length > 90 ? c.quote.slice(0, 88) + '…' : (c.quote || 'call'), [c.person ? 'for ' + c.person : '', c.detail].filter(Boolean).join(' · '), callSpans[i], 'fact-call'))));
  if ((ex.signers || []).length) section('Signers', ex.signers.map((s, i) => h('li', null, factBtn(s.name, null, signerSpans[i], 'fact-signer'))));
  if ((ex.figures || []).length) section('Figures', ex.figures.map((f, i) => h('li', null, factBtn(`${f.count} ${f.what || ''}`, f.date || '', figureSpans[i], 'fact-figure'))));

  const body = h('div', null);
  if (passage) {
    body.appendChild(h('p', { class: 'notice', 'data-testid': 'passage-notice' }, 'The highlighted passage is the one cited. ',
      h('button', { type: 'button', class: 'linkish', onclick: () => show(passage) }, 'Show it again')));
  }
  append(body, [legend, textEl]);
  page.appendChild(h('div', { class: 'doc-layout' }, body, side));
  if (passage && passage.els.length) {
    requestAnimationFrame(() => { passage.els[0].scrollIntoView({ block: 'center' }); show(passage); });
  }
}

// ---------------------------------------------------------------- persons list

async function viewPersons(page, params, seq) {
  document.title = 'Persons · Dossier';
  const f = {};
  for (const k of ['q', 'country', 'status', 'role', 'event_type', 'review', 'from', 'to', 'sort']) f[k] = params.get(k) || '';
  const offset = Number(params.get('offset') || 0), limit = 25;
  // With a name, the best matches come first (most sources) unless a sort is chosen.
  const defaultSort = (q) => (q ? 'sources' : 'name');
  const sort = f.sort || defaultSort(f.q);

  const qIn = h('input', { type: 'search', name: 'q', value: f.q, placeholder: 'Any spelling, any script', 'data-testid': 'persons-q' });
  const countryIn = h('input', { type: 'text', name: 'country', value: f.country, placeholder: 'e.g. KG', maxlength: '2', autocapitalize: 'characters' });
  const statusIn = select('status', [['', 'Any'], ...STATUSES], f.status);
  const roleIn = select('role', [['', 'Any'], ...ROLES], f.role);
  const typeIn = select('event_type', [['', 'Any'], ...EVENT_TYPES], f.event_type);
  const reviewIn = select('review', [['', 'Any'], 'pending', 'confirmed', 'rejected'], f.review);
  const dateIn = (name, value) => h('input', { type: 'text', name, value, placeholder: 'e.g. 2021-03', inputmode: 'numeric', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?' });
  const fromIn = dateIn('from', f.from), toIn = dateIn('to', f.to);
  const sortIn = select('sort', [['name', 'Name'], ['last', 'Latest event'], ['events', 'Most events'], ['sources', 'Most sources']], sort);
  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter persons' },
    h('div', { class: 'field-name' }, field('Name', qIn)), field('Country', countryIn), field('Status', statusIn), field('Role', roleIn),
    field('Event type', typeIn), field('Events from', fromIn), field('Events to', toIn), field('Review', reviewIn), field('Sort by', sortIn),
    h('button', { type: 'submit', class: 'btn', 'data-testid': 'persons-submit' }, 'Apply'));
  const collect = () => ({ q: qIn.value.trim(), country: countryIn.value.trim().toUpperCase(), status: statusIn.value, role: roleIn.value,
    event_type: typeIn.value, review: reviewIn.value, sort: sortIn.value === defaultSort(qIn.value.trim()) ? '' : sortIn.value,
    from: fromIn.value.trim(), to: toIn.value.trim() });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    for (const inp of [fromIn, toIn]) {
      if (inp.value.trim() && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(inp.value.trim())) {
        announce('Dates are YYYY, YYYY-MM or YYYY-MM-DD.', 'error'); inp.focus(); return;
      }
    }
    go('/persons', collect());
  });
  for (const s of [statusIn, roleIn, typeIn, reviewIn, sortIn]) s.addEventListener('change', () => go('/persons', collect()));
  append(page, [h('div', { class: 'page-head' }, h('h1', null, 'Persons')), form]);

  const box = h('section', { 'aria-label': 'Persons found' });
  page.appendChild(box);
  loading(box);
  const r = await api('GET', '/persons' + qs({ ...f, sort: f.sort, offset, limit }));
  if (stale(seq)) return;
  clear(box);
  box.appendChild(h('p', { class: 'meta', 'data-testid': 'persons-count', role: 'status' }, r.total ? plural(r.total, 'person') : ''));
  if (!r.total) { box.appendChild(h('p', { class: 'empty' }, 'No persons match.')); return; }

  const sortHead = (key, text, num) => {
    const on = sort === key;
    return h('th', { scope: 'col', class: num ? 'num' : null, 'aria-sort': on ? (key === 'name' ? 'ascending' : 'descending') : null },
      h('button', { type: 'button', class: 'sort-btn', onclick: () => go('/persons', { ...collect(), sort: key === defaultSort(f.q) ? '' : key }) }, text, on ? (key === 'name' ? ' ▲' : ' ▼') : ''));
  };
  const tbody = h('tbody');
  for (const p of r.items) {
    tbody.appendChild(h('tr', { 'data-testid': 'person-row' },
      h('td', null, h('a', { href: `#/persons/${p.id}`, 'data-testid': 'person-link' }, p.name), h('span', { class: 'muted small' }, ` #${p.id}`)),
      h('td', null, h('span', { class: 'status-pill' }, p.status || 'unknown'), p.status_date ? h('span', { class: 'muted small' }, ` since ${p.status_date}`) : null),
      h('td', null, (p.countries || []).join(', ') || '—'),
      h('td', null, (p.roles || []).map(label).join(', ')),
      h('td', { class: 'num' }, String(p.event_count)),
      h('td', { class: 'num' }, String(p.source_count)),
      h('td', null, p.last_date || '—'),
      h('td', null, badge(p.review))));
  }
  box.appendChild(h('div', { class: 'table-wrap' }, h('table', null,
    h('caption', { class: 'sr-only' }, 'Persons, sorted by ' + { name: 'name', last: 'latest event', events: 'most events', sources: 'most sources' }[sort]),
    h('thead', null, h('tr', null, sortHead('name', 'Name'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Countries'),
      h('th', { scope: 'col' }, 'Roles'), sortHead('events', 'Events', true), sortHead('sources', 'Sources', true), sortHead('last', 'Latest'), h('th', { scope: 'col' }, 'Review'))),
    tbody)));
  box.appendChild(pager(r.total, offset, limit, (o) => go('/persons', { ...f, offset: o || '' }), 'person'));
}

// ---------------------------------------------------------------- events (shared by person page and review queue)

// P11Y6M -> "11 years 6 months" (for events whose detail is empty)
function humanDuration(d) {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/.exec(d || '');
  if (!m) return d || '';
  return [[m[1], 'year'], [m[2], 'month'], [m[3], 'week'], [m[4], 'day']].filter((x) => x[0]).map((x) => plural(Number(x[0]), x[1])).join(' ');
}

function precisionNote(p) { return p === 'month' ? 'to the month' : p === 'year' ? 'to the year' : ''; }

function sourceLink(s) {
  const q = s.s16 !== undefined && s.e16 !== undefined ? { start16: s.s16, end16: s.e16 } : { start: s.start, end: s.end };
  return `#/documents/${s.doc_id}` + qs(q);
}

function renderSources(sources, max) {
  const ul = h('ul', { class: 'sources', 'aria-label': 'Sources' });
  const items = (sources || []).map((s) => h('li', { class: 'source', 'data-testid': 'event-source' },
    h('div', { class: 'src-head' }, h('a', { href: `#/documents/${s.doc_id}` }, s.title || `Document #${s.doc_id}`),
      ` — ${s.publisher || 'unknown publisher'}, ${s.published || 'undated'}`,
      s.date ? ` · says ${s.date}` : '', s.certainty === 'alleged' ? ' · alleged' : ''),
    s.quote ? h('a', { class: 'quote', href: sourceLink(s), 'data-testid': 'source-quote', title: 'Open the document at this passage' }, `“${s.quote}”`) : null));
  items.forEach((li, i) => { if (max && i >= max) li.hidden = true; ul.appendChild(li); });
  if (max && items.length > max) {
    const more = h('button', { type: 'button', class: 'linkish small' }, `Show ${items.length - max} more source${items.length - max === 1 ? '' : 's'}`);
    more.addEventListener('click', () => { items.forEach((li) => { li.hidden = false; }); more.remove(); });
    ul.appendChild(h('li', null, more));
  }
  return ul;
}

function conflictNotes(e) {
  return (e.conflicts || []).map((c) => h('p', { class: 'conflict' }, `Sources disagree on the ${c.field}: `,
    (c.claims || []).map((cl) => `${cl.value} (${plural((cl.sources || []).length, 'source')})`).join(' vs ')));
}

// Inline correction form. onDone(body) is called with the decision to send.
function correctForm(e, onSubmit, onCancel) {
  const typeIn = select('type', EVENT_TYPES, e.type, { 'data-testid': 'correct-type' });
  const dateIn = h('input', { type: 'text', name: 'date', value: e.date || '', placeholder: 'YYYY[-MM[-DD]]', pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', 'data-testid': 'correct-date' });
  const detailIn = h('input', { type: 'text', name: 'detail', value: e.detail || '', 'data-testid': 'correct-detail' });
  const personIn = h('input', { type: 'number', name: 'person_id', min: '1', value: '', placeholder: String(e.person_id || ''), 'data-testid': 'correct-person' });
  const noteIn = h('input', { type: 'text', name: 'note', value: '' });
  const err = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const form = h('form', { class: 'inline-form', 'aria-label': `Correct the ${label(e.type)} event`, 'data-testid': 'correct-form' },
    h('div', { class: 'grid' }, field('Type', typeIn), field('Date', dateIn, 'YYYY[-MM[-DD]]'), field('Detail', detailIn), field('Person id', personIn, 'to move it')),
    h('div', { class: 'row', style: 'margin-top:.5rem' }, grow(field('Note (optional)', noteIn)),
      h('div', { class: 'btn-row' }, h('button', { type: 'submit', class: 'btn', 'data-testid': 'correct-save' }, 'Save correction'),
        h('button', { type: 'button', class: 'btn btn-quiet', onclick: onCancel }, 'Cancel'))),
    err);
  form.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') { ev.preventDefault(); ev.stopPropagation(); onCancel(); }
    if (ev.key === 'Enter' && ev.target.tagName === 'SELECT') { ev.preventDefault(); form.requestSubmit(); }
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const date = dateIn.value.trim();
    if (date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) { err.hidden = false; err.textContent = 'The date is YYYY, YYYY-MM or YYYY-MM-DD.'; dateIn.focus(); return; }
    const body = { action: 'correct', type: typeIn.value, date, detail: detailIn.value.trim(), note: noteIn.value.trim() };
    if (personIn.value.trim()) body.person_id = Number(personIn.value);
    try { await onSubmit(body); } catch (e2) { if (e2.status !== 401) { err.hidden = false; err.textContent = e2.message; } }
  });
  setTimeout(() => typeIn.focus(), 0);
  return form;
}

async function reviewEvent(e, body) {
  const r = await api('POST', `/events/${e.id}/review`, body);
  const verb = { confirm: 'confirmed', reject: 'rejected', correct: 'corrected' }[body.action];
  announce(`${cap(e.type)}${e.date ? ' of ' + e.date : ''} ${verb}.`);
  return r;
}

// ---------------------------------------------------------------- person page

function sortEvents(events) {
  return events.map((e, i) => [e, i]).sort((a, b) => {
    const da = a[0].date || '', db = b[0].date || '';
    if (!da !== !db) return da ? -1 : 1;
    return da.localeCompare(db) || a[1] - b[1];
  }).map((x) => x[0]);
}

async function viewPerson(page, id, params, seq) {
  loading(page);
  const p = await api('GET', `/persons/${id}`);
  if (stale(seq)) return;
  clear(page);
  document.title = `${p.name} · Dossier`;
  const editor = can('editor');
  const reload = async (focusEventId) => {
    const y = window.scrollY;
    await route();
    window.scrollTo(0, y);
    if (focusEventId) {
      // The event's card, or the timeline when the card is hidden (a
      // rejected event goes into the closed list of rejected events).
      const el = document.querySelector(`[data-event-id="${CSS.escape(String(focusEventId))}"] .tl-card`);
      const visible = el && !el.closest('details:not([open])');
      const target = visible ? el : document.getElementById('tl-h');
      if (target) target.focus({ preventScroll: visible });
    }
  };

  // Head
  const head = h('div', { class: 'person-head' },
    h('div', null,
      h('h1', { 'data-testid': 'person-name' }, p.name, ' ', h('span', { class: 'muted small' }, `#${p.id}`), ' ', badge((p.review || {}).status)),
      h('p', { class: 'meta' }, h('span', null, h('strong', { class: 'status-pill', 'data-testid': 'person-status' }, p.status || 'unknown'),
        p.status_date ? ` since ${p.status_date}` : ''), p.as_of ? h('span', null, `as of ${p.as_of}`) : null,
      h('span', null, plural((p.documents || []).length, 'document')), h('span', null, plural((p.events || []).length, 'event')))));
  if (editor) {
    head.appendChild(h('div', { class: 'btn-row' },
      h('button', { type: 'button', class: 'btn btn-ok btn-small', 'data-testid': 'person-confirm', onclick: () => personDecision('confirm') }, 'Confirm person'),
      h('button', { type: 'button', class: 'btn btn-danger btn-small', 'data-testid': 'person-reject', onclick: () => personDecision('reject') }, 'Reject person')));
  }
  async function personDecision(action) {
    try {
      await api('POST', `/persons/${p.id}/review`, { action });
      announce(`${p.name} ${action === 'confirm' ? 'confirmed as a case' : 'rejected'}.`);
      await reload();
    } catch (e) { if (e.status !== 401) announce(e.message, 'error'); }
  }
  page.appendChild(head);

  const grid = h('div', { class: 'person-grid' });
  const mainCol = h('div');
  const side = h('aside', { 'aria-label': 'Profile' });
  append(grid, [mainCol, side]);
  page.appendChild(grid);

  // Profile facts
  const others = (p.names || []).filter((n) => n !== p.name);
  side.appendChild(h('section', { class: 'panel', 'aria-labelledby': 'prof-h' },
    h('h2', { id: 'prof-h' }, 'Profile'),
    h('dl', { class: 'props' },
      h('dt', null, 'Spellings'), h('dd', { 'data-testid': 'person-names' }, others.length ? h('div', { class: 'names' }, others.map((n) => h('span', { class: 'name-chip' }, n))) : '—'),
      h('dt', null, 'Roles'), h('dd', null, (p.roles || []).map(label).join(', ') || '—'),
      (p.titles || []).length ? [h('dt', null, 'Described as'), h('dd', null, p.titles.join('; '))] : null,
      h('dt', null, 'Countries'), h('dd', null, (p.countries || []).join(', ') || '—'),
      h('dt', null, 'Status'), h('dd', null, p.status || 'unknown', p.status_date ? [' since ', h('span', { class: 'nowrap' }, p.status_date)] : '', p.as_of ? [' ', h('span', { class: 'muted nowrap' }, `(as of ${p.as_of})`)] : null),
      (p.review && p.review.by) ? [h('dt', null, 'Reviewed'), h('dd', null, `${p.review.status} by ${p.review.by}${p.review.at ? ', ' + fmtWhen(p.review.at) : ''}`)] : null)));

  const docs = p.documents || [];
  side.appendChild(h('section', { class: 'panel', 'aria-labelledby': 'docs-h' },
    h('h2', { id: 'docs-h' }, 'Documents'),
    h('ul', { class: 'doc-list' }, docs.map((d) => h('li', null,
      h('a', { href: `#/documents/${d.doc_id}` }, d.title || `Document #${d.doc_id}`),
      h('div', { class: 'muted small' }, `${d.publisher || 'unknown publisher'}, ${d.published || 'undated'} — as “${d.name}” (${label(d.role)})`))))));

  if ((p.calls || []).length) {
    side.appendChild(h('section', { class: 'panel', 'aria-labelledby': 'calls-h' },
      h('h2', { id: 'calls-h' }, 'Calls for action'),
      h('ul', { class: 'doc-list' }, p.calls.map((c) => h('li', null,
        h('div', { class: 'small' }, h('strong', null, c.organization || c.publisher || 'Unattributed'), ` — ${c.published || 'undated'}`),
        c.quote ? h('a', { class: 'quote small', href: sourceLink(c) }, `“${c.quote}”`) : null)))));
  }

  if (editor) side.appendChild(personTools(p, docs));

  // Timeline
  const events = sortEvents(p.events || []);
  const tl = h('section', { class: 'panel', 'aria-labelledby': 'tl-h', 'data-testid': 'timeline' });
  tl.appendChild(h('div', { class: 'page-head', style: 'margin-bottom:.3rem' }, h('h2', { id: 'tl-h', style: 'margin:0', tabindex: '-1' }, 'Timeline'),
    h('div', { class: 'legend-cats', 'aria-label': 'Marker colours' }, Object.entries(CATEGORY_LABEL).map(([k, v]) => h('span', { class: 'cat-' + k }, v)),
      h('span', { class: 'muted' }, '○ alleged'))));
  const strip = timelineStrip(p.events || []);
  if (strip) tl.appendChild(strip);
  const pic = h('details', null, h('summary', { class: 'small' }, 'Timeline picture (for reports)'));
  pic.addEventListener('toggle', () => {
    if (pic.open && !pic.querySelector('img')) {
      pic.appendChild(h('div', { class: 'svg-box' }, h('img', { src: `/api/v1/persons/${p.id}/timeline.svg`, alt: `Timeline of ${p.name}: ${plural(events.length, 'event')}`, 'data-testid': 'timeline-svg' })));
    }
  });
  tl.appendChild(pic);
  if (!events.length) tl.appendChild(h('p', { class: 'empty' }, 'No events are known for this person.'));
  const ol = h('ol', { class: 'timeline', 'aria-label': `Events of ${p.name}, oldest first` });
  let year = null;
  for (const e of events) {
    const y = e.date ? e.date.slice(0, 4) : 'Undated';
    if (y !== year) {
      year = y;
      ol.appendChild(h('li', { class: 'tl-year', 'aria-hidden': 'true' }, h('span', null, y)));
    }
    ol.appendChild(timelineItem(e, p, editor, reload));
  }
  tl.appendChild(ol);
  const rejected = p.rejected_events || [];
  if (rejected.length) {
    const ro = h('ol', { class: 'timeline', 'aria-label': 'Rejected events' });
    for (const e of sortEvents(rejected)) ro.appendChild(timelineItem(e, p, editor, reload));
    tl.appendChild(h('details', { class: 'rejected-list', 'data-testid': 'rejected-events' },
      h('summary', null, `Rejected events (${rejected.length})`), ro));
  }
  mainCol.appendChild(tl);

  const hl = params.get('event');
  if (hl) {
    const el = document.querySelector(`[data-event-id="${CSS.escape(hl)}"]`);
    if (el) { el.classList.add('selected'); el.scrollIntoView({ block: 'center' }); }
  }
}

// The dated events at a glance: one marker per event on a time axis; a
// marker takes the keyboard focus to its entry in the list below.
function timelineStrip(events) {
  const when = (d) => {
    const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d || '');
    if (!m) return null;  // partial dates sit mid-month or mid-year
    return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 6, m[3] ? Number(m[3]) : (m[2] ? 15 : 1));
  };
  const dated = events.map((e) => [e, when(e.date)]).filter((x) => x[1] !== null);
  if (dated.length < 2) return null;
  const first = new Date(Math.min(...dated.map((x) => x[1]))).getUTCFullYear();
  const last = new Date(Math.max(...dated.map((x) => x[1]))).getUTCFullYear() + 1;
  const lo = Date.UTC(first, 0, 1), hi = Date.UTC(last, 0, 1);
  const x = (t) => 1 + 98 * (t - lo) / (hi - lo);  // percent of the width
  const box = h('div', { class: 'tl-strip', role: 'group', 'aria-label': 'Dated events on a time axis' });
  const step = last - first > 16 ? 5 : last - first > 8 ? 2 : 1;
  for (let y = first; y <= last; y += step) {
    box.appendChild(h('span', { class: 'tl-tick', style: `left:${x(Date.UTC(y, 0, 1))}%`, 'aria-hidden': 'true' }, String(y)));
  }
  const rows = [];  // the right edge (percent) of the last marker in each row
  for (const [e, t] of dated.sort((a, b) => a[1] - b[1])) {
    const at = x(t);
    let row = rows.findIndex((edge) => at - edge > 1.6);
    if (row < 0) row = rows.length < 3 ? rows.push(0) - 1 : rows.indexOf(Math.min(...rows));
    rows[row] = at;
    const status = (e.review && e.review.status) || 'pending';
    box.appendChild(h('button', {
      type: 'button', class: `tl-dot cat-${CATEGORY[e.type] || 'grave'}${e.certainty === 'alleged' ? ' alleged' : ''}`,
      style: `left:${at}%;bottom:${0.35 + row * 1.05}rem`, title: `${label(e.type)}, ${e.date}`,
      'aria-label': `${label(e.type)}, ${e.date}, ${status}`, 'data-testid': 'strip-event',
      onclick: () => {
        const card = document.querySelector(`[data-event-id="${CSS.escape(String(e.id))}"] .tl-card`);
        if (card) { card.scrollIntoView({ block: 'center', behavior: 'smooth' }); card.focus({ preventScroll: true }); }
      },
    }));
  }
  return box;
}

function timelineItem(e, p, editor, reload) {
  const status = (e.review && e.review.status) || 'pending';
  const cat = CATEGORY[e.type] || 'grave';
  const li = h('li', { class: `tl-item cat-${cat}${status === 'rejected' ? ' is-rejected' : ''}`, 'data-testid': 'timeline-event', 'data-event-id': e.id, 'data-type': e.type });
  const prec = precisionNote(e.precision);
  const dateCol = h('div', { class: 'tl-date' }, e.date || '—', prec ? h('span', { class: 'prec' }, prec) : null);
  const card = h('article', { class: 'tl-card', tabindex: '-1', 'aria-label': `${label(e.type)}, ${e.date || 'undated'}` });
  const reviewNote = e.review && e.review.by ? h('span', { class: 'muted small' }, `by ${e.review.by}${e.review.note ? ' — ' + e.review.note : ''}`) : null;
  card.appendChild(h('div', { class: 'tl-title' },
    h('span', { class: 'tl-type' }, label(e.type)),
    h('span', { class: 'sr-only' }, `date ${e.date || 'unknown'}${prec ? ', ' + prec : ''}`),
    e.certainty === 'alleged' ? h('span', { class: 'badge badge-alleged' }, 'alleged') : null,
    badge(status), reviewNote,
    h('span', { class: 'muted small', style: 'margin-left:auto', 'data-testid': 'corroboration' },
      [e.corroboration ? `corroborated by ${plural(e.corroboration, 'publisher')}` : '', plural((e.sources || []).length, 'source')].filter(Boolean).join(' · '))));
  const details = [e.detail || humanDuration(e.duration), e.place, e.country].filter(Boolean);
  if (details.length) card.appendChild(h('p', { class: 'detail' }, details.join(' · ')));
  append(card, conflictNotes(e));
  card.appendChild(renderSources(e.sources, 1));
  if (editor && e.id && status === 'rejected') {
    // Confirming a rejected event brings it back to the timeline.
    card.appendChild(h('div', { class: 'btn-row actions' }, h('button', {
      type: 'button', class: 'btn btn-secondary btn-small', 'data-testid': 'event-restore',
      onclick: async () => {
        try { await reviewEvent(e, { action: 'confirm' }); await reload(e.id); } catch (err) { if (err.status !== 401) announce(err.message, 'error'); }
      },
    }, 'Restore (confirm)')));
  } else if (editor && e.id) {
    const actions = h('div', { class: 'btn-row actions' });
    const decide = async (body) => {
      try {
        const r = await reviewEvent(e, body);
        await reload(r && r.id);
      } catch (err) { if (err.status !== 401) announce(err.message, 'error'); throw err; }
    };
    const quiet = (fn) => () => fn().catch(() => {});
    if (status === 'pending') actions.appendChild(h('button', { type: 'button', class: 'btn btn-ok btn-small', 'data-testid': 'event-confirm', onclick: quiet(() => decide({ action: 'confirm' })) }, 'Confirm'));
    const correctBtn = h('button', { type: 'button', class: 'btn btn-secondary btn-small', 'data-testid': 'event-correct', 'aria-expanded': 'false' }, 'Correct…');
    actions.appendChild(correctBtn);
    actions.appendChild(h('button', { type: 'button', class: 'btn btn-danger btn-small', 'data-testid': 'event-reject', onclick: quiet(() => decide({ action: 'reject' })) }, 'Reject'));
    card.appendChild(actions);
    let form = null;
    correctBtn.addEventListener('click', () => {
      if (form) { form.remove(); form = null; correctBtn.setAttribute('aria-expanded', 'false'); return; }
      form = correctForm(e, decide, () => { form.remove(); form = null; correctBtn.setAttribute('aria-expanded', 'false'); correctBtn.focus(); });
      correctBtn.setAttribute('aria-expanded', 'true');
      card.appendChild(form);
    });
  }
  append(li, [dateCol, h('div', { class: 'tl-axis', 'aria-hidden': 'true' }, h('span', { class: `tl-marker${e.certainty === 'alleged' ? ' alleged' : ''}` })), card]);
  return li;
}

function personTools(p, docs) {
  const box = h('section', { class: 'panel tools', 'aria-labelledby': 'tools-h' }, h('h2', { id: 'tools-h' }, 'Merge, split, explain'));
  // Merge
  const otherIn = h('input', { type: 'number', min: '1', name: 'other', 'data-testid': 'merge-other' });
  const mergeNote = h('input', { type: 'text', name: 'note' });
  const merge = h('form', null, h('p', { class: 'small muted' }, 'Another person is the same human being: merge them into this case.'),
    field('Other person id', otherIn), field('Note', mergeNote, 'optional'),
    h('button', { type: 'submit', class: 'btn btn-small', 'data-testid': 'merge-submit' }, 'Merge'));
  merge.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const other = Number(otherIn.value);
    if (!other || other === p.id) { announce('Give the id of another person.', 'error'); otherIn.focus(); return; }
    try {
      const r = await api('POST', `/persons/${p.id}/merge`, { other, note: mergeNote.value.trim() });
      announce(`Persons #${p.id} and #${other} merged.`);
      if (r.id && r.id !== p.id) go(`/persons/${r.id}`); else await route();
    } catch (e) { if (e.status !== 401) announce(e.message, 'error'); }
  });
  // Split
  const boxes = docs.map((d) => {
    const cb = h('input', { type: 'checkbox', value: d.doc_id });
    return { cb, el: h('label', { class: 'small', style: 'font-weight:normal;display:flex;gap:.4rem;align-items:flex-start' }, cb, h('span', null, `#${d.doc_id} as “${d.name}” — ${d.title}`)) };
  });
  const splitNote = h('input', { type: 'text', name: 'note' });
  const split = h('form', null, h('fieldset', { style: 'border:none;padding:0;margin:0' },
    h('legend', { class: 'small muted', style: 'padding:0;margin-bottom:.3rem' }, 'These documents name someone else: split them off.'),
    boxes.map((b) => b.el)), field('Note', splitNote, 'optional'),
  h('button', { type: 'submit', class: 'btn btn-small', 'data-testid': 'split-submit' }, 'Split off'));
  split.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const ids = boxes.filter((b) => b.cb.checked).map((b) => Number(b.cb.value));
    if (!ids.length) { announce('Choose the documents to split off.', 'error'); return; }
    if (ids.length === docs.length) { announce('Leave at least one document with this person.', 'error'); return; }
    try {
      await api('POST', `/persons/${p.id}/split`, { doc_ids: ids, note: splitNote.value.trim() });
      announce(`Split ${plural(ids.length, 'document')} off ${p.name}.`);
      await route();
    } catch (e) { if (e.status !== 401) announce(e.message, 'error'); }
  });
  // Explain
  const exIn = h('input', { type: 'number', min: '1', name: 'b' });
  const out = h('pre', { class: 'explain', hidden: true, 'aria-live': 'polite' });
  const explain = h('form', null, field('Other person id', exIn, 'why are they (not) one person?'),
    h('button', { type: 'submit', class: 'btn btn-quiet btn-small' }, 'Explain'), out);
  explain.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (!Number(exIn.value)) { exIn.focus(); return; }
    try { const r = await api('GET', `/persons/${p.id}/explain/${Number(exIn.value)}`); out.hidden = false; out.textContent = r.text; } catch (e) { if (e.status !== 401) announce(e.message, 'error'); }
  });
  append(box, [
    h('details', null, h('summary', null, 'Merge with another person'), merge),
    docs.length > 1 ? h('details', null, h('summary', null, 'Split off documents'), split) : null,
    h('details', null, h('summary', null, 'Explain a match'), explain)]);
  return box;
}

// ---------------------------------------------------------------- review queue

const KINDS = [['event', 'Events'], ['person', 'Persons'], ['merge', 'Merges']];

async function viewReview(page, params, seq) {
  document.title = 'Review · Dossier';
  const kind = KINDS.some((k) => k[0] === params.get('kind')) ? params.get('kind') : 'event';
  const offset = Number(params.get('offset') || 0), limit = 20;
  const editor = can('editor');
  page.appendChild(h('div', { class: 'page-head' }, h('h1', null, 'Review queue')));
  const tabs = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'What to review' });
  const counts = {};
  for (const [k, name] of KINDS) {
    counts[k] = h('span', { class: 'count' });
    tabs.appendChild(h('button', { type: 'button', role: 'tab', class: 'tab', id: `tab-${k}`, 'aria-controls': 'rq-panel', 'aria-selected': k === kind ? 'true' : 'false',
      tabindex: k === kind ? '0' : '-1', 'data-testid': `tab-${k}`, onclick: () => go('/review', k === 'event' ? {} : { kind: k }) }, name, counts[k]));
  }
  tabs.addEventListener('keydown', (ev) => {
    if (ev.key !== 'ArrowRight' && ev.key !== 'ArrowLeft') return;
    const i = KINDS.findIndex((k) => k[0] === kind);
    const n = KINDS[(i + (ev.key === 'ArrowRight' ? 1 : KINDS.length - 1)) % KINDS.length][0];
    go('/review', n === 'event' ? {} : { kind: n });
    setTimeout(() => { const t = document.getElementById('tab-' + n); if (t) t.focus(); }, 50);
  });
  page.appendChild(tabs);
  const keys = editor
    ? h('p', { class: 'keys' }, h('kbd', null, 'j'), '/', h('kbd', null, 'k'), ' or ', h('kbd', null, '↓'), '/', h('kbd', null, '↑'), ' move · ',
      h('kbd', null, 'c'), kind === 'merge' ? ' confirm they are one person · ' : ' confirm · ',
      h('kbd', null, 'x'), kind === 'merge' ? ' split (choose documents) · ' : ' reject · ',
      kind === 'event' ? [h('kbd', null, 'e'), ' correct · '] : null,
      h('kbd', null, 'Enter'), ' save a form · ', h('kbd', null, 'Esc'), ' cancel')
    : h('p', { class: 'keys' }, 'You can read the queue; editors decide.');
  page.appendChild(keys);
  const panel = h('section', { id: 'rq-panel', role: 'tabpanel', 'aria-labelledby': `tab-${kind}` });
  page.appendChild(panel);
  loading(panel);

  // counts for the tabs, in the background
  for (const [k] of KINDS) {
    api('GET', '/review' + qs({ kind: k, limit: 1 })).then((r) => { counts[k].textContent = `(${r.total})`; }).catch(() => {});
  }

  const r = await api('GET', '/review' + qs({ kind, offset, limit }));
  if (stale(seq)) return;
  clear(panel);
  let total = r.total;
  if (!r.items.length) {
    panel.appendChild(h('p', { class: 'empty', 'data-testid': 'review-empty' }, offset ? 'No more items on this page.' : 'Nothing is waiting for review here.'));
    if (offset) panel.appendChild(pager(total, offset, limit, (o) => go('/review', { kind: kind === 'event' ? '' : kind, offset: o || '' })));
    return;
  }
  const list = h('ol', { class: 'rq-list', 'aria-label': 'Items awaiting a decision' });
  panel.appendChild(list);
  const items = [];  // the entries still to decide, in page order
  let sel = 0;
  let formOpen = null;
  // Decisions are saved one after the other, in the background: the next
  // item is selected at once (a rejection or correction re-resolves the
  // collection, which takes seconds on a large one).
  let saving = Promise.resolve();
  let unsaved = 0;

  const select_ = (i, focus = true) => {
    if (!items.length) return;
    sel = Math.max(0, Math.min(items.length - 1, i));
    items.forEach((it, j) => it.el.classList.toggle('selected', j === sel));
    if (focus) { items[sel].el.focus({ preventScroll: true }); items[sel].el.scrollIntoView({ block: 'nearest' }); }
  };
  const closeForm = () => { if (formOpen) { formOpen.remove(); formOpen = null; } };
  const setBusy = (entry, busy) => {
    entry.el.classList.toggle('saving', busy);
    entry.el.setAttribute('aria-busy', busy ? 'true' : 'false');
    for (const b of entry.el.querySelectorAll('.actions button')) b.disabled = busy;
    entry.status.textContent = busy ? 'Saving…' : '';
  };
  // Takes the entry out of the queue and saves `work`; on failure the
  // entry comes back.
  const submit = (entry, work, done) => {
    closeForm();
    const i = items.indexOf(entry);
    if (i < 0) return;
    items.splice(i, 1);
    setBusy(entry, true);
    entry.el.tabIndex = -1;
    if (items.length) select_(Math.min(i, items.length - 1));
    unsaved += 1;
    saving = saving.then(work).then(() => {
      unsaved -= 1;
      entry.el.remove();
      total -= 1;
      counts[kind].textContent = `(${total})`;
      announce(done());
      if (!items.length && !unsaved) route();
    }, (e) => {
      unsaved -= 1;
      setBusy(entry, false);
      entry.el.tabIndex = 0;
      items.push(entry);
      items.sort((a, b) => (a.el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      if (e.status !== 401) announce(`Not saved: ${e.message}`, 'error');
    });
  };

  for (const it of r.items) {
    const entry = { data: it };
    entry.el = kind === 'event' ? reviewEventItem(it) : reviewPersonItem(it, kind);
    entry.el.tabIndex = 0;
    entry.status = h('span', { class: 'saving-note', 'aria-hidden': 'true' });
    entry.el.querySelector('.rq-head').appendChild(entry.status);
    entry.el.addEventListener('focus', () => { const i = items.indexOf(entry); if (i >= 0 && i !== sel) select_(i, false); });
    entry.el.addEventListener('click', (ev) => { if (items.includes(entry) && !ev.target.closest('a,button,input,select,textarea')) select_(items.indexOf(entry)); });
    if (editor) {
      const bar = h('div', { class: 'btn-row actions' });
      const act = (name) => () => decide(entry, name);
      if (kind === 'event') {
        bar.appendChild(h('button', { type: 'button', class: 'btn btn-ok btn-small', 'data-testid': 'rq-confirm', onclick: act('confirm') }, 'Confirm (c)'));
        bar.appendChild(h('button', { type: 'button', class: 'btn btn-secondary btn-small', 'data-testid': 'rq-correct', onclick: act('correct') }, 'Correct (e)'));
        bar.appendChild(h('button', { type: 'button', class: 'btn btn-danger btn-small', 'data-testid': 'rq-reject', onclick: act('reject') }, 'Reject (x)'));
      } else if (kind === 'person') {
        bar.appendChild(h('button', { type: 'button', class: 'btn btn-ok btn-small', 'data-testid': 'rq-confirm', onclick: act('confirm') }, 'Confirm as a case (c)'));
        bar.appendChild(h('button', { type: 'button', class: 'btn btn-danger btn-small', 'data-testid': 'rq-reject', onclick: act('reject') }, 'Reject (x)'));
      } else {
        bar.appendChild(h('button', { type: 'button', class: 'btn btn-ok btn-small', 'data-testid': 'rq-confirm', onclick: act('confirm') }, 'One person (c)'));
        bar.appendChild(h('button', { type: 'button', class: 'btn btn-danger btn-small', 'data-testid': 'rq-reject', onclick: act('reject') }, 'Split… (x)'));
      }
      entry.el.appendChild(bar);
    }
    items.push(entry);
    list.appendChild(entry.el);
  }
  panel.appendChild(pager(total, offset, limit, (o) => go('/review', { kind: kind === 'event' ? '' : kind, offset: o || '' })));

  const left = () => plural(Math.max(0, total - 1), kind === 'event' ? 'event' : 'person') + ' left';
  function decide(entry, action) {
    const it = entry.data;
    if (!items.includes(entry)) return;
    closeForm();
    const cancel = () => { closeForm(); select_(items.indexOf(entry)); };
    if (kind === 'event' && action === 'correct') {
      formOpen = correctForm(it, async (body) => {
        submit(entry, () => api('POST', `/events/${it.id}/review`, body),
          () => `Corrected: ${label(body.type)}${body.date ? ' ' + body.date : ''}. ${left()}.`);
      }, cancel);
      entry.el.appendChild(formOpen);
    } else if (kind === 'event') {
      submit(entry, () => api('POST', `/events/${it.id}/review`, { action }),
        () => `${cap(it.type)} ${action === 'confirm' ? 'confirmed' : 'rejected'}. ${left()}.`);
    } else if (kind === 'person' || action === 'confirm') {
      submit(entry, () => api('POST', `/persons/${it.id}/review`, { action }),
        () => `${it.name} ${action === 'confirm' ? 'confirmed' : 'rejected'}. ${left()}.`);
    } else {
      formOpen = splitForm(it, async (ids) => {
        submit(entry, () => api('POST', `/persons/${it.id}/split`, { doc_ids: ids }),
          () => `Split ${plural(ids.length, 'document')} off ${it.name}.`);
      }, cancel);
      entry.el.appendChild(formOpen);
    }
  }

  if (editor || items.length) {
    state.keyHandler = (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
      const t = ev.target;
      if (t && t.closest && t.closest('input, select, textarea, form')) return;
      const k = ev.key;
      if (k === 'j' || k === 'ArrowDown') { ev.preventDefault(); select_(sel + 1); }
      else if (k === 'k' || k === 'ArrowUp') { ev.preventDefault(); select_(sel - 1); }
      else if (!editor || !items[sel]) return;
      else if (k === 'c') { ev.preventDefault(); decide(items[sel], 'confirm'); }
      else if (k === 'x') { ev.preventDefault(); decide(items[sel], 'reject'); }
      else if (k === 'e' && kind === 'event') { ev.preventDefault(); decide(items[sel], 'correct'); }
      else if (k === 'Escape') closeForm();
    };
  }
  select_(0, false);
}

function reviewEventItem(e) {
  const cat = CATEGORY[e.type] || 'grave';
  return h('li', { class: `rq-item cat-${cat}`, 'data-testid': 'rq-item', 'data-event-id': e.id, 'aria-label': `${label(e.type)} — ${e.person || 'person #' + e.person_id}, ${e.date || 'undated'}` },
    h('div', { class: 'rq-head' },
      h('strong', { class: 'tl-type' }, label(e.type)),
      h('span', null, e.date || 'undated', e.precision && e.precision !== 'day' && e.precision !== 'unknown' ? ` (${e.precision})` : ''),
      h('a', { href: `#/persons/${e.person_id}` + qs({ event: e.id }) }, e.person || `person #${e.person_id}`),
      e.certainty === 'alleged' ? h('span', { class: 'badge badge-alleged' }, 'alleged') : null,
      h('span', { class: 'muted small' }, [e.detail, e.place].filter(Boolean).join(' · ')),
      h('span', { class: 'muted small', style: 'margin-left:auto' }, `${plural((e.sources || []).length, 'source')}, corroborated by ${e.corroboration || 0}`)),
    conflictNotes(e),
    renderSources(e.sources, 2));
}

function reviewPersonItem(p, kind) {
  return h('li', { class: 'rq-item', 'data-testid': 'rq-item', 'data-person-id': p.id, 'aria-label': `${p.name}, ${plural((p.documents || []).length, 'document')}` },
    h('div', { class: 'rq-head' },
      h('a', { href: `#/persons/${p.id}` }, h('strong', null, p.name)),
      h('span', { class: 'muted small' }, `#${p.id}`),
      h('span', null, (p.roles || []).map(label).join(', ')),
      h('span', { class: 'muted small' }, `${p.status || 'unknown'} · ${plural(p.event_count || 0, 'event')} · ${plural(p.source_count || 0, 'source')}`)),
    kind === 'merge' ? h('div', { class: 'names', style: 'margin:.35rem 0' }, (p.names || []).map((n) => h('span', { class: 'name-chip' }, n))) : null,
    h('ul', { class: 'doc-list' }, (p.documents || []).map((d) => h('li', null,
      `as “${d.name}” (${label(d.role)}) in `, h('a', { href: `#/documents/${d.doc_id}` }, d.title || `#${d.doc_id}`),
      h('span', { class: 'muted small' }, ` — ${d.publisher || 'unknown publisher'}, ${d.published || 'undated'}`)))));
}

function splitForm(p, onSubmit, onCancel) {
  const boxes = (p.documents || []).map((d) => {
    const cb = h('input', { type: 'checkbox', value: d.doc_id });
    return { cb, el: h('label', { style: 'font-weight:normal;display:flex;gap:.4rem' }, cb, `#${d.doc_id} as “${d.name}” — ${d.title}`) };
  });
  const err = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const form = h('form', { class: 'inline-form', 'aria-label': `Split documents off ${p.name}` },
    h('fieldset', { style: 'border:none;padding:0;margin:0' }, h('legend', { style: 'font-weight:600;padding:0' }, 'Which documents name someone else?'), boxes.map((b) => b.el)),
    h('div', { class: 'btn-row', style: 'margin-top:.5rem' }, h('button', { type: 'submit', class: 'btn btn-small' }, 'Split off'),
      h('button', { type: 'button', class: 'btn btn-quiet btn-small', onclick: onCancel }, 'Cancel')), err);
  form.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') { ev.preventDefault(); ev.stopPropagation(); onCancel(); }
    if (ev.key === 'Enter' && ev.target.type === 'checkbox') { ev.preventDefault(); form.requestSubmit(); }
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const ids = boxes.filter((b) => b.cb.checked).map((b) => Number(b.cb.value));
    if (!ids.length || ids.length === boxes.length) { err.hidden = false; err.textContent = 'Choose some documents, but not all of them.'; return; }
    try { await onSubmit(ids); } catch (e) { if (e.status !== 401) { err.hidden = false; err.textContent = e.message; } }
  });
  setTimeout(() => { if (boxes[0]) boxes[0].cb.focus(); }, 0);
  return form;
}

// ---------------------------------------------------------------- upload

function viewUpload(page) {
  document.title = 'Upload · Dossier';
  page.appendChild(h('div', { class: 'page-head' }, h('h1', null, 'Upload documents')));
  if (!can('editor')) { page.appendChild(h('p', { class: 'notice' }, 'Only editors and admins can add documents.')); return; }
  let files = [];
  const input = h('input', { type: 'file', multiple: true, class: 'sr-only', id: 'upload-input', 'data-testid': 'upload-input',
    accept: '.txt,.text,.html,.htm,.xhtml,.pdf,.md,text/plain,text/html,application/pdf' });
  const zone = h('label', { class: 'dropzone', for: 'upload-input', 'data-testid': 'dropzone' },
    h('strong', null, 'Drop files here, or choose files'),
    h('span', { class: 'muted small' }, 'Statements, news pages and reports: text, HTML or PDF, up to 32 MB in all. Any encoding.'));
  const listEl = h('ul', { class: 'file-list' });
  const go_ = h('button', { type: 'button', class: 'btn', disabled: true, 'data-testid': 'upload-submit' }, 'Upload');
  const results = h('section', { 'aria-live': 'polite' });
  const setFiles = (fl) => {
    files = [...fl];
    clear(listEl);
    for (const f of files) listEl.appendChild(h('li', null, `${f.name} — ${Math.max(1, Math.round(f.size / 1024))} KB`));
    go_.disabled = !files.length;
    go_.textContent = files.length ? `Upload ${plural(files.length, 'file')}` : 'Upload';
  };
  input.addEventListener('change', () => setFiles(input.files));
  zone.addEventListener('dragover', (ev) => { ev.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (ev) => { ev.preventDefault(); zone.classList.remove('over'); if (ev.dataTransfer) setFiles(ev.dataTransfer.files); });
  go_.addEventListener('click', async () => {
    if (!files.length) return;
    const fd = new FormData();
    for (const f of files) fd.append('file', f, f.name);
    go_.disabled = true; go_.textContent = 'Uploading…';
    clear(results).appendChild(h('p', { class: 'loading' }, `Uploading and reading ${plural(files.length, 'file')}…`));
    try {
      const r = await api('POST', '/documents', fd);
      const tbody = h('tbody');
      for (const x of r.results || []) {
        tbody.appendChild(h('tr', { 'data-testid': 'upload-result' }, h('td', null, x.file), h('td', null, h('span', { class: `badge badge-${x.status}` }, x.status)),
          h('td', null, x.id ? h('a', { href: `#/documents/${x.id}` }, x.title || `Document #${x.id}`) : (x.title || '—')),
          h('td', { class: 'small' }, x.error || '')));
      }
      const n = (r.results || []).filter((x) => x.status === 'added').length;
      clear(results).append(h('h2', null, 'Results'), h('div', { class: 'table-wrap' }, h('table', null,
        h('thead', null, h('tr', null, ['File', 'Result', 'Document', 'Error'].map((t) => h('th', { scope: 'col' }, t)))), tbody)));
      announce(`${plural(n, 'document')} added.`);
      setFiles([]); input.value = '';
    } catch (e) {
      if (e.status !== 401) clear(results).appendChild(h('p', { class: 'error-box', role: 'alert' }, e.message));
      go_.disabled = false; go_.textContent = `Upload ${plural(files.length, 'file')}`;
    }
  });
  append(page, [input, zone, listEl, h('div', { class: 'upload-actions' }, go_), results]);
}

// ---------------------------------------------------------------- export

function viewExport(page) {
  document.title = 'Export · Dossier';
  const item = (fmt, title, text) => h('li', null, h('h2', null, title), h('p', { class: 'small muted' }, text),
    h('a', { class: 'btn btn-secondary', href: `/api/v1/export?format=${fmt}`, download: `dossier-${fmt}.${fmt === 'jsonl' ? 'jsonl' : 'json'}`, 'data-testid': `export-${fmt}` }, `Download ${fmt.toUpperCase()}`));
  append(page, [h('div', { class: 'page-head' }, h('h1', null, 'Export')),
    h('p', null, 'The whole collection, as stored now. Exports contain the original documents and every extracted fact: keep them as safe as the database.'),
    h('ul', { class: 'export-list' },
      item('json', 'JSON', 'Everything: documents with their original bytes, clean text, metadata, extraction, persons, events, sources and overrides; dossier import reads it back.'),
      item('jsonl', 'JSON Lines', 'The same records, one per line, for streaming tools and large collections.'),
      item('huridocs', 'HURIDOCS', 'Events, acts, victims and information records after the HURIDOCS Events Standard Formats, for documentation systems.'))]);
}

// ---------------------------------------------------------------- admin

async function viewAdmin(page, params, seq) {
  document.title = 'Admin · Dossier';
  const offset = Number(params.get('offset') || 0), limit = 50;
  page.appendChild(h('div', { class: 'page-head' }, h('h1', null, 'Administration')));
  const grid = h('div', { class: 'admin-grid' });
  const usersSec = h('section', { class: 'panel', 'aria-labelledby': 'users-h' }, h('h2', { id: 'users-h' }, 'Accounts'));
  const auditSec = h('section', { class: 'panel', 'aria-labelledby': 'audit-h' }, h('h2', { id: 'audit-h' }, 'Audit log'));
  append(grid, [usersSec, auditSec]);
  page.appendChild(grid);
  const [users, audit] = await Promise.all([api('GET', '/users'), api('GET', '/audit' + qs({ offset, limit }))]);
  if (stale(seq)) return;

  const tbody = h('tbody');
  for (const u of users.items || []) {
    const roleSel = select('role', ['viewer', 'editor', 'admin'], u.role, { 'aria-label': `Role of ${u.name}`, 'data-testid': `role-${u.name}` });
    roleSel.addEventListener('change', async () => {
      try { await api('PATCH', `/users/${encodeURIComponent(u.name)}`, { role: roleSel.value }); announce(`${u.name} is now ${roleSel.value}.`); route(); } catch (e) { if (e.status !== 401) { announce(e.message, 'error'); roleSel.value = u.role; } }
    });
    const del = h('button', { type: 'button', class: 'btn btn-danger btn-small', 'aria-label': `Delete ${u.name}`, disabled: u.name === state.user.name }, 'Delete');
    del.addEventListener('click', async () => {
      if (!confirm(`Delete the account ${u.name}?`)) return;
      try { await api('DELETE', `/users/${encodeURIComponent(u.name)}`); announce(`${u.name} deleted.`); route(); } catch (e) { if (e.status !== 401) announce(e.message, 'error'); }
    });
    tbody.appendChild(h('tr', { 'data-testid': 'user-row' }, h('td', null, h('strong', null, u.name), u.name === state.user.name ? h('span', { class: 'muted small' }, ' (you)') : null),
      h('td', null, roleSel), h('td', { class: 'small muted' }, fmtWhen(u.created_at)), h('td', null, del)));
  }
  usersSec.appendChild(h('div', { class: 'table-wrap' }, h('table', null,
    h('thead', null, h('tr', null, ['Name', 'Role', 'Since', ''].map((t) => h('th', { scope: 'col' }, t)))), tbody)));

  const nameIn = h('input', { type: 'text', name: 'name', autocomplete: 'off', pattern: '[A-Za-z0-9._\\-]+', required: true, 'data-testid': 'new-user-name' });
  const passIn = h('input', { type: 'password', name: 'password', autocomplete: 'new-password', minlength: '8', required: true, 'data-testid': 'new-user-password' });
  const roleIn = select('role', ['viewer', 'editor', 'admin'], 'viewer', { 'data-testid': 'new-user-role' });
  const err = h('p', { class: 'form-error', role: 'alert', hidden: true });
  const add = h('form', { 'aria-labelledby': 'add-h', style: 'margin-top:1rem' }, h('h3', { id: 'add-h' }, 'Add an account'),
    field('Name', nameIn, 'letters, digits, . _ -'), field('Password', passIn, 'at least 8 characters'), field('Role', roleIn),
    h('button', { type: 'submit', class: 'btn', 'data-testid': 'new-user-submit' }, 'Add account'), err);
  add.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    err.hidden = true;
    if (!/^[A-Za-z0-9._-]+$/.test(nameIn.value.trim())) { err.hidden = false; err.textContent = 'Names use letters, digits, dot, underscore and hyphen.'; nameIn.focus(); return; }
    if (passIn.value.length < 8) { err.hidden = false; err.textContent = 'The password needs at least 8 characters.'; passIn.focus(); return; }
    try {
      await api('POST', '/users', { name: nameIn.value.trim(), password: passIn.value, role: roleIn.value });
      announce(`Account ${nameIn.value.trim()} added.`);
      route();
    } catch (e) { if (e.status !== 401) { err.hidden = false; err.textContent = e.message; } }
  });
  usersSec.appendChild(add);

  const at = h('tbody');
  for (const a of audit.items || []) {
    at.appendChild(h('tr', { 'data-testid': 'audit-row' }, h('td', { class: 'small', style: 'white-space:nowrap' }, fmtWhen(a.at)), h('td', null, a.user),
      h('td', null, a.action), h('td', null, a.target), h('td', { class: 'small muted' }, a.detail)));
  }
  auditSec.appendChild(audit.total ? h('div', { class: 'table-wrap' }, h('table', null,
    h('thead', null, h('tr', null, ['When', 'Who', 'Action', 'Target', 'Detail'].map((t) => h('th', { scope: 'col' }, t)))), at)) : h('p', { class: 'empty' }, 'Nothing recorded yet.'));
  auditSec.appendChild(pager(audit.total, offset, limit, (o) => go('/admin', { offset: o || '' }), 'entry'));
}

// ---------------------------------------------------------------- start

document.addEventListener('keydown', (ev) => { if (state.keyHandler) state.keyHandler(ev); });
// A new page starts at the top, unless it scrolls to a passage or an event itself.
window.addEventListener('hashchange', () => {
  if (!state.user) return;
  const { params } = parseHash();
  const target = params.has('start16') || params.has('start') || params.has('event');
  if (!target) window.scrollTo(0, 0);
  route();
});

async function start() {
  document.getElementById('logout').addEventListener('click', logout);
  const skip = document.querySelector('[data-skip]');
  skip.addEventListener('click', (ev) => { ev.preventDefault(); $main().focus(); });
  try {
    const me = await api('GET', '/me', undefined, { noRedirect: true });
    state.user = me.user; state.csrf = me.csrf_token;
    await route();
  } catch (e) {
    showLogin(e.status === 401 || e.status === 403 ? '' : e.message);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
