// What a first visit downloads: every file of dist/ the page or its service
// worker fetches (the app's code, its style and the built-in data), gzipped
// at level 9 as a server would send them, against the budget in the README.
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
let raw = 0;
let packed = 0;
for (const file of files.sort()) {
  const bytes = fs.readFileSync(file);
  const gz = zlib.gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length;
  packed += gz;
  console.log(`${path.relative(DIST, file).padEnd(48)} ${String(Math.round(bytes.length / 1000)).padStart(6)} KB ${String(Math.round(gz / 1000)).padStart(6)} KB gzipped`);
}
const kb = Math.round(packed / 1000);
console.log(`first visit: ${Math.round(raw / 1000)} KB, ${kb} KB gzipped; budget ${BUDGET_KB} KB gzipped: ${kb <= BUDGET_KB ? 'within' : 'OVER'}`);
