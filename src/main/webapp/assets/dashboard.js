// Delivery Tracker dashboard. Plain ES2020 module, no dependencies, CSP-clean (no inline styles or
// handlers, no innerHTML): every piece of API data reaches the page through textContent or attributes.

const KEY_STORAGE = 'tracker.apiKey';
const LIST_LIMIT = 50;
const POLL_INTERVAL_MS = 2000;
const FIRST_STREAM_RETRY_MS = 15000;
const MAX_STREAM_RETRY_MS = 60000;
// The server sends a keep-alive about every 20 s; longer silence means a connection that a proxy keeps
// open but that no longer carries anything.
const STREAM_SILENCE_MS = 50000;
// A stream only carries the changes stored by the instance it is connected to; behind a load balancer
// the others' changes show up through this slow re-read.
const SSE_RESYNC_MS = 60000;
const CHART_INTERVAL_MS = 10000;
const CHART_MIN_GAP_MS = 2000;
const WINDOWS = { hour: 3600e3, day: 86400e3 };
const SVG_NS = 'http://www.w3.org/2000/svg';
const LATENCY_LABELS = ['<1s', '1–2s', '2–5s', '5–10s', '10–30s', '30–60s', '1–5m', '>5m'];

const state = {
  mode: null,
  devApiKey: null,
  scenarios: [],
  apiKey: null,
  session: 0, // bumped on sign-in and sign-out, so async work started for an older session drops its result
  messages: [], // newest first, at most LIST_LIMIT
  rows: new Map(), // message id -> <tr>
  selectedId: null,
  unsent: null, // { content, key }: the Idempotency-Key of the content in the send form until it is accepted
  announced: { id: null, status: null },
  timelineJob: { running: false, again: false },
  timelineSignature: null,
  errorInfo: new Map(), // Twilio error code -> Promise<explanation | null>
  transport: {
    kind: 'connecting', controller: null, polling: false, pollTimer: null, retryTimer: null, resyncTimer: null,
    failures: 0, retryInMs: 0, problem: false,
  },
  charts: { window: 'hour', timer: null, throttleTimer: null, lastRun: 0, running: false, again: false },
};

const $ = (selector) => document.querySelector(selector);

/* ---------------------------------------------------------------- dom + formatting helpers */

function append(node, children) {
  for (const child of [].concat(children)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function el(tag, props = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'className') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'on') Object.entries(value).forEach(([type, fn]) => node.addEventListener(type, fn));
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  return append(node, children);
}

function svg(tag, attrs = {}, children = []) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  }
  return append(node, children);
}

const fmtNum = (n) => (n === null || n === undefined || Number.isNaN(Number(n)) ? '—' : Number(n).toLocaleString());
const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const dayAndTime = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
const dayAndSeconds = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
const fullDate = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });

