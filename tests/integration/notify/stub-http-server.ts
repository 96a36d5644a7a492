import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubRequest {
  method: string;
  path: string;
  body: string;
}

export interface StubResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

/** A local HTTP server on 127.0.0.1 (random port) that answers from a queue and records requests. */
export interface StubServer {
  baseUrl: string;
  requests: StubRequest[];
  /** Responses used in order; when empty, `fallback` answers. */
  queue: StubResponse[];
  fallback: StubResponse;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startStubServer(): Promise<StubServer> {
  const stub: Omit<StubServer, 'baseUrl' | 'close'> = {
    requests: [],
    queue: [],
    fallback: { status: 200, body: { ok: true, result: {} } },
  };
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      stub.requests.push({ method: req.method ?? '', path: req.url ?? '', body });
      const reply = stub.queue.shift() ?? stub.fallback;
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
      res.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(stub, {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
