import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Paths the API owns; everything else that accepts HTML gets the single-page app. */
const API_PREFIXES = ['/graphql', '/socket.io', '/health', '/api/'];

/** Serves the built web app (dist/apps/web) with an index.html fallback for client-side routes. */
export function serveWebApp(app: NestExpressApplication, webDist: string): void {
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    new Logger('Web').warn(`No built web app at ${webDist}: run "npm run build" (npm start does).`);
    return;
  }
  app.use(express.static(webDist, { index: false, maxAge: '1h', setHeaders: immutableAssets }));
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' || API_PREFIXES.some((p) => req.path.startsWith(p)) || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function immutableAssets(res: Response, path: string): void {
  // Vite fingerprints files under assets/, so they never change under the same name.
  if (path.includes(`${join('/', 'assets', '/')}`)) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
}
