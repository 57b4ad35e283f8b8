// Shared helpers for the end-to-end tests, the screenshots and the benchmark:
// a static server for dist/ on 127.0.0.1 and Debian's headless Chromium.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = process.env.DIST_DIR || path.join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.geojson': 'application/geo+json',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `dir` on 127.0.0.1 (a free port). `overrides` maps URL paths to bodies. */
export async function serve(dir = DIST, overrides = {}) {
  if (!fs.existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: build the app first (trunk build --release)`);
  }
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (url in overrides) {
      res.writeHead(200, { 'content-type': TYPES[path.extname(url)] || 'text/plain' });
      res.end(overrides[url]);
      return;
    }
    const file = path.join(dir, url === '/' ? 'index.html' : url);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) };
}

/**
 * Launches headless Chromium with the flags that work on these machines.
 * `locale` sets the browser's language (e.g. 'fr-FR'; Chromium's own otherwise).
 * Service workers are blocked unless `serviceWorkers: 'allow'`: the app's
 * (frontend/sw.js) would fetch the data itself, past the tests' `page.route`
 * fixtures.
 */
export async function launch({ serviceWorkers = 'block', locale } = {}) {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} not found: install it with 'apt-get install -y chromium chromium-driver'`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sahel-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1280, height: 800 },
    serviceWorkers,
    // The browser's language (navigator.languages), e.g. 'fr-FR'.
    ...(locale ? { locale } : {}),
  });
  return {
    context,
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` in a new page, collecting console errors and page errors.
 * `prepare(page)` runs before navigation (e.g. to route a data file to a fixture).
 */
export async function open(context, url, viewport, prepare) {
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  if (prepare) await prepare(page);
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  return { page, errors };
}

/**
 * Writes a generated ACLED-layout CSV of `rows` rows (SYNTHETIC values) to
 * `file` with `sahel-data synthetic-csv` (the release build if there is one).
 */
export function syntheticCsv(rows, file) {
  // Never a default: a missing path once wrote a file named "undefined" here.
  if (typeof file !== 'string' || !file) throw new Error('syntheticCsv: give the path of the file to write');
  const tool = path.join(ROOT, 'target/release/sahel-data');
  const args = ['synthetic-csv', '--rows', String(rows), '-o', file];
  if (fs.existsSync(tool)) execFileSync(tool, args, { cwd: ROOT, stdio: 'inherit' });
  else execFileSync('cargo', ['run', '--release', '-q', '-p', 'sahel-tools', '--bin', 'sahel-data', '--', ...args], { cwd: ROOT, stdio: 'inherit' });
}

/** Records the page's long tasks (durations in ms) in `window.__long`; call before navigation. */
export async function watchLongTasks(page) {
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  });
}

/**
 * A square PNG of `side` px in one colour (`rgb`: [r, g, b]): a map tile for
 * the tests' tile server, made here (no image library needed).
 */
export function solidPng(rgb, side = 256) {
  const chunk = (type, data) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type, 'ascii'), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: side }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: side }, () => row));
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A tile server on 127.0.0.1 answering every path with `png`; `asked` lists the paths asked for. */
export async function tileServer(png) {
  const asked = [];
  const server = http.createServer((req, res) => {
    asked.push(req.url);
    res.writeHead(200, { 'content-type': 'image/png' });
    res.end(png);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { base: `http://127.0.0.1:${port}`, asked, close: () => new Promise((r) => server.close(r)) };
}
