/**
 * Baseline 2: the y-websocket reference server (`@y/websocket-server/utils` setupWSConnection over
 * `ws`), in memory (no YPERSISTENCE). One room per document: ws://host:port/<docName>.
 * `node ywebsocket-server.js <port>`; prints `READY <port>` once listening.
 */
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';

// Subpath export of an ESM package with a CJS build: required at run time (see types.d.ts).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { setupWSConnection } = require('@y/websocket-server/utils') as {
  setupWSConnection(
    conn: unknown,
    req: unknown,
    options?: { docName?: string; gc?: boolean },
  ): void;
};

const port = Number(process.argv[2] ?? 0);
const http = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('ok');
});
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', (conn, req) => setupWSConnection(conn, req, { gc: true }));
http.on('upgrade', (req, socket, head) => {
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
});
http.listen(port, '127.0.0.1', () => {
  console.log(`READY ${(http.address() as { port: number }).port}`);
});
process.on('SIGTERM', () => {
  wss.close();
  http.close(() => process.exit(0));
});
