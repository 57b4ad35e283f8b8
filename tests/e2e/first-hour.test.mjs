// What an analyst's first hour with real data tripped over (issue 20), on
// fixture data: links that would contact other servers ask first (a
// logging server on loopback sees no request before the reader's yes);
// opening a file that covers the built-in days hides them, with a way back,
// and the totals say what they add up; a link made with local files names
// them and waits for them; panels close with Escape and a click outside;
// removing a dataset can be undone; the filters' panel; typed dates,
// presets and the histogram's axis; the title follows the dates; zoom to
// what is shown; the tooltip gives way to the details.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, ROOT, solidPng } from './harness.mjs';

const FIXTURES = path.join(ROOT, 'tests/fixtures/e2e');
const INCIDENTS = fs.readFileSync(path.join(FIXTURES, 'july-2022.geojson'), 'utf8');
const GAZETTEER = fs.readFileSync(path.join(FIXTURES, 'gazetteer.geojson'), 'utf8');
const BUILTIN = JSON.parse(INCIDENTS).features.length;

// An ACLED-layout file of our own (made up for the tests, SYNTHETIC), whose
// dates (1 July to 31 August 2022) cover the built-in days (21-27 July) and
// whose points (T5, T6 at made-up corners) span the built-in area.
const ACLED_ROWS = [
  ['T1', '2022-07-01', 'Political violence', 'Battles', 'JNIM', '2', 'Military Forces of Mali', '1', 'Sokolo', 14.7328, -6.1219, 'Segou', 5],
  ['T2', '2022-07-27', 'Political violence', 'Battles', 'JNIM', '2', 'Military Forces of Mali', '1', 'Sokolo', 14.7328, -6.1219, 'Segou', 27],
  ['T3', '2022-08-10', 'Political violence', 'Violence against civilians', 'JNIM', '2', 'Civilians (Mali)', '7', 'Bandiagara', 14.35, -3.61, 'Mopti', 9],
  ['T4', '2022-08-31', 'Demonstrations', 'Protests', 'Protesters (Mali)', '6', '', '0', 'Bamako', 12.65, -8.0, 'Bamako', 0],
  ['T5', '2022-08-15', 'Political violence', 'Battles', 'Unidentified Armed Group (Mali)', '3', '', '0', 'SYNTHETIC east', 16.2, 3.5, 'Gao', 0],
  ['T6', '2022-08-20', 'Political violence', 'Battles', 'Unidentified Armed Group (Mali)', '3', '', '0', 'SYNTHETIC west', 12.5, -8.5, 'Kayes', 0],
];
const ACLED_CSV = 'event_id_cnty,event_date,disorder_type,event_type,actor1,inter1,actor2,inter2,location,latitude,longitude,admin1,fatalities\n'
  + ACLED_ROWS.map((r) => r.map((c) => (String(c).includes(' ') ? `"${c}"` : c)).join(',')).join('\n') + '\n';
const ACLED_NAME = 'synthetic-acled.csv';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function routeFixtures(page) {
  const json = 'application/geo+json';
  await page.route('**/data/incidents.geojson', (r) => r.fulfill({ body: INCIDENTS, contentType: json }));
  await page.route('**/data/gazetteer.geojson', (r) => r.fulfill({ body: GAZETTEER, contentType: json }));
}

async function app(url = server.url, viewport, context = browser.context) {
  const { page, errors } = await open(context, url, viewport, routeFixtures);
  await page.waitForFunction(() => document.body.dataset.markersReady);
  return { page, errors };
}

const count = (page) => page.getAttribute('[data-testid="visible-count"]', 'data-count');
async function expectCount(page, n) {
  await page.waitForFunction((n) => document.querySelector('[data-testid="visible-count"]')?.dataset.count === String(n), n);
}

/** Opens our CSV through the Data panel's file picker. */
async function openAcled(page) {
  if (await page.getAttribute('.data-wrap > .data-button', 'aria-expanded') !== 'true') await page.click('.data-wrap > .data-button');
  await page.setInputFiles('[data-testid="open-data"]', { name: ACLED_NAME, mimeType: 'text/csv', buffer: Buffer.from(ACLED_CSV) });
  await page.waitForSelector(`[data-testid="layer"][data-layer-name="${ACLED_NAME}"]`);
}

