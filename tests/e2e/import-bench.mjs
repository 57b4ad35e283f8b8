// Import benchmark in the browser: opens each real file of ../shared/realdata
// (read in place) and a generated ACLED-layout CSV of N rows (SYNTHETIC values,
// written to a temporary folder, never to data/) through the file picker, and
// prints the time from picking the file to its layer being listed with all its
// markers drawn, the throughput, and the main thread's long tasks (over 50 ms,
// from a PerformanceObserver): count, longest, and how many exceed 200 ms.
// Figures only; nothing is asserted.
//
// Usage (after a release build, and `cargo build --release -p sahel-tools`):
//   node tests/e2e/import-bench.mjs [N]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, open, syntheticCsv, watchLongTasks, ROOT } from './harness.mjs';

const N = Number(process.argv[2] || 100000);
const REALDATA = path.resolve(ROOT, '../shared/realdata');
const files = fs.readdirSync(REALDATA).filter((f) => f.endsWith('.csv')).map((f) => path.join(REALDATA, f));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sahel-import-bench-'));
const generated = path.join(tmp, `generated-acled-${N}.csv`);
syntheticCsv(N, generated);
files.push(generated);

const server = await serve();
const browser = await launch();
try {
  for (const file of files) {
    const name = path.basename(file);
    const bytes = fs.statSync(file).size;
    const { page } = await open(browser.context, server.url, undefined, watchLongTasks);
    await page.waitForFunction(() => document.body.dataset.markersReady);
    await page.click('button.data-button');
    await page.evaluate(() => { window.__long = []; });
    const before = Number(await page.evaluate(() => document.body.dataset.markersReady));
    const t0 = Date.now();
    await page.setInputFiles('[data-testid="open-data"]', file);
    await page.waitForSelector(`[data-layer-name="${name}"]`, { timeout: 600_000 });
    const kept = Number((await page.textContent(`[data-layer-name="${name}"] .layer-count`)).replace(/\D/g, ''));
    await page.waitForFunction((n) => Number(document.body.dataset.markersReady) >= n, before + kept, { timeout: 600_000 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const ms = Date.now() - t0;
    const long = await page.evaluate(() => window.__long);
    const max = long.length ? Math.max(...long) : 0;
    console.log(`${name}: ${(bytes / 1e6).toFixed(2)} MB, ${kept} incidents kept: ${ms} ms to listed and drawn, `
      + `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s, ${Math.round(kept / (ms / 1000))} incidents/s; `
      + `long tasks: ${long.length}, longest ${Math.round(max)} ms, ${long.filter((d) => d > 200).length} over 200 ms`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
