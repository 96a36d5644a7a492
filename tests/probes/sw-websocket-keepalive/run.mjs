// Does a market-websocket's PING/PONG keep an MV3 service worker alive, with no debugger attached?
// `node tests/probes/sw-websocket-keepalive/run.mjs [quietAfterSeconds=75]` (needs /usr/bin/chromium).
// The probe worker connects, PINGs every 10 s (answered PONG); after `quietAfter` the server tells it
// to stop. Expect: one connection alive until then, and a close ~30 s after the socket went quiet.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';

const quietAfter = Number(process.argv[2] ?? 75) * 1000;
const extension = path.join(path.dirname(fileURLToPath(import.meta.url)), 'extension');
const wss = new WebSocketServer({ host: '127.0.0.1', port: 18_765 });
const t0 = Date.now();
const log = (m) => process.stdout.write(`${((Date.now() - t0) / 1000).toFixed(1)}s ${m}\n`);
const chrome = spawn(
  'chromium',
  [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    `--user-data-dir=${mkdtempSync(path.join(tmpdir(), 'sw-probe-'))}`,
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
    'about:blank',
  ],
  { stdio: 'ignore' },
);
const finish = () => {
  chrome.kill();
  wss.close();
  process.exit(0);
};
wss.on('connection', (socket) => {
  log('worker connected');
  let last = Date.now();
  socket.on('message', (data) => {
    const text = data.toString();
    log(`${text} (after ${((Date.now() - last) / 1000).toFixed(1)} s)`);
    last = Date.now();
    if (text === 'PING') socket.send('PONG');
  });
  socket.on('close', () => {
    log(`socket closed: worker gone ${((Date.now() - last) / 1000).toFixed(1)} s after the last message`);
    finish();
  });
  setTimeout(() => {
    log('telling the worker to go quiet');
    socket.send('quiet');
  }, quietAfter);
});
setTimeout(() => {
  log('still alive at the end of the probe');
  finish();
}, quietAfter + 60_000);
