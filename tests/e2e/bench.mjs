// Benchmark: a SYNTHETIC dataset of N incidents (default 10,000), generated here
// on the fly and never written to data/, served in place of data/incidents.geojson.
// Measures in headless Chromium:
//   - load: navigation start to every incident drawn on the canvas (after the next paint);
//   - slider step: one-day step of a handle to the next paint (median, p95, max).
// Usage: node bench.mjs [N] [steps]      (needs dist/: trunk build --release)
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, ROOT } from './harness.mjs';

const N = Number(process.argv[2] || 10000);
const STEPS = Number(process.argv[3] || 120);

// A small deterministic PRNG so runs are comparable.
let seed = 20220727;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

function synthetic(n) {
  const places = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/gazetteer.geojson'), 'utf8')).features
    .filter((f) => f.properties.precision === 'exact');
  const types = [
    ['Battles', 'Armed clash'],
    ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
    ['Violence against civilians', 'Attack'],
    ['Strategic developments', 'Looting/property destruction'],
  ];
  const start = Date.UTC(2022, 0, 1);
  const features = [];
  for (let i = 0; i < n; i++) {
    const p = places[Math.floor(rand() * places.length)];
    const [lon, lat] = p.geometry.coordinates;
    const [event_type, sub_event_type] = types[Math.floor(rand() * types.length)];
    const day = new Date(start + Math.floor(rand() * 365) * 86400000).toISOString().slice(0, 10);
    const k = rand() < 0.2 ? null : Math.floor(rand() ** 3 * 60);
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon + (rand() - 0.5) * 0.2, lat + (rand() - 0.5) * 0.2] },
      properties: {
        id: `synthetic-${i}`, date: day, date_precision: 'day', place_id: p.properties.id,
        place_name: `SYNTHETIC ${p.properties.name}`, admin1: p.properties.admin1,
        location_precision: 'near', location_radius_km: 20, event_type, sub_event_type,
        actor1: 'SYNTHETIC', attributed_by: 'SYNTHETIC', actor2: 'SYNTHETIC',
        killed: { military: k, civilian: null, assailants: null, unknown: null },
        injured: { military: null, civilian: null, assailants: null, unknown: null },
        figures_source: 'SYNTHETIC benchmark data', coordinated_with: [],
        sources: [{ outlet: 'SYNTHETIC', title: 'SYNTHETIC benchmark data, not real', date: day, url: 'http://127.0.0.1/synthetic' }],
        notes: 'SYNTHETIC benchmark data, not a real incident.',
      },
    });
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

const body = synthetic(N);
const server = await serve();
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.route('**/data/incidents.geojson', (r) => r.fulfill({ status: 200, body, contentType: 'application/geo+json' }));
  await page.goto(server.url);
  await page.waitForFunction((n) => document.body.dataset.markersReady === String(n), N, { timeout: 120000, polling: 50 });
  const loadMs = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))));
  if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
  const rejected = await page.$('[data-testid="data-problems"]');
  if (rejected) throw new Error(`synthetic data was rejected: ${await rejected.textContent()}`);

  const steps = await page.evaluate(async (count) => {
    const start = document.querySelector('input[aria-label="Start date"]');
    const end = document.querySelector('input[aria-label="End date"]');
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const out = [];
    const work = [];
    const tick = () => new Promise((r) => setTimeout(r, 0));
    const raf = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    const step = async (input, value) => {
      const t0 = performance.now();
      input.value = String(value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await tick(); // the app's reactive effects (canvas redraw) have run
      const t1 = performance.now();
      const t2 = await raf(); // waiting for the next frame is idle time, not work
      await tick(); // style, layout and paint of that frame are done
      const t3 = performance.now();
      out.push(t3 - t0);
      work.push((t1 - t0) + (t3 - t2));
    };
    await frame();
    for (let i = 1; i <= count / 2; i++) await step(start, i);          // start handle forward
    for (let i = 1; i <= count / 2; i++) await step(end, Number(end.max) - i); // end handle back
    return { out, work };
  }, STEPS);
  const stats = (xs) => {
    xs.sort((a, b) => a - b);
    const q = (p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
    return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${xs[xs.length - 1].toFixed(1)} ms`;
  };
  const visible = await page.textContent('[data-testid="visible-count"]');
  console.log(`synthetic incidents: ${N}`);
  console.log(`load to all circles drawn: ${loadMs.toFixed(0)} ms`);
  console.log(`slider step, main-thread work (effects + style, layout, paint of the next frame), ${steps.work.length} one-day steps: ${stats(steps.work)}`);
  console.log(`slider step, input to next paint (includes waiting for the frame): ${stats(steps.out)}`);
  console.log(`(visible after the steps: ${visible})`);
} finally {
  await browser.close();
  await server.close();
}