function parseDate(iso) {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

const isToday = (date) => date.toDateString() === new Date().toDateString();
const shortTime = (date) => (isToday(date) ? timeOfDay.format(date) : dayAndTime.format(date));
const secondsTime = (date) => (isToday(date) ? timeOfDay.format(date) : dayAndSeconds.format(date));

function timeNode(iso, format = fullDate.format) {
  const date = parseDate(iso);
  if (!date) return el('span', { className: 'muted', text: '—' });
  return el('time', { datetime: date.toISOString(), title: String(iso), text: format(date) });
}

function formatMs(ms) {
  if (ms === null || ms === undefined) return '—';
  if (ms < 1000) return `${Math.round(ms).toLocaleString()} ms`;
  if (ms < 60000) return `${(ms / 1000).toLocaleString(undefined, { maximumFractionDigits: ms < 10000 ? 2 : 1 })} s`;
  return `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;
}

const truncate = (text, max) => (text && text.length > max ? `${text.slice(0, max - 1)}…` : text || '');
const counterpart = (m) => (m.direction === 'inbound' ? m.from : m.to) || '—';
const safeUrl = (url) => (typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null);
const asList = (value) => (Array.isArray(value) ? value : value ? [value] : []).filter((x) => typeof x === 'string' && x.trim());

function badge(status) {
  const value = status || 'unknown';
  return el('span', { className: 'badge', dataset: { status: value }, text: value });
}

function flash(node) {
  if (!node) return;
  node.classList.remove('flash');
  void node.getBoundingClientRect(); // restarts the CSS animation when the class was already there
  node.classList.add('flash');
}

function uuid() {
  if (crypto.randomUUID) return crypto.randomUUID();
  // randomUUID only exists in secure contexts; a plain-http deployment still needs an idempotency key.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/* ---------------------------------------------------------------- api */

class ApiError extends Error {
  constructor(status, problem) {
    super(problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

class NetworkError extends Error {}

const isQuiet = (err) => err?.name === 'AbortError' || (err instanceof ApiError && err.status === 401);

async function readBody(res) {
  if (res.status === 204) return null;
  const text = await res.text().catch(() => '');
  if (!text) return null;
  const type = res.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try { return JSON.parse(text); } catch { return null; }
  }
  return type.includes('html') ? null : text;
}

function toProblem(data, res) {
  if (data && typeof data === 'object') return { status: res.status, ...data };
  return { status: res.status, title: res.statusText || `HTTP ${res.status}`, detail: typeof data === 'string' ? truncate(data, 300) : null };
}

async function api(path, { method = 'GET', json, headers = {}, auth = true } = {}) {
  const session = state.session;
  const init = { method, cache: 'no-store', headers: { Accept: 'application/json', ...headers } };
  if (auth) init.headers.Authorization = `Bearer ${state.apiKey}`;
  if (json !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(json);
  }
  let res;
  try {
    res = await fetch(path, init);
  } catch (err) {
    if (err.name === 'AbortError') throw err;
    throw new NetworkError('Cannot reach the server');
  }
  const data = await readBody(res);
  if (res.status === 401 && auth && session === state.session) signOut('The API key was refused. Enter a valid key.');
  if (!res.ok) throw new ApiError(res.status, toProblem(data, res));
  return data;
}

function rememberErrorInfo(info) {
  if (info && info.code !== null && info.code !== undefined && !state.errorInfo.has(String(info.code))) {
    state.errorInfo.set(String(info.code), Promise.resolve(info));
  }
}

function errorInfo(code) {
  if (code === null || code === undefined || code === '') return Promise.resolve(null);
  const key = String(code);
  if (!state.errorInfo.has(key)) {
    const pending = api(`api/errors/${encodeURIComponent(key)}`).catch((err) => {
      if (!(err instanceof ApiError && err.status === 404)) state.errorInfo.delete(key); // retry transient failures later
      return null;
    });
    state.errorInfo.set(key, pending);
  }
  return state.errorInfo.get(key);
}

/* ---------------------------------------------------------------- notices */

function toast(text, kind = 'error') {
  const box = $('#toasts');
  if ([...box.children].some((t) => t.dataset.text === text)) return;
  const item = el('div', { className: `toast toast-${kind}`, role: kind === 'error' ? 'alert' : 'status', dataset: { text } }, [
    el('span', { text }),
    el('button', { type: 'button', className: 'toast-close', 'aria-label': 'Dismiss', text: '×', on: { click: () => item.remove() } }),
  ]);
  box.append(item);
  setTimeout(() => item.remove(), 7000);
}

function describeError(err) {
  if (err instanceof ApiError) return [err.problem.title || err.message, err.problem.detail].filter(Boolean).join(' — ');
  return err?.message || String(err);
}

function reportError(what, err) {
  if (!isQuiet(err)) toast(`${what}: ${describeError(err)}`);
}

function announce(text) {
  const region = $('#live-announcer');
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50); // a fresh text node makes screen readers repeat equal text
}

function announceSelected(message, force = false) {
  if (!message || message.id !== state.selectedId) return;
  const last = state.announced;
  if (!force && last.id === message.id && last.status === message.status) return;
  state.announced = { id: message.id, status: message.status };
  announce(`${counterpart(message)}: ${message.status}`);
}

function markUpdated() {
  $('#last-update').textContent = `Updated ${timeOfDay.format(new Date())}`;
}

/* ---------------------------------------------------------------- problems (RFC 9457) */

function problemView(problem) {
  const box = el('div', { className: 'problem' }, [
    el('p', { className: 'problem-title' }, [
      el('strong', { text: problem.title || 'Request failed' }),
      problem.status ? el('span', { className: 'muted', text: ` (HTTP ${problem.status})` }) : null,
    ]),
    problem.detail ? el('p', { text: problem.detail }) : null,
  ]);
  const fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
  if (fieldErrors.length) {
    box.append(el('ul', { className: 'field-errors' }, fieldErrors.map((e) =>
      el('li', {}, [e.field ? el('code', { text: e.field }) : null, e.field ? ': ' : null, e.message || 'invalid']))));
  }
  if (problem.twilioCode !== null && problem.twilioCode !== undefined) {
    const line = el('p', { className: 'problem-twilio' }, [el('span', { text: 'Twilio error ' }), el('code', { text: String(problem.twilioCode) })]);
    box.append(line);
    errorInfo(problem.twilioCode).then((info) => {
      if (!info) return;
      append(line, [` — ${info.title || ''}`]);
      if (info.description) line.after(el('p', { className: 'muted', text: info.description }));
    });
  }
  return box;
}

/* ---------------------------------------------------------------- session (key) */

function readStoredKey() {
  try { return sessionStorage.getItem(KEY_STORAGE); } catch { return null; }
}

function storeKey(key) {
  try {
    if (key) sessionStorage.setItem(KEY_STORAGE, key);
    else sessionStorage.removeItem(KEY_STORAGE);
  } catch { /* storage disabled: the key lives for this page only */ }
}

function showKeyForm(message = '') {
  $('#app').hidden = true;
  $('#sign-out').hidden = true;
  $('#key-panel').hidden = false;
  $('#key-error').textContent = message;
  $('#use-dev-key').hidden = !state.devApiKey;
  $('#key-input').value = '';
  $('#key-input').focus();
}

function signIn(key) {
  state.apiKey = key;
  storeKey(key);
  state.session += 1;
  const session = state.session;
  $('#key-panel').hidden = true;
  $('#app').hidden = false;
  $('#sign-out').hidden = false;
  setTransport('connecting');
  startCharts();
  // not left to the stream's ready event: a proxy that buffers the stream would keep the page empty
  loadList()
    .catch((err) => reportError('Could not load messages', err))
    .finally(() => { if (session === state.session) openStream(); });
}

function signOut(message) {
  state.session += 1;
  stopTransport();
  stopCharts();
  state.apiKey = null;
  storeKey(null);
  clearData();
  delete document.body.dataset.transport;
  renderTransport();
  showKeyForm(message);
}

function clearData() {
  state.messages = [];
  state.rows.clear();
  state.selectedId = null;
  $('#messages tbody').replaceChildren();
  $('#timeline').dataset.messageId = '';
  $('#timeline-body').replaceChildren(el('p', { className: 'empty', text: 'Select a message to see its history.' }));
  $('#send-result').replaceChildren();
  $('#send-result').removeAttribute('data-message-id');
}

/* ---------------------------------------------------------------- list */

// Stream events and list reloads can cross on the wire; an older snapshot must never overwrite a newer one.
function isOlder(candidate, current) {
  const a = parseDate(candidate.updatedAt);
  const b = parseDate(current.updatedAt);
  return Boolean(a && b && a < b);
}

async function loadList() {
  const session = state.session;
  const page = await api(`api/messages?limit=${LIST_LIMIT}`);
  if (session !== state.session) return;
  renderList(Array.isArray(page?.items) ? page.items : []);
  markUpdated();
}

function renderList(items) {
  const previous = new Map(state.messages.map((m) => [m.id, m]));
  state.messages = items.slice(0, LIST_LIMIT).map((m) => {
    const prev = previous.get(m.id);
    return prev && isOlder(m, prev) ? prev : m;
  });
  const keep = new Set(state.messages.map((m) => m.id));
  for (const [id, tr] of state.rows) {
    if (!keep.has(id)) { tr.remove(); state.rows.delete(id); }
  }
  const tbody = $('#messages tbody');
  let cursor = tbody.firstChild;
  for (const m of state.messages) {
    const prev = previous.get(m.id);
    const tr = rowFor(m, prev);
    // Only move rows that are out of place: moving a node drops keyboard focus from it.
    if (tr === cursor) cursor = cursor.nextSibling;
    else tbody.insertBefore(tr, cursor);
    announceSelected(m);
  }
  updateListMeta();
}

function upsertMessage(m) {
  if (!m || !m.id) return;
  const index = state.messages.findIndex((x) => x.id === m.id);
  if (index >= 0) {
    const prev = state.messages[index];
    if (isOlder(m, prev)) return;
    state.messages[index] = m;
    rowFor(m, prev);
  } else {
    insertMessage(m);
  }
  announceSelected(m);
  updateListMeta();
}

function insertMessage(m) {
  const created = parseDate(m.createdAt)?.getTime() ?? Date.now();
  let index = state.messages.findIndex((x) => (parseDate(x.createdAt)?.getTime() ?? 0) <= created);
  if (index < 0) index = state.messages.length;
  if (index >= LIST_LIMIT) return; // older than everything on the first page
  state.messages.splice(index, 0, m);
  const tr = rowFor(m, null);
  const tbody = $('#messages tbody');
  tbody.insertBefore(tr, tbody.children[index] || null);
  flash(tr.querySelector('.badge'));
  while (state.messages.length > LIST_LIMIT) {
    const dropped = state.messages.pop();
    state.rows.get(dropped.id)?.remove();
    state.rows.delete(dropped.id);
  }
}

function rowFor(m, prev) {
  let tr = state.rows.get(m.id);
  if (!tr) {
    tr = el('tr', { tabindex: 0, dataset: { id: m.id } }, ['time', 'dir', 'party', 'body', 'status', 'error']
      .map((name) => el('td', { className: `col-${name}` })));
    tr.cells[4].append(badge(m.status));
    state.rows.set(m.id, tr);
  }
  fillRow(tr, m);
  if (prev && (prev.status !== m.status || prev.errorCode !== m.errorCode)) flash(tr.querySelector('.badge'));
  return tr;
}

function fillRow(tr, m) {
  const [time, dir, party, body, status, error] = tr.cells;
  time.replaceChildren(timeNode(m.createdAt, shortTime));
  dir.replaceChildren(el('span', { className: 'dir', dataset: { direction: m.direction || '' }, text: directionLabel(m.direction) }));
  party.textContent = counterpart(m);
  body.textContent = truncate(m.body, 120);
  body.title = m.body || '';
  const statusBadge = status.querySelector('.badge');
  statusBadge.textContent = m.status || 'unknown';
  statusBadge.dataset.status = m.status || 'unknown';
  status.querySelector('.stale')?.remove();
  if (m.stale) status.append(el('span', { className: 'stale', title: 'No longer polled: past the give-up horizon', text: 'stale' }));
  error.textContent = m.errorCode ?? '';
  error.title = m.errorMessage || m.error?.title || '';
  tr.classList.toggle('selected', m.id === state.selectedId);
  if (m.id === state.selectedId) tr.setAttribute('aria-current', 'true');
  else tr.removeAttribute('aria-current');
}

const directionLabel = (d) => ({ outbound: 'out', inbound: 'in', reply: 'reply' }[d] || d || '—');

function updateListMeta() {
  const count = state.messages.length;
  $('#messages-empty').hidden = count > 0;
  $('#list-count').textContent = count ? `${count.toLocaleString()} latest` : '';
}

function onListActivate(event) {
  const tr = event.target.closest('tr[data-id]');
  if (!tr) return;
  if (event.type === 'click') { selectMessage(tr.dataset.id); return; }
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    selectMessage(tr.dataset.id);
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    (event.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling)?.focus();
  }
}

/* ---------------------------------------------------------------- timeline */

function selectMessage(id) {
  if (!id) return;
  const changed = id !== state.selectedId;
  state.selectedId = id;
  $('#timeline').dataset.messageId = id;
  for (const [rowId, tr] of state.rows) {
    tr.classList.toggle('selected', rowId === id);
    if (rowId === id) tr.setAttribute('aria-current', 'true');
    else tr.removeAttribute('aria-current');
  }
  if (changed) {
    state.announced = { id: null, status: null };
    state.timelineSignature = null;
    $('#timeline-body').replaceChildren(el('p', { className: 'empty', text: 'Loading…' }));
  }
  refreshTimeline();
}

// Coalesces bursts of refresh requests: at most one load runs, and one more follows if asked meanwhile.
async function refreshTimeline() {
  const job = state.timelineJob;
  if (job.running) { job.again = true; return; }
  job.running = true;
  try {
    do {
      job.again = false;
      await loadTimeline(state.selectedId);
    } while (job.again);
  } finally {
    job.running = false;
  }
}

async function loadTimeline(id) {
  if (!id) return;
  const session = state.session;
  const path = `api/messages/${encodeURIComponent(id)}`;
  try {
    const [message, events] = await Promise.all([api(path), api(`${path}/events`)]);
    if (session !== state.session || id !== state.selectedId) return;
    rememberErrorInfo(message.error);
    if (state.rows.has(id)) upsertMessage(message);
    // Polling asks every 2 s; re-rendering an unchanged timeline would only reset text selection and focus.
    const signature = JSON.stringify([message, events]);
    if (signature !== state.timelineSignature) {
      state.timelineSignature = signature;
      renderTimeline(message, Array.isArray(events) ? events : []);
    }
    announceSelected(message, state.announced.id !== id);
  } catch (err) {
    if (isQuiet(err) || session !== state.session || id !== state.selectedId) return;
    const body = $('#timeline-body');
    if (err instanceof ApiError && err.status === 404) {
      body.replaceChildren(el('p', { className: 'empty', text: 'This message does not exist (any more).' }));
    } else if (!body.querySelector('.tl-summary')) {
      body.replaceChildren(el('p', { className: 'inline-error', text: `Could not load the message: ${describeError(err)}` }));
    }
  }
}

function renderTimeline(m, events) {
  const parts = [
    summaryView(m),
    m.errorCode !== null && m.errorCode !== undefined ? errorView(m) : null,
    relationsView(m),
    historyView(events),
  ];
  $('#timeline-body').replaceChildren(...parts.filter(Boolean));
}

function summaryView(m) {
  const facts = el('dl', { className: 'facts' });
  const fact = (label, value) => {
    if (value === null || value === undefined || value === '') return;
    facts.append(el('div', {}, [el('dt', { text: label }), el('dd', {}, [value])]));
  };
  fact('Direction', directionLabel(m.direction));
  fact('From', m.from);
  fact('To', m.to);
  fact('SID', m.sid ? el('code', { text: m.sid }) : el('span', { className: 'muted', text: 'not assigned' }));
  fact('ID', el('code', { text: m.id }));
  fact('Created', timeNode(m.createdAt));
  if (m.dateSent) fact('Sent', timeNode(m.dateSent));
  if (m.deliveredAt) fact('Delivered', timeNode(m.deliveredAt));
  if (m.deliveryMillis !== null && m.deliveryMillis !== undefined) {
    fact('Time to delivered', `${(m.deliveryMillis / 1000).toLocaleString(undefined, { maximumFractionDigits: 2 })} s`);
  }
  if (m.updatedAt) fact('Updated', timeNode(m.updatedAt));
  fact('Country', m.country);
  if (m.pollCount) fact('Polls', fmtNum(m.pollCount));
  return el('div', { className: 'tl-summary' }, [
    el('div', { className: 'tl-head' }, [
      badge(m.status),
      el('span', { className: 'tl-party', text: `${m.direction === 'inbound' ? 'From' : 'To'} ${counterpart(m)}` }),
      m.stale ? el('span', { className: 'stale', title: 'Past the give-up horizon and still not final: no longer polled', text: 'stale' }) : null,
    ]),
    el('p', { className: 'tl-body', text: m.body || '(no text)' }),
    facts,
  ]);
}

function errorView(m) {
  const box = el('div', { className: 'error-box' }, [
    el('p', { className: 'error-head' }, [el('code', { text: String(m.errorCode) }), el('span', { className: 'error-title', text: '' })]),
    m.errorMessage ? el('p', { className: 'error-message', text: m.errorMessage }) : null,
  ]);
  const fill = (info) => {
    if (!info) return;
    box.querySelector('.error-title').textContent = info.title || '';
    dropIfSame(box.querySelector('.error-message'), info.title);
    append(box, [
      info.description ? el('p', { text: info.description }) : null,
      listBlock('Possible causes', info.causes),
      listBlock('Possible solutions', info.solutions),
      safeUrl(info.moreInfo) ? el('p', {}, [el('a', { href: safeUrl(info.moreInfo), target: '_blank', rel: 'noopener noreferrer', text: 'More about this error' })]) : null,
    ]);
  };
  if (m.error) fill(m.error);
  else errorInfo(m.errorCode).then(fill);
  return box;
}

// Twilio's errorMessage is often the catalogue title word for word; saying it twice is noise.
function dropIfSame(node, text) {
  if (node && text && node.textContent.trim().toLowerCase() === String(text).trim().toLowerCase()) node.remove();
}

function listBlock(title, items) {
  const list = asList(items);
  if (!list.length) return null;
  return el('div', { className: 'list-block' }, [el('h4', { text: title }), el('ul', {}, list.map((x) => el('li', { text: x })))]);
}

function messageLink(id) {
  const known = state.messages.find((x) => x.id === id);
  const label = known ? `${counterpart(known)} · ${truncate(known.body, 40)}` : truncate(id, 14);
  return el('button', { type: 'button', className: 'link-button', dataset: { selectId: id }, title: id, text: label });
}

function relationsView(m) {
  const replies = Array.isArray(m.replies) ? m.replies.filter(Boolean) : [];
  if (!m.inReplyTo && !replies.length) return null;
  return el('div', { className: 'relations' }, [
    m.inReplyTo ? el('p', {}, [el('span', { className: 'muted', text: 'In reply to ' }), messageLink(m.inReplyTo)]) : null,
    replies.length ? el('p', {}, [el('span', { className: 'muted', text: replies.length === 1 ? 'Reply ' : 'Replies ' }), ...replies.map(messageLink)]) : null,
  ]);
}

const SOURCE_LABELS = { api: 'API', callback: 'status callback', poll: 'poll', feedback: 'feedback' };

function historyView(events) {
  const section = el('div', { className: 'history' }, [el('h3', { text: `History (${events.length.toLocaleString()})` })]);
  if (!events.length) return append(section, el('p', { className: 'empty', text: 'No history yet.' }));
  let previousAt = null;
  const list = el('ol', { className: 'events' }, events.map((ev) => {
    const at = parseDate(ev.at);
    const delta = at && previousAt ? at - previousAt : null;
    previousAt = at || previousAt;
    return eventView(ev, delta);
  }));
  return append(section, list);
}

function eventView(ev, deltaMs) {
  const item = el('li', { className: 'event', dataset: { status: ev.status || '', source: ev.source || '' } }, [
    el('div', { className: 'ev-main' }, [
      badge(ev.status),
      el('span', { className: 'source', text: SOURCE_LABELS[ev.source] || ev.source || '—' }),
      timeNode(ev.at, secondsTime),
      deltaMs !== null ? el('span', { className: 'delta muted', text: `+${formatMs(deltaMs)}` }) : null,
    ]),
  ]);
  if (ev.errorCode !== null && ev.errorCode !== undefined) {
    const line = el('div', { className: 'ev-error' }, [el('code', { text: String(ev.errorCode) })]);
    item.append(line);
    errorInfo(ev.errorCode).then((info) => {
      if (!info?.title) return;
      line.append(el('span', { text: info.title }));
      dropIfSame(item.querySelector('.ev-message'), info.title);
    });
  }
  if (ev.errorMessage) item.append(el('div', { className: 'ev-detail ev-message', text: ev.errorMessage }));
  if (ev.feedbackOutcome) item.append(el('div', { className: 'ev-detail', text: `Feedback: ${ev.feedbackOutcome}` }));
  if (ev.rawDlrDoneDate) item.append(el('div', { className: 'ev-detail muted', text: `Carrier done date: ${ev.rawDlrDoneDate}` }));
  return item;
}

/* ---------------------------------------------------------------- send */

function applyScenarios() {
  const select = $('#send-scenario');
  select.replaceChildren(el('option', { value: '', text: 'Pick a scenario number…' }));
  for (const s of state.scenarios) {
    if (!s?.number) continue;
    select.append(el('option', { value: s.number, title: s.description || '', text: `${s.number} — ${s.outcome || ''}` }));
  }
  $('#scenario-field').hidden = state.mode !== 'sandbox' || state.scenarios.length === 0;
}

function onScenarioPicked() {
  const number = $('#send-scenario').value;
  const scenario = state.scenarios.find((s) => s.number === number);
  $('#scenario-desc').textContent = scenario?.description || '';
  if (number) $('#send-to').value = number;
}

async function onSend(event) {
  event.preventDefault();
  const button = $('#send-submit');
  const result = $('#send-result');
  const payload = { to: $('#send-to').value.trim(), body: $('#send-body').value };
  // The same content keeps its Idempotency-Key until a send of it is accepted: a retry after a lost answer
  // then gets the first send back instead of texting the recipient twice.
  const content = JSON.stringify(payload);
  if (state.unsent?.content !== content) state.unsent = { content, key: uuid() };
  button.disabled = true;
  button.textContent = 'Sending…';
  result.removeAttribute('data-message-id');
  result.dataset.outcome = 'pending';
  result.replaceChildren(el('span', { className: 'muted', text: 'Sending…' }));
  try {
    const message = await api('api/messages', { method: 'POST', json: payload, headers: { 'Idempotency-Key': state.unsent.key } });
    state.unsent = null;
    result.dataset.outcome = 'ok';
    result.dataset.messageId = message.id;
    result.replaceChildren(el('p', { className: 'ok' }, [
      el('strong', { text: 'Accepted' }), ` — message to ${counterpart(message)} created as `, badge(message.status),
      el('span', { className: 'muted', text: ` · id ${message.id} · follow it in the timeline` }),
    ]));
    upsertMessage(message);
    selectMessage(message.id);
    scheduleChartRefresh();
  } catch (err) {
    if (isQuiet(err)) return;
    result.dataset.outcome = 'problem';
    if (err instanceof ApiError) {
      result.replaceChildren(problemView(err.problem));
      const id = err.problem.messageId;
      if (id) {
        result.dataset.messageId = id;
        result.append(el('p', { className: 'muted', text: 'The message was stored as failed and is selected below.' }));
        selectMessage(id);
        loadList().catch(() => {});
      }
    } else {
      result.replaceChildren(el('p', { className: 'inline-error', text: `${describeError(err)}. Nothing was confirmed; sending the same again is safe: it cannot send twice.` }));
    }
  } finally {
    button.disabled = false;
    button.textContent = 'Send';
  }
}

/* ---------------------------------------------------------------- charts */

function windowRange() {
  const until = new Date();
  return { since: new Date(until.getTime() - WINDOWS[state.charts.window]), until };
}

function setWindow(name) {
  state.charts.window = name;
  $('#window-hour').setAttribute('aria-pressed', String(name === 'hour'));
  $('#window-day').setAttribute('aria-pressed', String(name === 'day'));
  startCharts();
}

function startCharts() {
  stopCharts();
  state.charts.timer = setInterval(refreshCharts, CHART_INTERVAL_MS);
  refreshCharts();
}

function stopCharts() {
  clearInterval(state.charts.timer);
  clearTimeout(state.charts.throttleTimer);
  state.charts.timer = null;
  state.charts.throttleTimer = null;
}

function scheduleChartRefresh() {
  const charts = state.charts;
  if (charts.throttleTimer || !state.apiKey) return;
  const wait = Math.max(0, charts.lastRun + CHART_MIN_GAP_MS - Date.now());
  charts.throttleTimer = setTimeout(() => { charts.throttleTimer = null; refreshCharts(); }, wait);
}

async function refreshCharts() {
  const charts = state.charts;
  if (charts.running) { charts.again = true; return; }
  charts.running = true;
  charts.lastRun = Date.now();
  const session = state.session;
  const { since, until } = windowRange();
  try {
    const query = `since=${encodeURIComponent(since.toISOString())}&until=${encodeURIComponent(until.toISOString())}`;
    const [stats, optOuts] = await Promise.all([api(`api/stats?${query}`),
      api(`api/opt-outs?since=${encodeURIComponent(since.toISOString())}`)]);
    if (session !== state.session) return;
    renderCharts(stats || {}, Array.isArray(optOuts) ? optOuts : [], since, until);
    $('#charts-status').textContent = `${shortTime(since)} – ${timeOfDay.format(until)} · refreshed every 10 s`;
    $('#charts-status').title = `${since.toISOString()} – ${until.toISOString()}`;
  } catch (err) {
    if (!isQuiet(err) && session === state.session) $('#charts-status').textContent = `Could not refresh: ${describeError(err)}`;
  } finally {
    charts.running = false;
    if (charts.again) { charts.again = false; scheduleChartRefresh(); }
  }
}

function renderCharts(stats, optOuts, since, until) {
  (stats.errors || []).forEach((e) => rememberErrorInfo(e.explanation));
  renderFunnel(stats);
  renderRate(stats);
  renderLatency(stats.timeToDelivered || {});
  renderErrors(stats.errors || []);
  renderOptOuts(optOuts, since, until);
}

function chartSvg(label, width, height, children) {
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': label, preserveAspectRatio: 'xMidYMid meet', class: 'chart-svg' },
    [svg('title', {}, [label]), ...children]);
}

function setChart(id, children) {
  $(`#${id} .chart-body`).replaceChildren(...children.filter(Boolean));
}

function figures(pairs) {
  return el('dl', { className: 'figures' }, pairs.map(([label, value, cls]) =>
    el('div', { className: cls || null }, [el('dt', { text: label }), el('dd', { text: value })])));
}

function renderFunnel(stats) {
  const by = stats.byStatus || {};
  const n = (k) => Number(by[k] || 0);
  const total = Number(stats.total || 0);
  const reached = n('sent') + n('partially_delivered') + n('delivered') + n('undelivered') + n('read');
  const delivered = n('delivered') + n('read');
  const section = $('#chart-funnel');
  section.dataset.total = String(total);
  section.dataset.delivered = String(delivered);
  const rows = [['Sent to Twilio', total, 'bar-total'], ['Reached the carrier', reached, 'bar-reached'], ['Delivered', delivered, 'bar-delivered']];
  const max = Math.max(1, total, reached, delivered);
  const children = rows.flatMap(([label, value, cls], i) => {
    const y = i * 30;
    const w = Math.max(value > 0 ? 2 : 0, (value / max) * 196);
    return [
      svg('text', { x: 0, y: y + 16, class: 'svg-label' }, [label]),
      svg('rect', { x: 128, y: y + 4, width: 196, height: 16, rx: 3, class: 'bar-track' }),
      svg('rect', { x: 128, y: y + 4, width: w.toFixed(1), height: 16, rx: 3, class: cls }),
      svg('text', { x: 360, y: y + 16, class: 'svg-value', 'text-anchor': 'end' }, [fmtNum(value)]),
    ];
  });
  const summary = `Status funnel: ${fmtNum(total)} sent to Twilio, ${fmtNum(reached)} reached the carrier, ${fmtNum(delivered)} delivered`;
  setChart('chart-funnel', [
    chartSvg(summary, 360, 90, children),
    el('p', { className: 'chart-note' }, [
      el('span', { className: 'count-bad', text: `Failed ${fmtNum(n('failed'))}` }), ' · ',
      el('span', { className: 'count-bad', text: `Undelivered ${fmtNum(n('undelivered'))}` }), ' · ',
      el('span', { text: `Still in flight ${fmtNum(n('pending') + n('outcome_unknown') + n('accepted') + n('scheduled') + n('queued') + n('sending'))}` }),
    ]),
  ]);
}

function renderRate(stats) {
  const rate = typeof stats.deliveryRate === 'number' ? stats.deliveryRate : null;
  const section = $('#chart-rate');
  section.dataset.rate = rate === null ? '' : String(rate);
  const text = rate === null ? '—' : `${(rate * 100).toLocaleString(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`;
  const level = rate === null ? 'none' : rate >= 0.95 ? 'good' : rate >= 0.8 ? 'fair' : 'poor';
  const r = 38;
  const circumference = 2 * Math.PI * r;
  const ring = chartSvg(rate === null ? 'Delivery rate: no finished messages in this window' : `Delivery rate ${text}`, 100, 100, [
    svg('circle', { cx: 50, cy: 50, r, class: 'ring-track' }),
    rate === null ? null : svg('circle', {
      cx: 50, cy: 50, r, class: `ring-value ring-${level}`, transform: 'rotate(-90 50 50)',
      'stroke-dasharray': `${(Math.min(1, Math.max(0, rate)) * circumference).toFixed(2)} ${circumference.toFixed(2)}`,
    }),
  ]);
  ring.classList.add('ring');
  const by = stats.byStatus || {};
  setChart('chart-rate', [el('div', { className: 'rate' }, [
    ring,
    el('div', {}, [
      el('p', { className: `big-number rate-${level}`, text }),
      el('p', { className: 'muted small', text: rate === null ? 'No message reached a final status in this window' : 'of messages with a final outcome were delivered' }),
      figures([['Delivered', fmtNum(Number(by.delivered || 0) + Number(by.read || 0))],
        ['Undelivered', fmtNum(by.undelivered || 0)], ['Failed', fmtNum(by.failed || 0)]]),
    ]),
  ])]);
}

function renderLatency(ttd) {
  const buckets = Array.isArray(ttd.histogram) ? ttd.histogram : [];
  const counts = LATENCY_LABELS.map((_, i) => Number(buckets[i]?.count || 0));
  const max = Math.max(1, ...counts);
  const slot = 360 / LATENCY_LABELS.length;
  const children = counts.flatMap((count, i) => {
    const h = (count / max) * 90;
    const x = i * slot + 6;
    return [
      svg('rect', { x, y: 104 - h, width: slot - 12, height: Math.max(count > 0 ? 1.5 : 0, h).toFixed(1), rx: 2, class: 'bar-latency' },
        [svg('title', {}, [`${LATENCY_LABELS[i]}: ${count.toLocaleString()}`])]),
      svg('text', { x: x + (slot - 12) / 2, y: 100 - h, 'text-anchor': 'middle', class: 'svg-value small' }, [count ? count.toLocaleString() : '']),
      svg('text', { x: x + (slot - 12) / 2, y: 120, 'text-anchor': 'middle', class: 'svg-label small' }, [LATENCY_LABELS[i]]),
    ];
  });
  children.unshift(svg('line', { x1: 0, x2: 360, y1: 104.5, y2: 104.5, class: 'axis' }));
  const label = `Time to delivered histogram: ${LATENCY_LABELS.map((l, i) => `${l} ${counts[i]}`).join(', ')}`;
  setChart('chart-latency', [
    chartSvg(label, 360, 126, children),
    figures([['Delivered', fmtNum(ttd.count ?? 0)], ['p50', formatMs(ttd.p50Ms)], ['p90', formatMs(ttd.p90Ms)], ['p99', formatMs(ttd.p99Ms)]]),
  ]);
}

function renderErrors(errors) {
  const top = [...errors].sort((a, b) => Number(b.count || 0) - Number(a.count || 0)).slice(0, 6);
  if (!top.length) {
    setChart('chart-errors', [el('p', { className: 'empty', text: 'No errors in this window' })]);
    return;
  }
  const max = Math.max(1, ...top.map((e) => Number(e.count || 0)));
  const labelOf = (e) => `${e.code} ${e.title || e.explanation?.title || 'Unknown error'}`;
  const children = top.flatMap((e, i) => {
    const y = i * 34;
    const count = Number(e.count || 0);
    return [svg('g', { class: 'error-row' }, [
      svg('title', {}, [`${labelOf(e)}: ${count.toLocaleString()}`]),
      svg('text', { x: 0, y: y + 12, class: 'svg-label' }, [truncate(labelOf(e), 52)]),
      svg('rect', { x: 0, y: y + 17, width: 310, height: 10, rx: 2, class: 'bar-track' }),
      svg('rect', { x: 0, y: y + 17, width: Math.max(2, (count / max) * 310).toFixed(1), height: 10, rx: 2, class: 'bar-error' }),
      svg('text', { x: 360, y: y + 26, 'text-anchor': 'end', class: 'svg-value' }, [count.toLocaleString()]),
    ])];
  });
  const label = `Top error codes: ${top.map((e) => `${labelOf(e)} ${Number(e.count || 0)}`).join('; ')}`;
  setChart('chart-errors', [chartSvg(label, 360, top.length * 34, children)]);
}

function renderOptOuts(optOuts, since, until) {
  const inWindow = optOuts
    .map((o) => ({ ...o, at: parseDate(o.since) }))
    .filter((o) => o.at && o.at >= since && o.at <= until)
    .sort((a, b) => b.at - a.at);
  const binMs = state.charts.window === 'hour' ? 5 * 60e3 : 60 * 60e3;
  const binCount = Math.round((until - since) / binMs);
  const bins = new Array(binCount).fill(0);
  for (const o of inWindow) bins[Math.min(binCount - 1, Math.floor((o.at - since) / binMs))] += 1;
  const max = Math.max(1, ...bins);
  const slot = 360 / binCount;
  const children = bins.map((count, i) => svg('rect', {
    x: (i * slot + 1).toFixed(1), y: (60 - (count / max) * 56).toFixed(1), width: (slot - 2).toFixed(1),
    height: Math.max(count > 0 ? 1.5 : 0, (count / max) * 56).toFixed(1), rx: 1.5, class: 'bar-optout',
  }, [svg('title', {}, [`${shortTime(new Date(since.getTime() + i * binMs))}: ${count}`])]));
  const span = state.charts.window === 'hour' ? ['−60 min', '−30 min', 'now'] : ['−24 h', '−12 h', 'now'];
  children.push(
    svg('line', { x1: 0, x2: 360, y1: 60.5, y2: 60.5, class: 'axis' }),
    svg('text', { x: 0, y: 74, class: 'svg-label small' }, [span[0]]),
    svg('text', { x: 180, y: 74, 'text-anchor': 'middle', class: 'svg-label small' }, [span[1]]),
    svg('text', { x: 360, y: 74, 'text-anchor': 'end', class: 'svg-label small' }, [span[2]]),
  );
  const per = state.charts.window === 'hour' ? 'per 5 minutes' : 'per hour';
  const recent = inWindow.slice(0, 5);
  setChart('chart-optouts', [
    el('p', { className: 'kpi' }, [el('span', { className: 'big-number', text: fmtNum(inWindow.length) }),
      el('span', { className: 'muted small', text: ' opt-outs in this window, still opted out' })]),
    chartSvg(`Opt-outs ${per}: ${bins.join(', ')}`, 360, 78, children),
    recent.length
      ? el('ul', { className: 'recent' }, recent.map((o) => el('li', {}, [
        el('span', { className: 'mono', text: o.number || '—' }),
        el('span', { className: 'keyword', text: o.keyword || '—' }),
        timeNode(o.since, shortTime),
      ])))
      : el('p', { className: 'empty', text: 'No opt-outs in this window' }),
  ]);
  $('#chart-optouts').dataset.count = String(inWindow.length);
}

/* ---------------------------------------------------------------- sandbox */

function sandboxSay(nodes, ok = true) {
  const result = $('#sandbox-result');
  result.dataset.outcome = ok ? 'ok' : 'problem';
  result.replaceChildren(...[].concat(nodes));
}

async function onBurst(event) {
  event.preventDefault();
  const count = Number($('#burst-count').value);
  if (!Number.isInteger(count) || count < 1 || count > 10000) {
    sandboxSay(el('span', { className: 'inline-error', text: 'Enter a whole number from 1 to 10,000.' }), false);
    return;
  }
  await sandboxCall('#burst-submit', () => api(`sandbox/burst?count=${count}`, { method: 'POST' }), (answer) =>
    `Burst started: ${fmtNum(answer?.count ?? count)} outbound and ${fmtNum(answer?.inbound ?? 0)} inbound messages on their way.`);
}

async function onInbound(event) {
  event.preventDefault();
  const payload = { from: $('#inbound-from').value.trim(), body: $('#inbound-body').value };
  await sandboxCall('#inbound-submit', () => api('sandbox/inbound', { method: 'POST', json: payload }), (answer) => {
    const replies = Array.isArray(answer?.replies) ? answer.replies : [];
    const replyText = replies.length ? `replied “${replies.map((r) => r.body || '').join(' / ')}”` : 'no reply sent';
    return `Inbound ${answer?.sid || 'message'} played; ${replyText}.`;
  });
}

async function sandboxCall(buttonSelector, call, describe) {
  const button = $(buttonSelector);
  button.disabled = true;
  try {
    const answer = await call();
    sandboxSay(el('span', { text: describe(answer) }));
    scheduleChartRefresh();
    if (state.transport.kind !== 'sse') loadList().catch(() => {});
  } catch (err) {
    if (isQuiet(err)) return;
    sandboxSay(err instanceof ApiError ? problemView(err.problem) : el('span', { className: 'inline-error', text: describeError(err) }), false);
  } finally {
    button.disabled = false;
  }
}

/* ---------------------------------------------------------------- transport: sse + polling */

// Server-sent events parser (WHATWG "event stream interpretation") for a fetch body read in arbitrary
// chunks: lines end in \r\n, \n or \r, and a chunk may end between \r and \n.
function createSseParser(onEvent) {
  let buffer = '';
  let data = [];
  let type = '';
  const dispatch = () => {
    if (data.length) onEvent({ type: type || 'message', data: data.join('\n') });
    data = [];
    type = '';
  };
  const line = (text) => {
    if (text === '') { dispatch(); return; }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') type = value;
  };
  return {
    push(chunk) {
      buffer += chunk;
      let start = 0;
      for (let i = 0; i < buffer.length; i += 1) {
        const c = buffer[i];
        if (c !== '\n' && c !== '\r') continue;
        if (c === '\r' && i === buffer.length - 1) break; // wait: the \n may come in the next chunk
        line(buffer.slice(start, i));
        if (c === '\r' && buffer[i + 1] === '\n') i += 1;
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
    end() {
      if (buffer.endsWith('\r')) line(buffer.slice(0, -1));
      buffer = '';
      data = []; // an event without its closing blank line is incomplete and is dropped, as in EventSource
    },
  };
}

function watchdog(onSilence, ms) {
  let timer = setTimeout(onSilence, ms);
  return {
    kick() { clearTimeout(timer); timer = setTimeout(onSilence, ms); },
    stop() { clearTimeout(timer); },
  };
}

async function openStream() {
  const t = state.transport;
  const session = state.session;
  clearTimeout(t.retryTimer);
  t.retryTimer = null;
  t.controller?.abort();
  const controller = new AbortController();
  t.controller = controller;
  const current = () => session === state.session && t.controller === controller;
  const guard = watchdog(() => controller.abort(), STREAM_SILENCE_MS);
  try {
    const res = await fetch('api/messages/stream', {
      headers: { Authorization: `Bearer ${state.apiKey}`, Accept: 'text/event-stream' }, cache: 'no-store', signal: controller.signal,
    });
    if (res.status === 401) {
      if (current()) signOut('The API key was refused. Enter a valid key.');
      return;
    }
    if (res.status !== 200 || !res.body) throw new Error(`stream answered ${res.status}`);
    await readStream(res.body, guard, (ev) => { if (current()) onStreamEvent(ev); });
  } catch {
    // Any failure below is handled the same way: fall back to polling.
  } finally {
    guard.stop();
  }
  if (!current()) return; // signed out, or another attempt took over
  t.controller = null;
  streamLost();
}

async function readStream(body, guard, onEvent) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createSseParser(onEvent);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      guard.kick();
      parser.push(decoder.decode(value, { stream: true }));
    }
    parser.push(decoder.decode());
    parser.end();
  } finally {
    reader.cancel().catch(() => {});
  }
}

