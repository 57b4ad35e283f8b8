// Trunk post-build hook: puts the SHA-256 of each inline <script> that trunk
// generated (the wasm loader, whose text changes with every build) into the
// page's Content-Security-Policy, in place of the 'inline-loader-hash' token,
// so the policy can allow that loader and no other inline script.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp-hash: TRUNK_STAGING_DIR is not set (run by trunk as a post_build hook)');
  process.exit(1);
}
const file = path.join(dir, 'index.html');
const html = fs.readFileSync(file, 'utf8');
const TOKEN = "'inline-loader-hash'";
if (!html.includes(TOKEN)) {
  console.error(`csp-hash: ${file} has no ${TOKEN} token in its Content-Security-Policy`);
  process.exit(1);
}
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((s) => `'sha256-${crypto.createHash('sha256').update(s, 'utf8').digest('base64')}'`);
fs.writeFileSync(file, html.replace(TOKEN, hashes.join(' ') || "'none'"));
console.log(`csp-hash: ${hashes.length} inline script(s) allowed by hash`);
