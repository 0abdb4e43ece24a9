/**
 * Baseline 1: @hocuspocus/server with its defaults and no extensions — documents live in memory
 * only, so nothing it acknowledges is durable. Started as a child process by the driver:
 * `node hocuspocus-server.js <port>`; prints `READY <port>` once listening.
 */
import { Server } from '@hocuspocus/server';

async function main() {
  const port = Number(process.argv[2] ?? 0);
  const server = new Server({ port, address: '127.0.0.1', quiet: true, stopOnSignals: false });
  await server.listen();
  console.log(`READY ${server.address.port}`);
  process.on('SIGTERM', () => void server.destroy().finally(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