function onStreamEvent(ev) {
  if (ev.type === 'ready') {
    onStreamReady();
  } else if (ev.type === 'message') {
    let message = null;
    try { message = JSON.parse(ev.data); } catch { /* handled below */ }
    if (!message || typeof message !== 'object' || !message.id) {
      loadList().catch(() => {}); // an unreadable update is not lost: the list shows the truth
      return;
    }
    rememberErrorInfo(message.error);
    upsertMessage(message);
    if (message.id === state.selectedId) refreshTimeline();
    scheduleChartRefresh();
    markUpdated();
  }
}

function onStreamReady() {
  const t = state.transport;
  t.failures = 0;
  t.problem = false;
  stopPolling();
  clearInterval(t.resyncTimer);
  t.resyncTimer = setInterval(pollOnce, SSE_RESYNC_MS);
  setTransport('sse');
  // Whatever changed while we were not listening is only visible in a reload.
  loadList().catch((err) => reportError('Could not load messages', err));
  if (state.selectedId) refreshTimeline();
  scheduleChartRefresh();
}

function streamLost() {
  const t = state.transport;
  clearInterval(t.resyncTimer);
  t.failures += 1;
  t.retryInMs = Math.min(MAX_STREAM_RETRY_MS, FIRST_STREAM_RETRY_MS * 2 ** (t.failures - 1));
  t.retryTimer = setTimeout(() => { t.retryTimer = null; openStream(); }, t.retryInMs);
  setTransport('polling');
  startPolling();
}

