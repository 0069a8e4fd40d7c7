// The dashboard: reads the runtime's management API (/_polyglot/...) and renders six views.
// No framework and no build step: the runtime serves these files as they are.
'use strict';

const api = (path, options) => fetch('/_polyglot/' + path, options).then(async response => {
  const body = await response.json();
  if (!response.ok) throw new Error(body.message || response.statusText);
  return body;
});
const $ = id => document.getElementById(id);
// Replaces an element's content only when it changed, so what a reader is about to click stays put.
const render = (id, html) => { if ($(id).innerHTML !== html) $(id).innerHTML = html; };
const text = value => String(value ?? '').replace(/[&<>"]/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;'}[c]));
const shortArn = arn => {
  const value = String(arn || '');
  const stream = value.match(/:table\/([^/]+)\/stream\//);
  return stream ? stream[1] + ' (stream)' : value.split(/[:/]/).pop();
};
// Names without the stack's prefix, cut to fit a box of the diagram.
const nice = (name, max) => {
  const stacks = (status?.stacks || []).map(s => s.name + '-');
  const bare = stacks.reduce((n, prefix) => n.startsWith(prefix) ? n.substring(prefix.length) : n, String(name));
  return bare.length > max ? bare.substring(0, max - 1) + '…' : bare;
};

let status = null;
const hops = [];

// Tabs
document.querySelectorAll('nav button').forEach(button => button.addEventListener('click', () => show(button.dataset.tab)));
function show(tab) {
  document.querySelectorAll('nav button').forEach(b => b.classList.toggle('active', b.dataset.tab === tab));
  document.querySelectorAll('.tab').forEach(s => s.classList.toggle('active', s.id === tab));
  if (tab === 'topology') drawTopology();
}

// Live events: follow the hop log with long polls.
async function follow() {
  let after = 0;
  for (;;) {
    try {
      const newer = await api('hops?wait=20&after=' + after);
      newer.forEach(hop => { hops.push(hop); after = Math.max(after, hop.sequence); });
      if (hops.length > 5000) hops.splice(0, hops.length - 5000);
      if (newer.length) renderEvents();
    } catch (e) {
      await new Promise(resolve => setTimeout(resolve, 2000));
    }
  }
}
['filter-source', 'filter-detail-type', 'filter-text'].forEach(id => $(id).addEventListener('input', renderEvents));
function targetsOf(ruleName) {
  for (const bus of status?.buses || []) {
    const rule = bus.rules.find(r => r.name === ruleName);
    if (rule) return rule.targetArns.map(shortArn);
  }
  return [];
}
function renderEvents() {
  const source = $('filter-source').value, detailType = $('filter-detail-type').value, any = $('filter-text').value;
  const rows = hops.filter(h => h.kind === 'EVENT_PUT')
    .filter(h => !source || (h.details.source || '').includes(source))
    .filter(h => !detailType || (h.details.detailType || '').includes(detailType))
    .filter(h => !any || JSON.stringify(h).includes(any))
    .slice(-300).reverse()
    .map(h => {
      const rules = (h.details.rules || '').split(',').filter(Boolean)
        .map(rule => text(rule) + ' → ' + text(targetsOf(rule).join(', '))).join('<br>') || '<i>no rule matched</i>';
      return `<tr><td>${text(h.time.substring(11, 23))}</td><td>${text(h.resource)}</td><td>${text(h.details.source)}</td>`
        + `<td>${text(h.details.detailType)}</td><td><a data-trace="${text(h.correlationId)}">${text(h.correlationId || '')}</a></td>`
        + `<td>${rules}</td></tr>`;
    });
  $('event-rows').innerHTML = rows.join('');
}
document.addEventListener('click', event => {
  const id = event.target.dataset?.trace;
  if (id) { $('trace-id').value = id; show('trace'); trace(); }
});

// Trace: a waterfall of one flow, and its causation tree.
$('trace-go').addEventListener('click', trace);
async function trace() {
  const id = $('trace-id').value.trim();
  if (!id) return;
  const flow = await api('trace/' + encodeURIComponent(id));
  if (!flow.length) { $('trace-summary').textContent = 'No hops recorded for ' + id; $('waterfall').innerHTML = ''; return; }
  const began = h => Date.parse(h.time) - Math.max(0, h.durationMillis);
  flow.sort((a, b) => began(a) - began(b));
  const start = began(flow[0]);
  const end = Math.max(...flow.map(h => Date.parse(h.time)));
  const total = Math.max(1, end - start);
  $('trace-summary').textContent = `${flow.length} hops over ${end - start} ms`;
  $('waterfall').innerHTML = flow.map(h => {
    const left = (began(h) - start) * 100 / total, width = Math.max(0.5, Math.max(0, h.durationMillis) * 100 / total);
    const details = h.details.start
      ? ` (${h.details.start}${h.details.queueWaitMs ? ', queued ' + h.details.queueWaitMs + ' ms' : ''})` : '';
    return `<div class="bar-row hop"><span>+${began(h) - start} ms</span><div class="bar-track">`
      + `<div class="bar ${h.kind}" style="left:${left}%;width:${width}%"></div></div>`
      + `<span>${text(h.kind)}${text(details)}</span><span title="${text(h.resource)}">${text(shortArn(h.resource))}</span>`
      + `<span class="${h.outcome === 'ok' ? '' : 'failed'}">${h.durationMillis >= 0 ? h.durationMillis + ' ms' : ''} ${h.outcome === 'ok' ? '' : text(h.outcome)}</span></div>`;
  }).join('');
  const events = flow.filter(h => h.kind === 'EVENT_PUT');
  const byId = new Map(events.map(h => [h.details.envelopeEventId, h]));
  const children = parent => events.filter(h => h.details.causationId === parent);
  const roots = events.filter(h => !byId.has(h.details.causationId));
  const tree = h => `<li>${text(h.details.detailType)} <small>${text(h.details.source)} · ${text(h.details.envelopeEventId)}</small>`
    + `<ul>${children(h.details.envelopeEventId).map(tree).join('')}</ul></li>`;
  $('causation').innerHTML = roots.map(tree).join('');
}

// Topology: rules → targets, sources → functions, drawn in columns with live counters.
function drawTopology() {
  if (!status) return;
  const queues = new Map(status.queues.map(q => [q.arn, q]));
  const functions = new Map(status.functions.map(f => [f.name, f]));
  const rules = status.buses.flatMap(b => b.rules.map(r => ({...r, bus: b.name})));
  const middle = [...new Set([...rules.flatMap(r => r.targetArns), ...status.mappings.map(m => m.source),
    ...status.topics, ...status.tables.map(t => 'table/' + t)])];
  const right = [...functions.keys()];
  const row = 34, width = 1100, height = Math.max(rules.length, middle.length, right.length) * row + 40;
  const y = (list, item) => 30 + list.indexOf(item) * row;
  const label = arn => {
    const q = queues.get(arn);
    return q ? `${nice(shortArn(arn), 40)}  ${q.visible} waiting, ${q.inFlight} in flight` : nice(shortArn(arn), 60);
  };
  const box = (x, yy, w, body, cls) => `<g><rect x="${x}" y="${yy - 12}" width="${w}" height="24" rx="4" class="${cls}"`
    + ` fill="${cls === 'rule' ? '#dce6fb' : cls === 'fn' ? '#fbe8cf' : '#d9f0e4'}" stroke="#8a93a6"/>`
    + `<text x="${x + 6}" y="${yy + 4}" font-size="11">${text(body)}</text></g>`;
  let svg = '';
  rules.forEach(r => r.targetArns.forEach(t => svg += `<line x1="330" y1="${y(rules, r)}" x2="400" y2="${y(middle, t)}" stroke="#8a93a6"/>`));
  status.mappings.forEach(m => svg += `<line x1="740" y1="${y(middle, m.source)}" x2="790" y2="${y(right, m.function)}" stroke="#8a93a6"/>`);
  rules.forEach(r => svg += box(10, y(rules, r), 320, `${r.bus}: ${nice(r.name, 42)}`, 'rule'));
  middle.forEach(m => svg += box(400, y(middle, m), 340, m.startsWith('table/') ? 'table ' + nice(m.substring(6), 50) : label(m), 'queue'));
  right.forEach(f => {
    const fn = functions.get(f);
    svg += box(790, y(right, f), 300, `${nice(f, 30)}  ${fn.invocations} runs, ${fn.errors} errors`, 'fn');
  });
  $('diagram').innerHTML = `<svg width="${width}" height="${height}">${svg}</svg>`;
}

// Queues and functions, refreshed every two seconds.
async function refresh() {
  try {
    status = await api('status');
    $('edge').textContent = 'edge ' + status.edge;
    const dlqs = new Set(status.queues.map(q => q.deadLetterQueueArn).filter(Boolean));
    render('queue-rows', status.queues.map(q => `<tr><td>${text(q.name)}</td><td>${q.visible}</td><td>${q.inFlight}</td>`
      + `<td>${text(shortArn(q.deadLetterQueueArn))}</td><td>`
      + (q.deadLetterQueueArn ? '' : `<button data-peek="${text(q.name)}">messages</button> `)
      + (dlqs.has(q.arn) ? `<button data-redrive="${text(q.name)}">redrive</button>` : '') + `</td></tr>`).join(''));
    render('function-rows', status.functions.map(f => `<tr><td>${text(f.name)}</td><td>${f.invocations}</td>`
      + `<td class="${f.errors ? 'failed' : ''}">${f.errors}</td><td>${f.coldStarts}</td><td>${f.memoryMb} MB</td>`
      + `<td>${f.lastErrors.map(text).join('<br>')}<details><summary>last logs</summary>`
      + `<pre>${f.lastLogs.slice(-20).map(text).join('\n')}</pre></details></td></tr>`).join(''));
    if ($('topology').classList.contains('active')) drawTopology();
  } catch (e) {
    $('edge').textContent = 'runtime not answering: ' + e.message;
  }
}
document.addEventListener('click', async event => {
  const peek = event.target.dataset?.peek, redrive = event.target.dataset?.redrive;
  if (peek) {
    const messages = await api('queues/' + encodeURIComponent(peek));
    const oldest = Math.min(...messages.map(m => Date.parse(m.sentAt)));
    const age = messages.length ? ` — oldest message ${Math.round((Date.now() - oldest) / 1000)} s old` : '';
    $('messages').innerHTML = `<h3>${text(peek)}${text(age)}</h3>` + (messages.map(m => `<div class="message"><b>${text(m.sentAt)}</b> `
      + `${Object.entries(m.attributes).map(([k, v]) => `<div><b>${text(k)}</b> ${text(v)}</div>`).join('')}`
      + `<pre>${text(m.body)}</pre></div>`).join('') || '<p>empty</p>');
  }
  if (redrive) {
    const result = await api('redrive', {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify({queue: redrive})});
    $('messages').innerHTML = `<p id="redrive-result">${text(redrive)}: moved ${text(JSON.stringify(result.moved))}</p>`;
    refresh();
  }
});

// Send a test event, checked against its contract.
async function loadContracts() {
  const types = await api('contracts');
  $('detail-types').innerHTML = types.map(t => `<option>${text(t)}</option>`).join('');
}
$('send-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = new FormData(event.target);
  try {
    const detail = JSON.parse(form.get('detail') || '{}');
    const result = await api('send', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(
      {bus: form.get('bus'), source: form.get('source'), detailType: form.get('detailType'), detail, validate: true})});
    $('send-result').textContent = 'sent ' + result.eventId;
  } catch (e) {
    $('send-result').textContent = 'not sent: ' + e.message;
  }
});

refresh();
setInterval(refresh, 2000);
loadContracts();
follow();