/** A server on loopback that logs every request: a tile for any .png, our CSV for any .csv. */
async function loggingServer() {
  const asked = [];
  const png = solidPng([200, 220, 240]);
  const s = http.createServer((req, res) => {
    asked.push(req.url);
    if (req.url.endsWith('.csv')) {
      res.writeHead(200, { 'content-type': 'text/csv', 'access-control-allow-origin': '*' });
      res.end(ACLED_CSV);
    } else {
      res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' });
      res.end(png);
    }
  });
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  return { base: `http://127.0.0.1:${s.address().port}`, asked, close: () => new Promise((r) => s.close(r)) };
}

test('a link that would contact another server asks first: no request before yes; no loads nothing; yes can be remembered', async () => {
  const log = await loggingServer();
  // A browser of its own: what it remembers stays in this test.
  const own = await launch();
  try {
    const link = `${server.url}?tiles=${encodeURIComponent(`${log.base}/{z}/{x}/{y}.png`)}&data=${encodeURIComponent(`${log.base}/x.csv`)}&from=2022-07-21`;
    let { page } = await app(link, undefined, own.context);
    let dialog = page.locator('[data-testid="consent"]');
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('data-origin'), log.base);
    const text = await dialog.textContent();
    assert.match(text, new RegExp(`another server: ${log.base.replace(/[.:/]/g, '\\$&')}`));
    assert.match(text, /the dataset http:\/\/127\.0\.0\.1:\d+\/x\.csv/);
    assert.match(text, /the map's tiles \(that server would see which part of the map you look at\)/);
    await page.waitForTimeout(1500);
    assert.deepEqual(log.asked, [], 'no request before the reader answers');
    assert.equal(await count(page), String(BUILTIN), 'the built-in map meanwhile');
    // No: nothing is asked of it, and the page says so.
    await page.click('[data-testid="consent-no"]');
    await page.locator('[data-testid="link-problems"]', { hasText: `Nothing was loaded from ${log.base}: you said no.` }).waitFor();
    await page.waitForTimeout(1000);
    assert.deepEqual(log.asked, []);
    assert.equal(await page.$('.tile-layer img'), null);
    await page.close();
    // Yes, remembered: the file and the tiles come from that server.
    ({ page } = await app(link, undefined, own.context));
    dialog = page.locator('[data-testid="consent"]');
    await dialog.waitFor();
    await page.check('[data-testid="consent-remember"]');
    await page.click('[data-testid="consent-yes"]');
    await page.waitForSelector('[data-testid="layer"][data-layer-name$="x.csv"]', { state: 'attached' });
    await page.waitForFunction(() => document.querySelectorAll('.tile-layer img').length > 0);
    assert.ok(log.asked.includes('/x.csv'), log.asked.join(' '));
    assert.ok(log.asked.some((u) => u.endsWith('.png')));
    // The data panel stays closed for a link's file (the map stays in view).
    assert.equal(await page.getAttribute('.data-wrap > .data-button', 'aria-expanded'), 'false');
    await page.close();
    // Remembered: no question the next time.
    const before = log.asked.length;
    ({ page } = await app(link, undefined, own.context));
    await page.waitForSelector('[data-testid="layer"][data-layer-name$="x.csv"]', { state: 'attached' });
    assert.equal(await page.$('[data-testid="consent"]'), null);
    assert.ok(log.asked.length > before);
    await page.close();
    // A basemap the reader picks in the page asks nothing: their own choice.
    ({ page } = await app(server.url, undefined, own.context));
    await page.click('.data-wrap > .data-button');
    await page.click('.basemap-choice summary');
    await page.check('.basemap-choice input[value="custom"]');
    await page.fill('[data-testid="tile-address"]', `${log.base.replace('127.0.0.1', 'localhost')}/{z}/{x}/{y}.png`);
    await page.locator('[data-testid="tile-address"]').dispatchEvent('change');
    await page.waitForFunction(() => document.querySelectorAll('.tile-layer img').length > 0);
    assert.equal(await page.$('[data-testid="consent"]'), null);
    await page.close();
  } finally {
    await own.close();
    await log.close();
  }
});

