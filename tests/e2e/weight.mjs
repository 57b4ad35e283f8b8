// What a first visit downloads: every file of dist/ the page or its service
// worker fetches (the app's code, its style and the built-in data), gzipped
// at level 9 as a server would send them, against the budget in the README.
// Files fetched only when used (the service worker's ON_USE list: the
// zoomed-in water) are listed and counted apart.
// Usage: node weight.mjs            (needs dist/: trunk build --release)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './harness.mjs';

/** The budget of a first visit, compressed, in KB of 1,000 bytes (README, "Offline and light"). */
const BUDGET_KB = 950;

const files = [];
const walk = (dir) => {
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (fs.statSync(file).isDirectory()) walk(file);
    else files.push(file);
  }
};
walk(DIST);
const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
const onUse = JSON.parse(sw.match(/const ON_USE = (\[[^\]]*\]);/)[1].replace(/'/g, '"'));
let raw = 0;
let packed = 0;
let later = 0;
for (const file of files.sort()) {
  const bytes = fs.readFileSync(file);
  const gz = zlib.gzipSync(bytes, { level: 9 }).length;
  const name = path.relative(DIST, file);
  const used = onUse.includes(name);
  if (used) later += gz;
  else {
    raw += bytes.length;
    packed += gz;
  }
  console.log(`${name.padEnd(48)} ${String(Math.round(bytes.length / 1000)).padStart(6)} KB ${String(Math.round(gz / 1000)).padStart(6)} KB gzipped${used ? ' (when used)' : ''}`);
}
const kb = Math.round(packed / 1000);
console.log(`first visit: ${Math.round(raw / 1000)} KB, ${kb} KB gzipped; budget ${BUDGET_KB} KB gzipped: ${kb <= BUDGET_KB ? 'within' : 'OVER'}`);
console.log(`fetched when used (${onUse.join(', ')}): ${Math.round(later / 1000)} KB gzipped`);
