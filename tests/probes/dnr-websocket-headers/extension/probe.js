// Adds a session rule that sets a header on websocket requests to 127.0.0.1, opens a socket, removes the rule.
self.probe = async (url) => {
  const rule = {
    id: 7,
    priority: 1,
    action: { type: 'modifyHeaders', requestHeaders: [{ header: 'X-Probe', operation: 'set', value: 'set-by-rule' }] },
    condition: { urlFilter: `|${url}`, resourceTypes: ['websocket'] },
  };
  await chrome.declarativeNetRequest.updateSessionRules({ removeRuleIds: [7], addRules: [rule] });
  const open = (make) =>
    new Promise((resolve) => {
      const w = make();
      w.onmessage = (e) => resolve(e.data);
      w.postMessage(url);
    });
  const inWorker = () => new Worker('socket.js');
  const here = () => {
    const port = { onmessage: null, postMessage: (u) => {
      const ws = new WebSocket(u);
      ws.onopen = () => { port.onmessage?.({ data: 'open' }); ws.close(); };
      ws.onerror = () => port.onmessage?.({ data: 'error' });
    } };
    return port;
  };
  const result = typeof Worker === 'function' ? await open(inWorker) : await open(here);
  await chrome.declarativeNetRequest.updateSessionRules({ removeRuleIds: [7] });
  return result;
};
self.probeHere = async (url) => {
  const rule = {
    id: 8,
    priority: 1,
    action: { type: 'modifyHeaders', requestHeaders: [{ header: 'X-Probe', operation: 'set', value: 'set-by-rule' }] },
    condition: { urlFilter: `|${url}`, resourceTypes: ['websocket'] },
  };
  await chrome.declarativeNetRequest.updateSessionRules({ removeRuleIds: [8], addRules: [rule] });
  const result = await new Promise((resolve) => {
    const ws = new WebSocket(url);
    ws.onopen = () => { resolve('open'); ws.close(); };
    ws.onerror = () => resolve('error');
  });
  await chrome.declarativeNetRequest.updateSessionRules({ removeRuleIds: [8] });
  return result;
};