test('opening a file that covers the built-in days hides them, says so, totals per dataset, and the way back', async () => {
  const { page, errors } = await app();
  await openAcled(page);
  await expectCount(page, ACLED_ROWS.length);
  const notice = page.locator('[data-testid="builtin-hidden"]');
  assert.match(await notice.textContent(), new RegExp(`${ACLED_NAME} covers their days`));
  assert.equal(await page.isChecked('[data-testid="layer"]:first-child input[type=checkbox]'), false);
  // The way back: both shown, the totals say what they add up.
  await page.click('[data-testid="show-builtin"]');
  await expectCount(page, ACLED_ROWS.length + BUILTIN);
  const totals = page.locator('[data-testid="dataset-totals"]');
  await totals.waitFor();
  assert.equal(await totals.locator('li[data-dataset="acled"]').getAttribute('data-count'), String(ACLED_ROWS.length));
  assert.equal(await totals.locator('li[data-dataset="curated"]').getAttribute('data-count'), String(BUILTIN));
  assert.equal(await totals.locator('li[data-dataset="acled"]').getAttribute('data-killed'), '41');
  // Sokolo, 27 July, is in both: said, with what the sum counts twice.
  const doubles = page.locator('[data-testid="doubles"]');
  await doubles.waitFor();
  assert.ok(Number(await doubles.getAttribute('data-attacks')) >= 1);
  assert.match(await doubles.textContent(), /^1 attack is recorded more than once among the files shown .*: the sum counts 1 record and up to 27 killed more than once\./);
  // Each dataset has its shape on the map and in the legend.
  const shapes = await page.locator('[data-testid="legend-datasets"] li').evaluateAll((l) => l.map((e) => [e.dataset.dataset, e.dataset.shape]));
  assert.deepEqual(shapes, [['curated', 'ringed'], ['acled', 'circle']]);
  assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  await page.close();
});

test('Remove from the map can be undone, and the status says what happened', async () => {
  const { page } = await app();
  await openAcled(page);
  await expectCount(page, ACLED_ROWS.length);
  await page.click('[data-testid="remove-dataset"]');
  await expectCount(page, BUILTIN);
  assert.equal(await page.textContent('[data-testid="import-status"]'), `${ACLED_NAME} was removed from the map.`);
  await page.click('[data-testid="undo-remove"]');
  // Back as it was: the built-in incidents hidden again.
  await expectCount(page, ACLED_ROWS.length);
  assert.equal(await page.textContent('[data-testid="import-status"]'), `${ACLED_NAME} is back on the map.`);
  await page.locator('[data-testid="builtin-hidden"]').waitFor();
  await page.close();
});

test('every panel closes with Escape and with a click outside, and gives the focus back', async () => {
  const { page } = await app();
  const panels = [
    ['.data-wrap > .data-button', '#data-panel'],
    ['[data-testid="filters-toggle"]', '[data-testid="filter-panel"]'],
    ['.share-toggle', '[data-testid="share-panel"]'],
    ['.list-toggle', '.incident-list'],
  ];
  const shown = (sel) => page.evaluate((sel) => {
    const e = document.querySelector(sel);
    return !!e && !e.hidden && e.getClientRects().length > 0;
  }, sel);
  for (const [button, panel] of panels) {
    await page.click(button);
    await page.waitForFunction((sel) => { const e = document.querySelector(sel); return e && !e.hidden; }, panel);
    await page.keyboard.press('Escape');
    await page.waitForFunction((sel) => { const e = document.querySelector(sel); return !e || e.hidden; }, panel);
    assert.ok(await page.evaluate((b) => document.activeElement === document.querySelector(b), button), `${button} has the focus back`);
    await page.click(button);
    assert.ok(await shown(panel), panel);
    // A click on the map, outside the panel.
    const map = await page.locator('.scale-bar').boundingBox();
    await page.mouse.click(map.x - 40, map.y - 40);
    await page.waitForFunction((sel) => { const e = document.querySelector(sel); return !e || e.hidden; }, panel);
  }
  // Escape with no panel open still closes an incident's details.
  await page.evaluate(() => { location.hash = 'incident=2022-07-27-sokolo'; });
  await page.locator('[data-testid="incident-details"]').waitFor();
  await page.click('.list-toggle');
  await page.keyboard.press('Escape');
  assert.ok(await page.locator('[data-testid="incident-details"]').isVisible(), 'the panel on top closes first');
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="incident-details"]').waitFor({ state: 'detached' });
  await page.close();
});

