// Benchmark: a SYNTHETIC dataset of N incidents (default 10,000), generated here
// on the fly and never written to data/, served in place of data/incidents.geojson.
// Measures in headless Chromium:
//   - load: navigation start to every incident drawn on the canvas (after the next paint);
//   - slider step: one-day step of a handle to the next paint (median, p95, max).
//   - pan: one drag in 40 moves of 6 px: main-thread work per move (handler +
//     the next frame), as for a slider step;
//   - zoom: 8 wheel notches, each from the input to the crisp redraw painted (a
//     scaled preview shows at once; the redraw follows on the next frame);
//   - filter: main-thread work of an event type's legend toggle (off, then on)
//   - memory: the wasm memory (all of it: the parsed file's peak included)
//     and the JS heap, in bytes per incident.
// Usage: node bench.mjs [N] [steps]          (needs dist/: trunk build --release)
//        node bench.mjs --csv N [steps]      (N rows of a generated ACLED CSV opened
//                                             through the file picker: the compact
//                                             path for 1,000,000, whose GeoJSON
//                                             would be near 1 GB)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, syntheticCsv, watchLongTasks, ROOT } from './harness.mjs';

const CSV = process.argv[2] === '--csv';
const args = CSV ? process.argv.slice(3) : process.argv.slice(2);
const N = Number(args[0] || 10000);
const STEPS = Number(args[1] || 120);

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