function startPolling() {
  const t = state.transport;
  if (t.polling) return;
  t.polling = true;
  schedulePoll(0);
}

function schedulePoll(delay) {
  const t = state.transport;
  const session = state.session;
  t.pollTimer = setTimeout(async () => {
    if (!t.polling || session !== state.session) return;
    await pollOnce();
    if (t.polling && session === state.session) schedulePoll(POLL_INTERVAL_MS);
  }, delay);
}

async function pollOnce() {
  const t = state.transport;
  try {
    await loadList();
    if (state.selectedId) await refreshTimeline();
    t.problem = false;
  } catch (err) {
    if (!isQuiet(err)) t.problem = true;
  }
  renderTransport();
}

function stopPolling() {
  const t = state.transport;
  t.polling = false;
  clearTimeout(t.pollTimer);
  t.pollTimer = null;
}

function stopTransport() {
  const t = state.transport;
  stopPolling();
  clearTimeout(t.retryTimer);
  clearInterval(t.resyncTimer);
  t.retryTimer = null;
  t.controller?.abort();
  t.controller = null;
  t.failures = 0;
  t.problem = false;
  t.kind = 'none';
}

function setTransport(kind) {
  state.transport.kind = kind;
  document.body.dataset.transport = kind;
  renderTransport();
}