test('the filters have a panel of their own: every filter reachable at 1366 x 768, ACLED\'s categories among them', async () => {
  const { page } = await app(server.url, { width: 1366, height: 768 });
  await openAcled(page);
  await expectCount(page, ACLED_ROWS.length);
  await page.click('[data-testid="filters-toggle"]');
  const panel = page.locator('[data-testid="filter-panel"]');
  await panel.waitFor();
  for (const legend of ['People killed', 'Actor', 'Actor type (ACLED)', 'Disorder type (ACLED)', 'Civilian targeting (ACLED)', 'Location', 'Date', 'Dataset']) {
    const field = panel.locator('legend', { hasText: legend }).first();
    await field.scrollIntoViewIfNeeded();
    assert.ok(await field.isVisible(), legend);
  }
  // Political violence only: the protest goes.
  await panel.locator('.choices', { hasText: 'Disorder type' }).locator('label', { hasText: 'Demonstrations' }).locator('input').uncheck();
  await expectCount(page, ACLED_ROWS.length - 1);
  // Initiators only: "Civilians (Mali)" is no longer ranked as an actor.
  await page.selectOption('[data-testid="actor-role"]', 'first');
  assert.doesNotMatch(await page.textContent('[data-testid="actor-list"]'), /Civilians \(Mali\)/);
  assert.match(await page.textContent('[data-testid="actor-list"]'), /JNIM 3/);
  // Actor type: civilians as the second side.
  await page.selectOption('[data-testid="actor-role"]', 'second');
  await panel.locator('[data-testid="actor-types"] label', { hasText: 'Civilians' }).locator('input').check();
  await expectCount(page, 1);
  assert.match(await page.textContent('[data-testid="filters-active-panel"]'), /actor types: Civilians; actors as second side \(target\) only/);
  // The link keeps them.
  await page.waitForFunction(() => new URLSearchParams(location.search).get('role') === 'second');
  const q = new URLSearchParams(await page.evaluate(() => location.search));
  assert.equal(q.get('disorder'), 'demonstrations');
  assert.equal(q.get('actortype'), 'civilians');
  await page.close();
});

test('dates: typed first and last days, presets, an axis of years or months, and a title that says the dates shown', async () => {
  const { page } = await app();
  await openAcled(page);
  await expectCount(page, ACLED_ROWS.length);
  assert.equal(await page.textContent('h1'), 'Conflict events, 1 July 2022 – 31 August 2022');
  // Two months of data: a tick a week.
  const ticks = await page.locator('[data-testid="histogram-axis"] .tick').allTextContents();
  assert.deepEqual(ticks, ['1 Jul', '8 Jul', '15 Jul', '22 Jul', '29 Jul', '5 Aug', '12 Aug', '19 Aug', '26 Aug']);
  await page.fill('[data-testid="first-day"]', '2022-07-27');
  await page.locator('[data-testid="first-day"]').dispatchEvent('change');
  await page.fill('[data-testid="last-day"]', '2022-08-10');
  await page.locator('[data-testid="last-day"]').dispatchEvent('change');
  await expectCount(page, 2);
  assert.equal(await page.textContent('h1'), 'Conflict events, 27 July 2022 – 10 August 2022', 'the title follows the dates');
  await page.selectOption('[data-testid="date-presets"]', 'weeks-4');
  await expectCount(page, 4);
  assert.equal(await page.textContent('[data-testid="start-date"]'), '4 August 2022');
  await page.selectOption('[data-testid="date-presets"]', 'whole');
  await expectCount(page, ACLED_ROWS.length);
  assert.equal(await page.inputValue('[data-testid="date-presets"]'), 'whole');
  await page.close();
});

