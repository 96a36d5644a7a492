// Does a declarativeNetRequest session rule set headers on an extension's own websocket handshake?
// `node tests/probes/dnr-websocket-headers/run.mjs` (needs /usr/bin/chromium). Seen in Chromium 156:
//   service worker: no header · extension page: header set · worker started by a page: header set
// and, for the page, only with a host permission for the ws:// origin itself (`ws://127.0.0.1/*`;
// `http://127.0.0.1/*` or `*://127.0.0.1/*` are not enough). Hence Kalshi's socket is opened by the
// offscreen document's worker (lib/adapters/kalshi/offscreen-kalshi-socket.ts).
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { WebSocketServer } from 'ws';

const extension = path.join(path.dirname(fileURLToPath(import.meta.url)), 'extension');
const seen = [];
const server = createServer((_req, res) => res.end());
new WebSocketServer({ server }).on('connection', (_s, req) => seen.push(req.headers['x-probe'] ?? 'none'));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `ws://127.0.0.1:${server.address().port}/trade-api/ws/v2`;
const context = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'dnr-probe-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--disable-gpu'],
});
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const page = await context.newPage();
await page.goto(`chrome-extension://${new URL(sw.url()).host}/page.html`);
await sw.evaluate((u) => self.probeHere(u), url);
console.log('service worker:', seen.at(-1));
await page.evaluate((u) => self.probeHere(u), url);
console.log('extension page:', seen.at(-1));
await page.evaluate((u) => self.probe(u), url);
console.log('worker started by the page:', seen.at(-1));
await context.close();
server.close();
