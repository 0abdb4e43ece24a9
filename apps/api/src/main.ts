import './yjs-esm';
import 'reflect-metadata';
import { createApp, logStartBanner } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { DEMO_ACCOUNTS } from './database/seed/demo-accounts';
import { yjsIsEsm } from './collab/yjs-build';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  if (!yjsIsEsm()) {
    // Still correct, only slower: see collab/yjs-build.ts.
    console.warn('Yjs was loaded as its CommonJS build: document loads are about twice as slow.');
  }
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  logStartBanner(config, `http://localhost:${config.port}`, DEMO_ACCOUNTS);
}

main().catch((error: unknown) => {
  console.error('The portal could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
