import { dirname, join } from 'node:path';
import { PDFParse } from 'pdf-parse';

let workerLoaded: Promise<unknown> | undefined;

/**
 * The text of each page of a PDF, with pdf-parse. pdf.js starts its in-process worker with a
 * dynamic import, which jest cannot run; loading the worker module first (jest transforms it,
 * see jest.config.cjs) registers it on globalThis, where pdf.js looks before importing.
 */
export async function pdfPages(pdf: Buffer): Promise<{ num: number; text: string }[]> {
  workerLoaded ??= import(join(dirname(require.resolve('pdf-parse')), 'pdf.worker.mjs'));
  await workerLoaded;
  const parser = new PDFParse({ data: pdf });
  try {
    return (await parser.getText()).pages;
  } finally {
    await parser.destroy();
  }
}