// The synthetic file is served by the test server (a 100 MB body through
// page.route crashes the page).
const server = await serve(undefined, CSV ? {} : { '/data/incidents.geojson': synthetic(N) });
const browser = await launch();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sahel-bench-'));
try {
  const page = await browser.context.newPage();
  let loadMs;
  if (CSV) {
    // The generated CSV (SYNTHETIC values, in a temporary folder), opened as a user would.
    const file = path.join(tmp, `generated-acled-${N}.csv`);
    syntheticCsv(N, file);
    await watchLongTasks(page);
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.markersReady);
    await page.evaluate(() => { window.__long = []; });
    const t0 = Date.now();
    await page.setInputFiles('[data-testid="open-data"]', file);
    await page.waitForFunction((n) => Number(document.body.dataset.markersReady) >= n, N, { timeout: 1_200_000, polling: 200 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    loadMs = Date.now() - t0;
    const long = await page.evaluate(() => window.__long);
    console.log(`CSV of ${N} rows (${(fs.statSync(file).size / 1e6).toFixed(0)} MB) picked to all drawn: ${loadMs} ms; `
      + `long tasks: ${long.length}, longest ${Math.round(Math.max(0, ...long))} ms`);
  } else {
    await page.goto(server.url);
    await page.waitForFunction((n) => document.body.dataset.markersReady === String(n), N, { timeout: 240000, polling: 50 });
    loadMs = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(performance.now()), 0))));
  }
  if (process.env.BENCH_CSS) await page.addStyleTag({ content: process.env.BENCH_CSS });
  // Every incident is drawn (waited for above); the jitter puts some points
  // outside the region their admin1 names, which the banner reports as warnings.

  const stepping = async (count) => {
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
  };
  const steps = await page.evaluate(stepping, STEPS);
  const stats = (xs) => {
    xs.sort((a, b) => a - b);
    const q = (p) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
    return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${xs[xs.length - 1].toFixed(1)} ms`;
  };
  const visible = await page.getAttribute('[data-testid="visible-count"]', 'data-count');

  // Pan: a drag of 40 moves, 6 px each, dispatched as pointer events.
  const pan = await page.evaluate(async () => {
    const map = document.querySelector('.map');
    const r = map.getBoundingClientRect();
    const tick = () => new Promise((res) => setTimeout(res, 0));
    const raf = () => new Promise((res) => requestAnimationFrame(() => res(performance.now())));
    const ev = (type, x, y) => map.dispatchEvent(new PointerEvent(type, { bubbles: true, pointerId: 7, button: 0, buttons: 1, clientX: x, clientY: y }));
    let x = r.left + r.width / 2; const y = r.top + r.height / 2;
    await raf();
    ev('pointerdown', x, y);
    const work = [];
    for (let i = 0; i < 40; i++) {
      x += 6;
      const t0 = performance.now(); ev('pointermove', x, y); await tick(); const t1 = performance.now();
      const t2 = await raf(); await tick(); const t3 = performance.now();
      work.push((t1 - t0) + (t3 - t2));
    }
    ev('pointerup', x, y);
    return work;
  });
  // Zoom: wheel notches at the centre; from the input to the crisp redraw painted.
  const zoom = await page.evaluate(async () => {
    const map = document.querySelector('.map');
    const canvas = document.querySelector('canvas.marker-canvas');
    const r = map.getBoundingClientRect();
    const tick = () => new Promise((res) => setTimeout(res, 0));
    const raf = () => new Promise((res) => requestAnimationFrame(() => res(performance.now())));
    const out = [];
    for (let i = 0; i < 8; i++) {
      await raf();
      const t0 = performance.now();
      map.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, deltaY: i < 4 ? -100 : 100, clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 }));
      await tick();
      while (canvas.style.transform) await raf();
      await raf(); await tick();
      out.push(performance.now() - t0);
    }
    return out;
  });
  // Filter: each event type's legend toggle clicked off, then on again.
  const toggling = async () => {
    const tick = () => new Promise((res) => setTimeout(res, 0));
    const raf = () => new Promise((res) => requestAnimationFrame(() => res(performance.now())));
    const work = [];
    for (const round of [0, 1]) {
      for (const b of document.querySelectorAll('.legend-toggle')) {
        await raf();
        const t0 = performance.now(); b.click(); await tick(); const t1 = performance.now();
        const t2 = await raf(); await tick(); const t3 = performance.now();
        work.push((t1 - t0) + (t3 - t2));
      }
    }
    return work;
  };
  const filter = await page.evaluate(toggling);
  const memory = await page.evaluate(() => ({
    wasm: Number(document.body.dataset.wasmMemory), js: performance.memory?.usedJSHeapSize,
    engine: Number(document.body.dataset.engineBytes), image: Number(document.body.dataset.imageBytes),
  }));
  console.log(`synthetic incidents: ${N}`);
  console.log(`load to all drawn: ${loadMs.toFixed(0)} ms`);
  console.log(`pan, main-thread work per move (40 moves of 6 px): ${stats(pan)}`);
  console.log(`zoom, wheel notch to crisp redraw painted (8 notches): ${stats(zoom)}`);
  console.log(`memory: wasm ${(memory.wasm / 1e6).toFixed(0)} MB (${Math.round(memory.wasm / N)} bytes per incident, parse peak included), `
    + `JS heap ${(memory.js / 1e6).toFixed(1)} MB (${Math.round(memory.js / N)} bytes per incident); `
    + `of which the map engine's arrays (symbols, selection, layout; not the R*-tree) ${Math.round(memory.engine / N)} bytes per incident, `
    + `image buffers ${(memory.image / 1e6).toFixed(1)} MB`);
  console.log(`slider step, main-thread work (effects + style, layout, paint of the next frame), ${steps.work.length} one-day steps: ${stats(steps.work)}`);
  console.log(`slider step, input to next paint (includes waiting for the frame): ${stats(steps.out)}`);
  console.log(`(visible after the steps: ${visible})`);
  console.log(`filter (an event type's legend toggle, off then on), main-thread work: ${stats(filter)}`);
  // The regions and density modes (issue 21): the same steps and toggles,
  // then the analysis panel's comparison and trend chart recomputed.
  for (const mode of ['regions', 'density']) {
    await page.click(`.mode-button[data-mode="${mode}"]`);
    await page.waitForSelector(mode === 'regions' ? 'path.region.shaded' : 'path.cell');
    const s = await page.evaluate(stepping, 20);
    const f = await page.evaluate(toggling);
    console.log(`${mode} mode: slider step, main-thread work, ${s.work.length} steps: ${stats(s.work)}; filter toggle: ${stats(f)}`);
  }
  await page.click('[data-testid="analysis-opener"]');
  await page.waitForSelector('[data-testid="compare-table"] tbody tr');
  const panel = await page.evaluate(async () => {
    const tick = () => new Promise((res) => setTimeout(res, 0));
    const raf = () => new Promise((res) => requestAnimationFrame(() => res(performance.now())));
    const timed = async (select, values) => {
      const el = document.querySelector(select);
      const work = [];
      for (const v of values) {
        await raf();
        const t0 = performance.now();
        el.value = v; el.dispatchEvent(new Event('change', { bubbles: true }));
        await tick(); const t1 = performance.now();
        const t2 = await raf(); await tick(); const t3 = performance.now();
        work.push((t1 - t0) + (t3 - t2));
      }
      return work;
    };
    return {
      compare: await timed('[data-testid="baseline"]', ['year', 'avg4', 'previous', 'year', 'avg4', 'previous']),
      trends: await timed('[data-testid="split"]', ['type', 'region', 'actor', 'dataset', 'none', 'type']),
    };
  });
  console.log(`analysis panel open: a baseline change (comparison table recomputed and drawn): ${stats(panel.compare)}; `
    + `a split change (trend chart): ${stats(panel.trends)}`);
  // With the panel open, a slider step moves the map at once; the panel's
  // comparison, chart, alerts and new actors follow once the slider rests
  // (250 ms): the step's work, then the longest task of that catch-up.
  const resting = await page.evaluate(async () => {
    const long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) long.push(e.duration); }).observe({ type: 'longtask' });
    const tick = () => new Promise((res) => setTimeout(res, 0));
    const raf = () => new Promise((res) => requestAnimationFrame(() => res(performance.now())));
    const sleep = (ms) => new Promise((res) => setTimeout(res, ms));
    const slider = document.querySelector('input[aria-label="End date"]');
    const work = [];
    const settle = [];
    for (let k = 0; k < 8; k += 1) {
      await raf();
      const t0 = performance.now();
      slider.value = String(Number(slider.value) - 1);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await tick(); const t1 = performance.now();
      const t2 = await raf(); await tick(); const t3 = performance.now();
      work.push((t1 - t0) + (t3 - t2));
      long.length = 0;
      await sleep(600);
      settle.push(Math.max(0, ...long));
    }
    return { work, settle };
  });
  console.log(`analysis panel open: slider step, main-thread work: ${stats(resting.work)}; `
    + `the panel catching up once the slider rests, longest task: ${stats(resting.settle)}`);
  // An area (issue 21): a circle at the map's centre, then its radius typed
  // (each a filter change: the map, the histogram, the panel).
  await page.click('[data-testid="analysis-panel"] .close');
  await page.click('.mode-button[data-mode="points"]');
  await page.click('.area-kind[data-area="circle"]');
  await page.click('[data-testid="area-at-centre"]');
  await page.waitForSelector('[data-testid="area-radius"]');
  const area = await page.evaluate(async () => {
    const tick = () => new Promise((res) => setTimeout(res, 0));
    const raf = () => new Promise((res) => requestAnimationFrame(() => res(performance.now())));
    const el = document.querySelector('[data-testid="area-radius"]');
    const work = [];
    for (const v of ['50', '100', '200', '400', '50', '100', '200', '400']) {
      await raf();
      const t0 = performance.now();
      el.value = v; el.dispatchEvent(new Event('change', { bubbles: true }));
      await tick(); const t1 = performance.now();
      const t2 = await raf(); await tick(); const t3 = performance.now();
      work.push((t1 - t0) + (t3 - t2));
    }
    return { work, shown: document.querySelector('[data-testid="visible-count"]')?.dataset.count };
  });
  console.log(`area: a circle's radius changed (50 to 400 km, a filter change), main-thread work: ${stats(area.work)} (shown after: ${area.shown})`);
} catch (e) {
  console.error(e);
  process.exitCode = 1;
} finally {
  await browser.close().catch(() => {});
  await server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