test('a link made with a file from the sender\'s computer names it with its rows, waits for it, and then shows what the sender saw', async () => {
  const first = await app();
  await openAcled(first.page);
  await expectCount(first.page, ACLED_ROWS.length);
  await first.page.fill('[data-testid="first-day"]', '2022-08-01');
  await first.page.locator('[data-testid="first-day"]').dispatchEvent('change');
  await expectCount(first.page, 4);
  await first.page.waitForFunction(() => new URLSearchParams(location.search).get('from') === '2022-08-01');
  const link = await first.page.evaluate(() => location.href);
  assert.equal(new URL(link).searchParams.get('file'), `${ACLED_ROWS.length},${ACLED_NAME}`);
  await first.page.close();
  // A fresh page: it says which file, with its rows, and keeps the link as written.
  const { page } = await app(link);
  const banner = page.locator('[data-testid="link-files"]');
  await banner.waitFor();
  assert.match(await banner.textContent(), new RegExp(`${ACLED_NAME} \\(${ACLED_ROWS.length} rows\\)`));
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => location.href), link, 'the link is kept as written meanwhile');
  assert.equal(await count(page), String(BUILTIN));
  // Opened here, the file brings the link's dates.
  await page.setInputFiles('[data-testid="link-files-open"]', { name: ACLED_NAME, mimeType: 'text/csv', buffer: Buffer.from(ACLED_CSV) });
  await expectCount(page, 4);
  assert.equal(await page.textContent('[data-testid="start-date"]'), '1 August 2022');
  await banner.waitFor({ state: 'detached' });
  await page.close();
});

test('zoom to what is shown frames the region chosen; the tooltip gives way to the details it opened', async () => {
  const { page } = await app();
  await page.click('[data-testid="filters-toggle"]');
  await page.selectOption('[data-testid="filter-panel"] .region-filter select', 'Mopti');
  await page.keyboard.press('Escape');
  await page.click('[data-testid="zoom-shown"]');
  await page.waitForFunction(() => {
    const at = new URLSearchParams(location.search).get('at');
    return at && Number(at.split(',')[2]) > 2;
  });
  // Hover a circle, click it: the details open and the tooltip goes.
  await page.click('[data-testid="clear-filters"]');
  await page.click('button[aria-label="Reset view"]');
  await page.evaluate(() => { location.hash = 'incident=2022-07-27-sokolo'; });
  const r = await page.locator('.selection-ring').boundingBox();
  await page.keyboard.press('Escape');
  await page.mouse.move(r.x + r.width / 2, r.y + r.height / 2);
  await page.locator('.map-tooltip').waitFor();
  await page.mouse.down();
  await page.mouse.up();
  await page.locator('[data-testid="incident-details"]').waitFor();
  assert.equal(await page.$('.map-tooltip'), null);
  await page.close();
});

test('a link\'s data address that is not http(s), or tiles whose server name changes with each tile, are named and never asked for', async () => {
  const link = `${server.url}?data=${encodeURIComponent('javascript:alert(1)')}&tiles=${encodeURIComponent('http://t{z}.127.0.0.1.nip.io/{z}/{x}/{y}.png')}`;
  const { page, errors } = await app(link);
  const problems = page.locator('[data-testid="link-problems"]');
  await problems.waitFor();
  const text = await problems.textContent();
  assert.match(text, /The link's data value “javascript:alert\(1\)” is not an http\(s\) address, so nothing was read from it; it was ignored\./);
  assert.match(text, /The link's tiles value “http:\/\/t\{z\}\.127\.0\.0\.1\.nip\.io\/\{z\}\/\{x\}\/\{y\}\.png” has \{z\}, \{x\}, \{y\} or \{r\} in its server name/);
  assert.equal(await page.$('[data-testid="consent"]'), null, 'nothing to ask: nothing will be fetched');
  assert.equal(await page.$('.tile-layer img'), null);
  assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  await page.close();
});