function renderTransport() {
  const t = state.transport;
  const labels = { sse: 'Live (server-sent events)', polling: 'Polling every 2 s', connecting: 'Connecting…', none: 'Signed out' };
  $('#transport-state').textContent = labels[t.kind] || labels.none;
  const notes = [];
  if (t.kind === 'polling') notes.push(`stream unavailable; next attempt within ${Math.round(t.retryInMs / 1000)} s`);
  if (t.problem) notes.push('server unreachable, retrying');
  $('#transport-note').textContent = notes.length ? `· ${notes.join(' · ')}` : '';
  document.querySelector('.footer').dataset.state = t.problem ? 'problem' : t.kind;
}

/* ---------------------------------------------------------------- boot */

function applyMode(mode) {
  state.mode = mode?.mode === 'sandbox' ? 'sandbox' : 'live';
  state.devApiKey = typeof mode?.devApiKey === 'string' && mode.devApiKey ? mode.devApiKey : null;
  state.scenarios = state.mode === 'sandbox' && Array.isArray(mode?.scenarios) ? mode.scenarios : [];
  document.body.dataset.mode = state.mode;
  const modeBadge = $('#mode-badge');
  modeBadge.textContent = state.mode === 'sandbox' ? 'Sandbox' : 'Live';
  modeBadge.dataset.mode = state.mode;
  $('#sandbox-banner').hidden = state.mode !== 'sandbox';
  $('#sandbox-panel').hidden = state.mode !== 'sandbox';
  applyScenarios();
}

