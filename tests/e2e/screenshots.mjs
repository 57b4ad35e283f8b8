// Takes screenshots of the built app: desktop 1280x800 and phone 390x844,
// the map as loaded, with Sokolo's details open, zoomed in twice, on a
// searched place (zoomed further), the list sorted by deaths, Bapho selected
// (its location radius and coordinated attacks drawn) and Gao chosen by a
// click on the map.
// Usage: node screenshots.mjs [outdir]
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, ROOT } from './harness.mjs';

const out = process.argv[2] || path.join(ROOT, 'tests/e2e/screenshots');
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
try {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
    const { page, errors } = await open(browser.context, server.url, viewport);
    await page.waitForFunction(() => document.body.dataset.markersReady);
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(out, `${name}-map.png`) });
    // Sokolo, through its link, then closed and clicked where its ring was.
    await page.evaluate(() => { location.hash = 'incident=2022-07-27-sokolo'; });
    const ring = await page.locator('.selection-ring').boundingBox();
    await page.keyboard.press('Escape');
    await page.mouse.click(ring.x + ring.width / 2, ring.y + ring.height / 2);
    await page.waitForSelector('[data-testid="incident-details"]');
    await page.screenshot({ path: path.join(out, `${name}-details.png`) });
    await page.keyboard.press('Escape');
    for (let i = 0; i < 2; i++) await page.click('button[aria-label="Zoom in"]');
    await page.screenshot({ path: path.join(out, `${name}-zoom2.png`) });
    await page.getByLabel('Search places').fill('segou');
    await page.screenshot({ path: path.join(out, `${name}-search-typing.png`) });
    await page.keyboard.press('Enter');
    await page.screenshot({ path: path.join(out, `${name}-search-segou.png`) });
    await page.keyboard.press('Escape');
    await page.click('button[aria-label="Reset view"]');
    await page.click('.list-toggle');
    await page.click('th.col-deaths button');
    await page.screenshot({ path: path.join(out, `${name}-list.png`) });
    await page.click('tr[data-incident-id="2022-07-21-bapho"]');
    await page.click('.incident-list .close');
    await page.screenshot({ path: path.join(out, `${name}-selected-radius.png`) });
    await page.keyboard.press('Escape');
    const gao = await page.locator('.region-label', { hasText: /^gao$/i }).boundingBox().catch(() => null);
    if (gao) {
      await page.mouse.click(gao.x + gao.width / 2, gao.y + gao.height / 2);
      await page.screenshot({ path: path.join(out, `${name}-region-gao.png`) });
    }
    console.log(`${name}: ${errors.length} console errors ${errors.join(' | ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`screenshots in ${out}`);
