onmessage = (e) => {
  const ws = new WebSocket(e.data);
  ws.onopen = () => { postMessage('open'); ws.close(); };
  ws.onerror = () => postMessage('error');
};