async function loadMode(attempt = 0) {
  try {
    const mode = await api('api/mode', { auth: false });
    $('#boot-error').hidden = true;
    return mode;
  } catch (err) {
    const wait = Math.min(30000, 2000 * 2 ** attempt);
    const box = $('#boot-error');
    box.textContent = `Cannot reach the Delivery Tracker API (${describeError(err)}). Retrying in ${Math.round(wait / 1000)} s…`;
    box.hidden = false;
    await new Promise((resolve) => setTimeout(resolve, wait));
    return loadMode(attempt + 1);
  }
}

function wireEvents() {
  $('#key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const key = $('#key-input').value.trim();
    if (!key) { $('#key-error').textContent = 'Enter an API key.'; return; }
    signIn(key);
  });
  $('#use-dev-key').addEventListener('click', () => { if (state.devApiKey) signIn(state.devApiKey); });
  $('#sign-out').addEventListener('click', (event) => { event.preventDefault(); signOut(''); });
  $('#send-form').addEventListener('submit', onSend);
  $('#send-scenario').addEventListener('change', onScenarioPicked);
  $('#send-body').addEventListener('input', () => { $('#send-body-count').textContent = `${$('#send-body').value.length.toLocaleString()} / 1600`; });
  const tbody = $('#messages tbody');
  tbody.addEventListener('click', onListActivate);
  tbody.addEventListener('keydown', onListActivate);
  $('#timeline-body').addEventListener('click', (event) => {
    const link = event.target.closest('[data-select-id]');
    if (link) selectMessage(link.dataset.selectId);
  });
  $('#window-hour').addEventListener('click', () => setWindow('hour'));
  $('#window-day').addEventListener('click', () => setWindow('day'));
  $('#burst-form').addEventListener('submit', onBurst);
  $('#inbound-form').addEventListener('submit', onInbound);
  document.querySelectorAll('[data-keyword]').forEach((b) => b.addEventListener('click', () => { $('#inbound-body').value = b.dataset.keyword; }));
}

async function boot() {
  wireEvents();
  renderTransport();
  applyMode(await loadMode());
  const stored = readStoredKey();
  if (stored) signIn(stored);
  else if (state.devApiKey) signIn(state.devApiKey);
  else showKeyForm();
}

boot();
