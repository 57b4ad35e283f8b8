// End-to-end tests: the built app (dist/) served on 127.0.0.1, driven in
// Debian's headless Chromium as a user would use it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, ROOT, solidPng, tileServer } from './harness.mjs';

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

const DETAILS = '[data-testid="incident-details"]';
// The UI tests run on frozen fixtures, served in place of data/incidents.geojson
// and data/gazetteer.geojson, so adding or correcting a sourced incident or place
// in data/ never breaks them.
const FIXTURES = path.join(ROOT, 'tests/fixtures/e2e');
const FIXTURE = fs.readFileSync(path.join(FIXTURES, 'july-2022.geojson'), 'utf8');
const GAZETTEER = fs.readFileSync(path.join(FIXTURES, 'gazetteer.geojson'), 'utf8');
const ALL_IDS = JSON.parse(FIXTURE).features.map((f) => f.properties.id);

/** Serves the fixtures (or `incidents` with `status`) in place of the data files. */
async function routeFixtures(page, incidents = FIXTURE, status = 200) {
  const json = 'application/geo+json';
  await page.route('**/data/incidents.geojson', (r) => r.fulfill({ status, body: incidents, contentType: json }));
  await page.route('**/data/gazetteer.geojson', (r) => r.fulfill({ status: 200, body: GAZETTEER, contentType: json }));
}

/** Waits until the canvas shows `n` incidents (any number when omitted). */
async function drawn(page, n) {
  await page.waitForFunction((n) => document.body.dataset.markersReady !== undefined
    && (n === undefined || document.body.dataset.markersReady === String(n)), n);
}

/** Opens the app on the fixture data and waits for the symbols. */
async function loaded(viewport, hash = '') {
  const { page, errors } = await open(browser.context, server.url + hash, viewport, (p) => routeFixtures(p));
  await drawn(page);
  return { page, errors };
}

/** A parameter of the shareable link in the page's address, once written. */
async function linked(page, name) {
  await page.waitForFunction((n) => new URLSearchParams(location.search).has(n), name);
  return page.evaluate((n) => new URLSearchParams(location.search).get(n), name);
}

/** Opens the filters' panel (the top bar's "Filters"). */
async function openFilters(page) {
  if (await page.getAttribute('[data-testid="filters-toggle"]', 'aria-expanded') !== 'true') {
    await page.click('[data-testid="filters-toggle"]');
  }
  await page.locator('[data-testid="filter-panel"]').waitFor();
}

/** Opens an incident's details through its link (`#incident=<id>`). */
async function show(page, id) {
  await page.evaluate((id) => { location.hash = `incident=${encodeURIComponent(id)}`; }, id);
  await page.locator(`${DETAILS} h2`).waitFor();
}

/** Centre and diameter of the selection ring (around the selected symbol). */
async function ring(page) {
  const b = await page.locator('.selection-ring').boundingBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2, d: b.width };
}

/** Where an incident's symbol is on screen: opened by its link, then closed. */
async function positionOf(page, id) {
  await show(page, id);
  const r = await ring(page);
  await page.keyboard.press('Escape');
  await page.locator(DETAILS).waitFor({ state: 'detached' });
  return r;
}

/** The canvas pixel [r, g, b, a] under page point (x, y). */
async function pixel(page, x, y) {
  const map = await page.locator('canvas.marker-canvas').boundingBox();
  return page.evaluate(([x, y]) => {
    const c = document.querySelector('canvas.marker-canvas');
    const k = c.width / c.getBoundingClientRect().width;
    return Array.from(c.getContext('2d').getImageData(Math.round(x * k), Math.round(y * k), 1, 1).data);
  }, [x - map.x, y - map.y]);
}

const visibleCount = async (page) => Number(await page.getAttribute('.map', 'data-visible-incidents'));

test('loads without console errors, draws every incident, and the map is one focusable element', async () => {
  const { page, errors } = await loaded();
  assert.equal(await page.evaluate(() => document.body.dataset.markersReady), String(ALL_IDS.length));
  assert.equal(await visibleCount(page), ALL_IDS.length);
  // No element per incident: the map is one focusable application.
  assert.equal(await page.locator('[data-incident-id]').count(), 0);
  const map = page.locator('.map');
  assert.equal(await map.getAttribute('tabindex'), '0');
  assert.equal(await map.getAttribute('role'), 'application');
  assert.match(await map.getAttribute('aria-label'), /Arrow keys move between the incidents/);
  assert.equal(await page.getAttribute('[data-testid="visible-count"]', 'data-count'), String(ALL_IDS.length));
  assert.equal(await page.$('[data-testid="data-problems"]'), null, 'no problem banner for the real data');
  await page.waitForTimeout(300);
  assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  await page.close();
});

test('the live data/ files load with no problem banner and every feature drawn', async () => {
  // Counts of the real data are asserted in shared/tests/data_files.rs; here only
  // that what is published loads cleanly, whatever it holds.
  const live = JSON.parse(fs.readFileSync(path.join(ROOT, 'data/incidents.geojson'), 'utf8'));
  const { page, errors } = await open(browser.context, server.url);
  await drawn(page, live.features.length);
  assert.equal(await page.$('[data-testid="data-problems"]'), null);
  assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  await page.close();
});

test('a figure given only in words shows the words, not a number (Bobosso: "une vingtaine")', async () => {
  const { page } = await loaded();
  await show(page, '2022-07-23-bobosso');
  const details = page.locator(DETAILS);
  const row = async (side) => (await details.locator(`tr:has(th:text-is("${side}")) td`).allTextContents());
  assert.deepEqual(await row('civilian'), ['9', 'about twenty']);
  assert.deepEqual(await row('all sides'), ['9', '—'], 'no injured total is made up');
  const words = await details.locator('[data-testid="figure-wordings"] li').allTextContents();
  assert.deepEqual(words, [
    'Killed, civilian: “au moins neuf” (at least nine).',
    'Injured, civilian: “une vingtaine” (about twenty); no exact number.',
  ]);
  assert.match(await details.textContent(), /Unidentified armed men \(according to the local administrative authority\)/);
  await page.close();
});

test('clicking Sokolo shows the army figures, with the 48 assailants as a claim', async () => {
  const { page } = await loaded();
  const at = await positionOf(page, '2022-07-27-sokolo');
  await page.mouse.click(at.x, at.y);
  const details = page.locator(DETAILS);
  await details.waitFor();
  assert.equal(await linked(page, 'incident'), '2022-07-27-sokolo', 'a link to it');
  assert.equal(await details.locator('h2').textContent(), 'Sokolo');
  const row = async (side) => (await details.locator(`tr:has(th:text-is("${side}")) td`).allTextContents());
  assert.deepEqual(await row('military'), ['6', '25']);
  assert.deepEqual(await row('assailants'), ['48', '—']);
  const text = await details.textContent();
  assert.match(text, /Of the injured, 5 seriously\./);
  assert.match(text, /48 assailants killed, according to the Malian army/);
  assert.match(text, /27 July 2022/);
  assert.match(text, /Ségou region/);
  assert.ok(await details.locator('a[href^="http"]').count() >= 2, 'sources are links');
  // The datasets' records of the attack, and ACLED's figures from its record (issue 22).
  assert.deepEqual(await details.locator('[data-testid="dataset-records"] li').allTextContents(), ['ACLED event MLI7017', 'UCDP GED event 443712']);
  assert.match(text, /ACLED, which counts 21 attackers killed \(ACLED event MLI7017\): killed: 6 military, 21 assailants/);
  await page.close();
});

test('a coordinated-attack link selects that incident', async () => {
  const { page } = await loaded('', '#incident=2022-07-27-sokolo');
  await page.click(`${DETAILS} button[data-coordinated-id="2022-07-27-kalumba"]`);
  assert.equal(await page.locator(`${DETAILS} h2`).textContent(), 'Kalumba');
  assert.match(await page.locator(DETAILS).textContent(), /not far from Mourdiah/);
  await page.close();
});

test('moving the start past 22 July hides Kati and the 21 July attacks and updates the count', async () => {
  const { page } = await loaded();
  const start = page.getByLabel('Start date');
  await start.focus();
  await page.keyboard.press('ArrowRight'); // 22 July
  await page.keyboard.press('ArrowRight'); // 23 July
  assert.equal(await page.textContent('[data-testid="start-date"]'), '23 July 2022');
  assert.equal(await page.getAttribute('[data-testid="visible-count"]', 'data-count'), '7');
  assert.equal(await visibleCount(page), 7, 'the map shows what the count says');
  await drawn(page, 7);
  // 9 + 1 + 5 + 12 + 0 + 54 + 12: the fixture's figures from 23 July on.
  assert.match(await page.textContent('[data-testid="killed-count"]'), /^93 killed/);
  // The end handle cannot cross the start: it stops at the start date.
  const end = page.getByLabel('End date');
  await end.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  assert.equal(await page.textContent('[data-testid="end-date"]'), '23 July 2022');
  assert.equal(await page.getAttribute('[data-testid="visible-count"]', 'data-count'), '1');
  await drawn(page, 1);
  // The one left is Bobosso: the keyboard finds it and only it.
  await page.locator('.map').focus();
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.getAttribute('.map', 'data-active-incident'), '2022-07-23-bobosso');
  await end.focus();
  await page.keyboard.press('End');
  assert.equal(await page.getAttribute('[data-testid="visible-count"]', 'data-count'), '7');
  await page.close();
});

test('dragging the start handle with the mouse filters too', async () => {
  const { page } = await loaded();
  const box = await page.getByLabel('Start date').boundingBox();
  // The start thumb sits at the left end; drag it to the right end (27 July).
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 5, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  assert.equal(await page.textContent('[data-testid="start-date"]'), '27 July 2022');
  assert.equal(await page.getAttribute('[data-testid="visible-count"]', 'data-count'), '5');
  await page.close();
});

test('keyboard: Tab reaches the map, arrows move between incidents, Enter opens, Escape closes', async () => {
  const { page } = await loaded();
  let focusedMap = false;
  for (let i = 0; i < 12 && !focusedMap; i++) {
    await page.keyboard.press('Tab');
    focusedMap = await page.evaluate(() => document.activeElement?.classList.contains('map'));
  }
  assert.ok(focusedMap, 'the map takes focus with Tab');
  // The first arrow activates the incident nearest the centre; the next ones
  // move to the nearest in their direction; each is announced.
  const seen = new Map();
  for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowDown', 'ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowUp', 'ArrowRight']) {
    await page.keyboard.press(key);
    const id = await page.getAttribute('.map', 'data-active-incident');
    const said = await page.textContent('[data-testid="map-active"]');
    const count = await page.getAttribute('.map', 'data-active-count');
    if (id) {
      assert.match(said, /^.+, \d{1,2} July 2022: .+, (\d+ killed|no casualty figure)$/, said);
      assert.equal(count, '1');
      seen.set(id, said);
    } else {
      assert.match(said, /^\d+ incidents at .+\. Press Enter to list them\.$/, said);
    }
  }
  assert.ok(seen.size >= 3, `moved through several incidents: ${[...seen.keys()]}`);
  // An active ring marks it while the map has focus.
  assert.equal(await page.locator('.active-ring').count(), 1);
  // Enter opens the active incident; Escape closes and gives focus back to the map.
  while (!(await page.getAttribute('.map', 'data-active-incident'))) await page.keyboard.press('ArrowLeft');
  const active = await page.getAttribute('.map', 'data-active-incident');
  await page.keyboard.press('Enter');
  await page.locator(DETAILS).waitFor();
  assert.equal(await linked(page, 'incident'), active);
  await page.keyboard.press('Escape');
  assert.equal(await page.$(DETAILS), null);
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('map')), 'focus returns to the map');
  assert.equal(await page.getAttribute('.map', 'data-active-incident'), active, 'on the same incident');
  await page.close();
});

test('hovering a symbol rings it and says what it is; the pointer finds only visible incidents', async () => {
  const { page } = await loaded();
  const kati = await positionOf(page, '2022-07-22-kati');
  await page.mouse.move(kati.x, kati.y);
  const tip = page.locator('.map-tooltip');
  await tip.waitFor();
  assert.match(await tip.textContent(), /^Kati, 22 July 2022: Explosions\/Remote violence, /);
  assert.equal(await page.locator('.hover-ring').count(), 1);
  assert.ok(await page.evaluate(() => document.querySelector('.map').classList.contains('hovering')));
  await page.mouse.move(5, 400);
  await tip.waitFor({ state: 'detached' });
  // Hidden by the slider: nothing under the pointer any more.
  const end = page.getByLabel('End date');
  await end.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowLeft'); // 21 July only
  await page.mouse.move(kati.x, kati.y);
  await page.waitForTimeout(100);
  // Only the region there is said (a click would keep its incidents).
  assert.equal(await page.locator('.map-tooltip:not(.region-tip)').count(), 0);
  assert.match(await page.textContent('.region-tip'), /^Koulikoro: click to show only this region$/);
  await page.mouse.click(kati.x, kati.y);
  assert.equal(await page.$(DETAILS), null, 'a hidden incident cannot be clicked');
  await page.close();
});

test('wheel zooms around the cursor and circles keep their pixel size', async () => {
  const { page } = await loaded('', '#incident=2022-07-27-sokolo');
  const before = await ring(page);
  await page.mouse.move(before.x, before.y);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(200);
  const after = await ring(page);
  assert.ok(Math.abs(after.d - before.d) < 0.5, `radius kept: ${before.d} vs ${after.d}`);
  assert.ok(Math.abs(after.x - before.x) < 1.5 && Math.abs(after.y - before.y) < 1.5, 'the point under the cursor stays put');
  // The crisp redraw follows: the symbol is still painted under the cursor.
  assert.deepEqual(await pixel(page, after.x, after.y), [0xd5, 0x5e, 0x00, 255]);
  const kati = await positionOf(page, '2022-07-22-kati');
  await page.click('button[aria-label="Reset view"]');
  const reset = await positionOf(page, '2022-07-22-kati');
  assert.ok(Math.abs(reset.x - kati.x) > 20, 'reset moves the map back');
  await page.close();
});

test('drag pans the map and the symbols move with it', async () => {
  const { page } = await loaded('', '#incident=2022-07-22-kati');
  const before = await ring(page);
  await page.mouse.move(700, 200);
  await page.mouse.down();
  await page.mouse.move(600, 260, { steps: 5 });
  await page.mouse.up();
  const after = await ring(page);
  assert.ok(Math.abs(after.x - before.x + 100) < 1 && Math.abs(after.y - before.y - 60) < 1);
  assert.deepEqual(await pixel(page, after.x, after.y), [0x7b, 0x32, 0x94, 255], 'Kati is painted where it moved');
  assert.equal(await page.locator(`${DETAILS} h2`).textContent(), 'Kati', 'a drag is not a click');
  await page.close();
});

/** Opens the app with data/incidents.geojson replaced by `body`. */
async function withIncidents(body, status = 200) {
  const page = await browser.context.newPage();
  await routeFixtures(page, body, status);
  await page.goto(server.url);
  return page;
}

test('a malformed data file shows a message naming the file and the problem', async () => {
  const page = await withIncidents('{"type": "FeatureCollection", "features": [');
  const msg = await page.locator('[data-testid="load-error"]').textContent();
  assert.match(msg, /incidents\.geojson: not valid JSON at line 1, column \d+/);
  await page.close();
});

test('a missing data file shows the file and the HTTP status', async () => {
  const page = await withIncidents('gone', 404);
  assert.match(await page.locator('[data-testid="load-error"]').textContent(), /incidents\.geojson: the server answered 404/);
  await page.close();
});

test('a bad feature is rejected with a banner and the valid rest is shown', async () => {
  const fc = JSON.parse(FIXTURE);
  fc.features[1].properties.killed.military = -1;
  const page = await withIncidents(JSON.stringify(fc));
  await drawn(page, ALL_IDS.length - 1);
  const banner = page.locator('[data-testid="data-problems"]');
  assert.match(await banner.locator('summary').textContent(), /1 feature of incidents\.geojson was rejected/);
  assert.match(await banner.textContent(),
    /incidents\.geojson, feature 1 \(id "2022-07-21-douentza"\), field `killed\.military`: invalid value: integer `-1`/);
  // Regression: the banner stayed in the language the page opened in. An open list stays open.
  await banner.locator('summary').click();
  await page.click('.language-switch [data-lang="fr"]');
  await banner.locator('summary', { hasText: '1 entité de incidents.geojson a été rejetée' }).waitFor();
  assert.match(await banner.locator('li').first().textContent(), /valeur invalide/);
  assert.ok(await banner.evaluate((d) => d.open));
  await page.close();
});

test('phone layout: the map, the slider and the details fit a 390x844 screen', async () => {
  const { page, errors } = await loaded({ width: 390, height: 844 });
  const at = await positionOf(page, '2022-07-27-sokolo');
  await page.mouse.click(at.x, at.y);
  await page.locator(DETAILS).waitFor();
  const box = await page.locator(DETAILS).boundingBox();
  assert.ok(box.width <= 390 && box.x >= 0, 'details fit the width');
  assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  await page.close();
});

test('searching "segou" suggests Ségou, Enter centres the map on it and lists nearby incidents', async () => {
  const { page } = await loaded();
  const box = page.getByLabel('Search places');
  await box.fill('segou');
  const first = page.locator('#place-suggestions [role="option"]').first();
  assert.match(await first.textContent(), /^Ségou/);
  assert.equal(await box.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Enter');
  const nearby = page.locator('[data-testid="nearby"]');
  assert.equal(await nearby.locator('h2').textContent(), 'Ségou');
  assert.match(await nearby.textContent(), /1 incident within 50 km/);
  // Each line says its dataset and its figure (issue 20).
  assert.match(await nearby.textContent(), /Ségou, 21 July 2022 · Press reports \(this project\) · 0 killed \(0 km\)/);
  // The map is centred on the place.
  const pin = await page.locator('.place-pin').boundingBox();
  const map = await page.locator('.map').boundingBox();
  assert.ok(Math.abs(pin.x + pin.width / 2 - (map.x + map.width / 2)) < 2, 'pin at the horizontal centre');
  assert.ok(Math.abs(pin.y + pin.height / 2 - (map.y + map.height / 2)) < 2, 'pin at the vertical centre');
  // A nearby incident opens its details.
  await nearby.locator('button[data-nearby-id="2022-07-21-segou"]').click();
  assert.equal(await page.locator(`${DETAILS} h2`).textContent(), 'Ségou');
  await page.close();
});

test('search: alternate spellings, arrow keys, Escape, and a place that is not found', async () => {
  const { page } = await loaded();
  const box = page.getByLabel('Search places');
  await box.fill('Tombouctou');
  assert.match(await page.locator('#place-suggestions [role="option"]').first().textContent(), /^Timbuktu/);
  await box.fill('kaloumba');
  await page.keyboard.press('ArrowDown');
  assert.equal(await box.getAttribute('aria-activedescendant'), 'place-option-0');
  await page.keyboard.press('Enter');
  assert.match(await page.locator('[data-testid="nearby"]').textContent(), /Kalumba[\s\S]*1 incident within 50 km/);
  await box.fill('Atlantis');
  assert.equal(await page.textContent('[data-testid="search-status"]'), 'No place matches “Atlantis”.');
  await page.keyboard.press('Escape');
  assert.equal(await box.inputValue(), '');
  await page.close();
});

test('the canvas paints each visible circle in its colour and erases filtered ones', async () => {
  const { page } = await loaded();
  const sokolo = await positionOf(page, '2022-07-27-sokolo');
  const kati = await positionOf(page, '2022-07-22-kati');
  // Sokolo: a battle with 54 killed, filled with the battles colour #d55e00.
  assert.deepEqual(await pixel(page, sokolo.x, sokolo.y), [0xd5, 0x5e, 0x00, 255]);
  // Kati: explosions/remote violence, #7b3294.
  assert.deepEqual(await pixel(page, kati.x, kati.y), [0x7b, 0x32, 0x94, 255]);
  const end = page.getByLabel('End date');
  await end.focus();
  await page.keyboard.press('ArrowLeft'); // 26 July: the 27 July circles go
  await drawn(page, 9);
  assert.equal((await pixel(page, sokolo.x, sokolo.y))[3], 0, 'Sokolo is erased');
  assert.deepEqual(await pixel(page, kati.x, kati.y), [0x7b, 0x32, 0x94, 255], 'Kati stays');
  await page.close();
});

test('legend toggles, the deaths range and the region filter the map, the totals and each other\'s counts; Clear filters restores all', async () => {
  const { page, errors } = await loaded();
  const sokolo = await positionOf(page, '2022-07-27-sokolo');
  const kati = await positionOf(page, '2022-07-22-kati');
  const battles = page.locator('.legend-toggle[data-category="battles"]');
  const count = async () => Number(await page.getAttribute('[data-testid="visible-count"]', 'data-count'));
  assert.equal(await count(), 14);
  assert.equal(await battles.getAttribute('aria-pressed'), 'true');
  assert.equal(await battles.locator('.legend-count').textContent(), '5');
  // Hiding the battles: five fewer, Sokolo erased, Kati still drawn.
  await battles.click();
  await drawn(page, 9);
  assert.equal(await count(), 9);
  assert.equal(await visibleCount(page), 9);
  assert.equal(await battles.getAttribute('aria-pressed'), 'false');
  assert.equal((await pixel(page, sokolo.x, sokolo.y))[3], 0, 'Sokolo is erased');
  assert.deepEqual(await pixel(page, kati.x, kati.y), [0x7b, 0x32, 0x94, 255], 'Kati stays');
  // At least 8 killed: Kati (8), Bobosso (9), Tifolat (12) remain of the others.
  await openFilters(page);
  await page.fill('input[aria-label="Fewest people killed"]', '8');
  await page.press('input[aria-label="Fewest people killed"]', 'Tab');
  await drawn(page, 3);
  assert.equal(await count(), 3);
  // The battles' toggle counts what showing them would bring back: Kalumba and Sokolo.
  assert.equal(await battles.locator('.legend-count').textContent(), '2');
  assert.equal(await page.textContent('[data-testid="filters-active"]'),
    'Filtered: event types hidden: Battles (ACLED); at least 8 killed. Edit Clear filters');
  // The slider still moves within the filters: from 23 July, Kati (22 July) goes.
  const start = page.getByLabel('Start date');
  await start.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await drawn(page, 2);
  // Clearing the filters keeps the dates: the seven incidents from 23 July.
  await page.click('[data-testid="clear-filters"]');
  await drawn(page, 7);
  assert.equal(await battles.getAttribute('aria-pressed'), 'true');
  // (A click outside the filters' panel closed it.)
  await openFilters(page);
  assert.equal(await page.inputValue('input[aria-label="Fewest people killed"]'), '');
  assert.ok(await page.locator('[data-testid="filters-active"]').isHidden());
  // The region filter: from 23 July, Mopti region has Bobosso, Sévaré and Mopti.
  // Each region says how many incidents it keeps in the dates shown.
  assert.deepEqual(await page.locator('select[aria-label="Region"] option').allTextContents(),
    ['All regions', 'Gao (2)', 'Koulikoro (1)', 'Mopti (3)', 'Ségou (1)']);
  await page.selectOption('select[aria-label="Region"]', 'Mopti');
  await drawn(page, 3);
  assert.match(await page.textContent('[data-testid="filters-active"]'), /Filtered: region Mopti\./);
  await page.click('[data-testid="clear-filters"]');
  await drawn(page, 7);
  await openFilters(page);
  assert.equal(await page.inputValue('select[aria-label="Region"]'), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the histogram stacks each day by type under the filters; pressing a bar or dragging across bars sets the dates', async () => {
  const { page, errors } = await loaded();
  const hist = page.locator('[data-testid="histogram"]');
  assert.equal(await hist.getAttribute('aria-label'),
    'Incidents per day, stacked by event type, under the filters; the busiest day has 6');
  // 21 July: Battles, Explosions/Remote violence and Strategic developments;
  // 22, 23, 24 July one type each; 27 July Battles and Violence against civilians.
  const bars = hist.locator('rect:not(.veil)');
  assert.equal(await bars.count(), 3 + 1 + 1 + 1 + 2);
  const box = await hist.boundingBox();
  const atDay = (d) => box.x + box.width * (d + 0.45) / 7; // the middle of day d's bar
  const y = box.y + box.height - 2;
  // Pressing 22 July's bar: only Kati.
  await page.mouse.click(atDay(1), y);
  await drawn(page, 1);
  assert.equal(await page.textContent('[data-testid="start-date"]'), '22 July 2022');
  assert.equal(await page.textContent('[data-testid="end-date"]'), '22 July 2022');
  // Dragging from 23 to 24 July: Bobosso and Sévaré; the other days veiled.
  await page.mouse.move(atDay(2), y);
  await page.mouse.down();
  await page.mouse.move(atDay(3), y, { steps: 4 });
  await page.mouse.up();
  await drawn(page, 2);
  assert.equal(await page.textContent('[data-testid="end-date"]'), '24 July 2022');
  const veils = await hist.locator('rect.veil').evaluateAll((rs) => rs.map((r) => [r.getAttribute('x'), r.getAttribute('width')]));
  assert.deepEqual(veils, [['0', '2'], ['4', '3']]);
  // Hiding the battles takes their parts out of the bars (21, 24 and 27 July).
  await page.click('.legend-toggle[data-category="battles"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="histogram"] rect:not(.veil)').length === 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test('playback: Space plays a one-day window to the last day; steps move it back and forth; cumulative grows the range', async () => {
  const { page, errors } = await loaded();
  const play = page.locator('[data-testid="play"]');
  const dates = async () => [await page.textContent('[data-testid="start-date"]'), await page.textContent('[data-testid="end-date"]')];
  await page.selectOption('select[aria-label="Playback speed"]', '2');
  await page.click('h1');
  await page.keyboard.press(' ');
  assert.equal(await play.getAttribute('aria-label'), 'Pause');
  // It stops by itself on the last day, a one-day window.
  await page.waitForFunction(() => document.querySelector('[data-testid="play"]').getAttribute('aria-label') === 'Play', null, { timeout: 15000 });
  assert.deepEqual(await dates(), ['27 July 2022', '27 July 2022']);
  await drawn(page, 5);
  await page.click('button[aria-label="Step back"]');
  assert.deepEqual(await dates(), ['26 July 2022', '26 July 2022']);
  await drawn(page, 0);
  await page.selectOption('select[aria-label="Playback mode"]', 'cumulative');
  await page.click('button[aria-label="Step forward"]');
  assert.deepEqual(await dates(), ['26 July 2022', '27 July 2022']);
  await drawn(page, 5);
  assert.deepEqual(errors, []);
  await page.close();
});

test('incidents drawn at one point show their count, and clicking it lists them', async () => {
  const { page } = await loaded();
  // Thy (21 July), Sévaré (24 July) and Mopti (27 July) are all drawn at Sévaré.
  const thy = await positionOf(page, '2022-07-21-thy');
  const mopti = await positionOf(page, '2022-07-27-mopti');
  assert.ok(Math.hypot(thy.x - mopti.x, thy.y - mopti.y) < 1, 'one point');
  await page.mouse.click(thy.x, thy.y);
  const list = page.locator('[data-testid="stack-list"]');
  await list.waitFor();
  assert.equal(await list.locator('h2').textContent(), '3 incidents at Thy (Sévaré)');
  assert.deepEqual(await list.locator('button[data-stack-member]').evaluateAll((bs) => bs.map((b) => b.dataset.stackMember)),
    ['2022-07-21-thy', '2022-07-24-sevare', '2022-07-27-mopti']);
  await list.locator('button[data-stack-member="2022-07-27-mopti"]').click();
  assert.equal(await page.locator(`${DETAILS} h2`).textContent(), 'Mopti (Sévaré)');
  // The badge counts what the slider shows: from 22 July on, two.
  const start = page.getByLabel('Start date');
  await start.focus();
  await page.keyboard.press('ArrowRight');
  assert.equal(await list.locator('button[data-stack-member]').count(), 2);
  await page.click('button[aria-label="Close the list"]');
  await page.keyboard.press('Escape'); // closes Mopti's details; the map keeps the stack active
  // From the keyboard: Enter on the stack opens the list with focus on its
  // first incident; Escape closes it and goes back to the map.
  await page.locator('.map').focus();
  await page.keyboard.press('Enter');
  await list.waitFor();
  // Focus moves on the next frame, once the list is drawn.
  await page.waitForFunction(() => document.activeElement?.dataset?.stackMember);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.stackMember), '2022-07-24-sevare');
  await page.keyboard.press('Escape');
  await list.waitFor({ state: 'detached' });
  assert.ok(await page.evaluate(() => document.activeElement?.classList.contains('map')), 'focus back on the map');
  // Zoomed in, still one point with its list.
  for (let i = 0; i < 3; i++) await page.click('button[aria-label="Zoom in"]');
  await page.keyboard.press('Escape');
  const sevare = await positionOf(page, '2022-07-24-sevare');
  await page.mouse.click(sevare.x, sevare.y);
  assert.equal(await list.locator('h2').textContent(), '2 incidents at Sévaré');
  await page.close();
});

/** `n` synthetic incidents (labelled SYNTHETIC) at the fixture's places, over a year. */
function synthetic(n) {
  const places = JSON.parse(GAZETTEER).features.filter((f) => f.properties.precision === 'exact');
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const features = [];
  for (let i = 0; i < n; i++) {
    const p = places[Math.floor(rand() * places.length)];
    const [lon, lat] = p.geometry.coordinates;
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(rand() * 365) * 86400000).toISOString().slice(0, 10);
    const k = rand() < 0.2 ? null : Math.floor(rand() ** 3 * 60);
    features.push({ type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon + (rand() - 0.5) * 0.2, lat + (rand() - 0.5) * 0.2] },
      properties: { id: `synthetic-${i}`, date: day, date_precision: 'day', place_id: p.properties.id,
        place_name: `SYNTHETIC ${p.properties.name}`, admin1: p.properties.admin1, location_precision: 'near',
        location_radius_km: 20, event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'SYNTHETIC',
        attributed_by: 'SYNTHETIC', actor2: 'SYNTHETIC',
        killed: { military: k, civilian: null, assailants: null, unknown: null },
        injured: { military: null, civilian: null, assailants: null, unknown: null },
        figures_source: 'SYNTHETIC', coordinated_with: [],
        sources: [{ outlet: 'SYNTHETIC', title: 'SYNTHETIC', date: day, url: 'http://127.0.0.1/synthetic' }],
        notes: 'SYNTHETIC' } });
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

test('at 10,000 incidents: keyboard, Enter, Escape, click and hover work the same', async () => {
  const N = 10000;
  const page = await withIncidents(synthetic(N));
  await drawn(page, N);
  assert.equal(await visibleCount(page), N);
  await page.locator('.map').focus();
  await page.keyboard.press('ArrowRight');
  // Walk until a single incident is active (some points hold several).
  for (let i = 0; i < 30 && !(await page.getAttribute('.map', 'data-active-incident')); i++) {
    await page.keyboard.press(i % 2 ? 'ArrowDown' : 'ArrowRight');
  }
  const said = await page.textContent('[data-testid="map-active"]');
  assert.match(said, /^SYNTHETIC .+, \d{1,2} \w+ 2022: Battles, (\d+ killed|no casualty figure)$/, said);
  const id = await page.getAttribute('.map', 'data-active-incident');
  assert.match(id, /^synthetic-\d+$/);
  const b = await page.locator('.active-ring').boundingBox();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator(`${DETAILS} h2`).textContent(), said.split(',')[0]);
  await page.keyboard.press('Escape');
  assert.equal(await page.$(DETAILS), null);
  // The pointer finds what is drawn on top there (the smallest circle, maybe
  // of a neighbour): hover says what it is, and a click opens the same.
  const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
  await page.mouse.move(x, y);
  const tip = await page.locator('.map-tooltip').textContent();
  await page.mouse.click(x, y);
  if (/click to list them$/.test(tip)) {
    await page.locator('[data-testid="stack-list"]').waitFor();
  } else {
    assert.equal(await page.locator(`${DETAILS} h2`).textContent(), tip.split(',')[0]);
    assert.match(await linked(page, 'incident'), /^synthetic-\d+$/);
  }
  await page.close();
});

test('at 10,000 incidents: the filters agree with counts made from the data itself', async () => {
  const N = 10000;
  const data = synthetic(N);
  const props = JSON.parse(data).features.map((f) => f.properties);
  const withFigure = props.filter((p) => p.killed.military !== null);
  const regions = [...new Set(props.map((p) => p.admin1))].sort();
  const region = regions[0];
  const inRegion = withFigure.filter((p) => p.admin1 === region).length;
  const page = await withIncidents(data);
  await drawn(page, N);
  const count = async () => Number(await page.getAttribute('[data-testid="visible-count"]', 'data-count'));
  // "No figure" left out: never counted as zero.
  await openFilters(page);
  await page.uncheck('.deaths-filter .no-figure input');
  await drawn(page, withFigure.length);
  assert.equal(await count(), withFigure.length);
  await page.selectOption('select[aria-label="Region"]', region);
  await drawn(page, inRegion);
  // Every synthetic incident is a battle: hiding them leaves nothing, and the
  // toggle still counts what showing them would bring back.
  const battles = page.locator('.legend-toggle[data-category="battles"]');
  await battles.click();
  await drawn(page, 0);
  assert.equal(await visibleCount(page), 0);
  assert.equal(Number(await battles.locator('.legend-count').textContent()), inRegion);
  await page.click('[data-testid="clear-filters"]');
  await drawn(page, N);
  assert.equal(await count(), N);
  await page.close();
});

test('actor, location and date filters: a searchable list and choices with counts, combined with the rest', async () => {
  const { page, errors } = await loaded();
  const props = JSON.parse(FIXTURE).features.map((f) => f.properties);
  const count = async () => Number(await page.getAttribute('[data-testid="visible-count"]', 'data-count'));
  await openFilters(page);
  const finder = page.locator('input[aria-label="Find an actor"]');
  await finder.fill('katiba');
  const items = page.locator('[data-testid="actor-list"] li');
  assert.deepEqual((await items.allInnerTexts()).map((t) => t.trim()), [`Katiba Macina ${props.filter((p) => p.actor1 === 'Katiba Macina').length}`]);
  await items.locator('input').check();
  await drawn(page, 6);
  assert.equal(await count(), 6);
  assert.match(await page.textContent('[data-testid="filters-active"]'), /actors: Katiba Macina/);
  // The location choices count what they keep among Katiba Macina's six.
  const location = page.locator('fieldset.choices:has(legend:text-is("Location")) li');
  const katiba = props.filter((p) => p.actor1 === 'Katiba Macina');
  const of = (prec) => katiba.filter((p) => p.location_precision === prec).length;
  assert.deepEqual((await location.allInnerTexts()).map((t) => t.trim()),
    [`exact locality ${of('exact')}`, `approximate ${of('near')}`, `region only ${of('admin1')}`]);
  await location.filter({ hasText: 'approximate' }).locator('input').uncheck();
  await drawn(page, 6 - of('near'));
  // Removing the actor by its chip brings every actor back, still without
  // the approximate locations.
  await page.click('button[aria-label="Remove actor Katiba Macina"]');
  await drawn(page, props.filter((p) => p.location_precision !== 'near').length);
  // Date precision: only the choices some incident has are listed.
  const dates = page.locator('fieldset.choices:has(legend:text-is("Date")) li');
  assert.deepEqual((await dates.allInnerTexts()).map((t) => t.trim()), ['exact day 6']);
  await page.click('[data-testid="clear-filters"]');
  await drawn(page, 14);
  await openFilters(page);
  // "Within a few days" hides Tifolat and Inekar Tadriante.
  assert.deepEqual((await dates.allInnerTexts()).map((t) => t.trim()), ['exact day 12', 'within a few days 2']);
  await dates.filter({ hasText: 'within a few days' }).locator('input').uncheck();
  await drawn(page, 12);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the link holds dates, filters, selection and view: Copy link, a fresh page shows the same screen, back and forward', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  // Where Ségou is drawn (the same in every page of this size).
  const first = await loaded();
  const segou = await positionOf(first.page, '2022-07-21-segou');
  await first.page.close();
  const { page, errors } = await loaded();
  const count = async (p) => Number(await p.getAttribute('[data-testid="visible-count"]', 'data-count'));
  await openFilters(page);
  await page.locator('input[aria-label="Find an actor"]').fill('katiba');
  await page.locator('[data-testid="actor-list"] input').check();
  await drawn(page, 6);
  assert.equal(await linked(page, 'actor'), 'Katiba Macina');
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="filter-panel"]').waitFor({ state: 'detached' });
  await page.mouse.click(segou.x, segou.y);
  assert.equal(await page.locator(`${DETAILS} h2`).textContent(), 'Ségou');
  assert.equal(await linked(page, 'incident'), '2022-07-21-segou');
  await page.click('button[aria-label="Zoom in"]');
  await page.waitForFunction(() => new URLSearchParams(location.search).has('at'));
  await page.click('.share-toggle');
  await page.click('[data-testid="copy-link"]');
  await page.locator('.share-status', { hasText: 'Link copied.' }).waitFor();
  const url = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(url, await page.evaluate(() => location.href));
  assert.match(await page.inputValue('[data-testid="embed-code"]'), /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?actor=Katiba/);
  // A fresh page on the copied link: same filters, count, details and view.
  const fresh = await open(browser.context, url, undefined, (p) => routeFixtures(p));
  await drawn(fresh.page, 6);
  assert.equal(await count(fresh.page), 6);
  assert.equal(await fresh.page.locator(`${DETAILS} h2`).textContent(), 'Ségou');
  assert.equal(await fresh.page.textContent('[data-testid="filters-active"]'),
    await page.textContent('[data-testid="filters-active"]'));
  const ringA = await ring(page);
  const ringB = await ring(fresh.page);
  assert.ok(Math.hypot(ringA.x - ringB.x, ringA.y - ringB.y) < 2, `same view: ${JSON.stringify([ringA, ringB])}`);
  assert.deepEqual(fresh.errors, []);
  await fresh.page.close();
  // Back: the selection goes, then the filter; forward brings the filter back.
  await page.click('.share-toggle');
  await page.goBack();
  await page.locator(DETAILS).waitFor({ state: 'detached' });
  assert.equal(await count(page), 6);
  await page.goBack();
  await drawn(page, 14);
  await page.goForward();
  await drawn(page, 6);
  // A link with values the app cannot read names them and keeps the rest.
  const bad = await open(browser.context, `${server.url}?from=2022-07-32&killed=lots&incident=2022-07-27-sokolo`, undefined,
    (p) => routeFixtures(p));
  await bad.page.locator(`${DETAILS} h2`).waitFor();
  assert.deepEqual(await bad.page.locator('[data-testid="link-problems"] li').allTextContents(), [
    'The link\'s from value “2022-07-32” is not a date in YYYY-MM-DD form; it was ignored.',
    'The link\'s killed value “lots” is not a range of whole numbers such as 10-20, 10- or -20; it was ignored.',
  ]);
  await bad.page.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('the map downloads as a PNG and an SVG with its title, dates, legend, scale bar and credits', async () => {
  const { page, errors } = await loaded();
  const start = page.getByLabel('Start date');
  await start.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await page.click('.share-toggle');
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-png"]')]);
  // The fixture's last day is 27 July: the picture shows that one day.
  assert.equal(png.suggestedFilename(), 'attacks-in-mali-27-july-2022.png');
  const bytes = fs.readFileSync(await png.path());
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  assert.deepEqual([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], [800, 600], 'the article preset');
  await page.selectOption('select[aria-label="Picture size"]', { label: 'Custom size' });
  await page.fill('input[aria-label="Width in pixels"]', '640');
  await page.press('input[aria-label="Width in pixels"]', 'Tab');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="download-svg"]')]);
  const text = fs.readFileSync(await svg.path(), 'utf8');
  assert.match(text, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" xml:lang="en" width="640" height="600"/);
  assert.match(text, />Attacks in Mali, 27 July 2022</);
  const shown = await page.getAttribute('[data-testid="visible-count"]', 'data-count');
  const killed = (await page.textContent('[data-testid="killed-count"]')).match(/^(\d+) killed/)[1];
  assert.ok(text.includes(`>${shown} incidents, ${killed} people killed`), `${shown} incidents, ${killed} killed`);
  assert.match(text, /Basemap: Natural Earth/);
  assert.match(text, /\u00a0km</);
  // One marker per incident shown, in its dataset's shape (ours: ringed circles).
  assert.equal((text.match(/<path class="marker ringed" d="[^"]+" fill="[^"]+" fill-opacity="0.9"/g) || []).length, Number(shown));
  assert.deepEqual(errors, []);
  await page.close();
});

/** The ids of the list's drawn rows, top to bottom. */
const listed = (page) => page.$$eval('[data-testid="list-table"] tbody tr[data-incident-id]', (rows) => rows.map((r) => r.dataset.incidentId));

/** Killed on all sides of a fixture feature (null: no figure). */
function killedOf(p) {
  const k = Object.values(p.killed ?? p.casualties?.killed ?? {}).filter((v) => v !== null);
  return k.length ? k.reduce((a, b) => a + b, 0) : null;
}

test('the list: sorted by each column both ways, totals by side, hover rings the marker, a click selects, the map\'s selection is marked', async () => {
  const { page, errors } = await loaded({ width: 1280, height: 800 });
  const props = JSON.parse(FIXTURE).features.map((f) => f.properties);
  await page.click('.list-toggle');
  await page.locator('[data-testid="incident-list"]').waitFor();
  assert.equal(await page.textContent('.incident-list h2'), `${props.length} incidents shown`);
  // Oldest first, same day in file order.
  const byDate = props.map((p, i) => [p.date, i, p.id]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])).map((x) => x[2]);
  assert.deepEqual(await listed(page), byDate);
  // Totals by side, computed here from the fixture.
  const sum = (side) => props.reduce((a, p) => a + (p.killed[side] ?? 0), 0);
  const sides = [['military', sum('military')], ['civilian', sum('civilian')], ['assailants', sum('assailants')]]
    .filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`).join(', ');
  assert.match(await page.textContent('[data-testid="total-sides"]'), new RegExp(`^${sides} \\(over ${props.length} incidents`));
  const total = props.reduce((a, p) => a + (killedOf(p) ?? 0), 0);
  assert.equal((await page.textContent('[data-testid="total-killed"]')).trim(), String(total));
  // Deaths: most first, then least first; ties by date then file order.
  await page.click('th.col-deaths button');
  assert.equal(await page.getAttribute('th.col-deaths', 'aria-sort'), 'descending');
  const order = (dir) => props.map((p, i) => [killedOf(p), p.date, i, p.id])
    .sort((a, b) => dir * (a[0] - b[0]) || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2])).map((x) => x[3]);
  assert.deepEqual(await listed(page), order(-1));
  await page.click('th.col-deaths button');
  assert.equal(await page.getAttribute('th.col-deaths', 'aria-sort'), 'ascending');
  assert.deepEqual(await listed(page), order(1));
  await page.click('th.col-place button');
  const first = (await listed(page))[0];
  const names = props.map((p) => p.place_name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).sort();
  assert.equal(props.find((p) => p.id === first).place_name.toLowerCase(), names[0]);
  // Hover a row: its marker is ringed. Click: it is selected, with its links.
  await page.hover('tr[data-incident-id="2022-07-27-sokolo"]');
  await page.locator('.pointed-ring[data-incident-id="2022-07-27-sokolo"]').waitFor();
  await page.click('tr[data-incident-id="2022-07-27-sokolo"]');
  assert.equal(await page.textContent(`${DETAILS} h2`), 'Sokolo');
  assert.equal(await linked(page, 'incident'), '2022-07-27-sokolo');
  assert.equal(await page.getAttribute('tr[data-incident-id="2022-07-27-sokolo"]', 'aria-selected'), 'true');
  // Selected on the map (here through its link): marked in the list.
  await show(page, '2022-07-22-kati');
  await page.locator('tr.selected[data-incident-id="2022-07-22-kati"]').waitFor();
  // The list follows the filters: hiding battles (in the legend the list
  // covers: closed, then opened again) removes them from it.
  await page.click('.incident-list .close');
  await page.click('.legend-toggle[data-category="battles"]');
  await page.click('.list-toggle');
  const battles = props.filter((p) => p.event_type === 'Battles').length;
  await page.waitForFunction((n) => document.querySelector('.incident-list h2').textContent === `${n} incidents shown`, props.length - battles);
  assert.ok(!(await listed(page)).includes('2022-07-27-sokolo'));
  assert.deepEqual(errors, []);
  await page.close();
});

test('the selected incident: its location radius and coordinated attacks on the map, its date span on the histogram', async () => {
  const { page } = await loaded({ width: 1280, height: 800 });
  const props = JSON.parse(FIXTURE).features.map((f) => f.properties);
  const bapho = props.find((p) => p.id === '2022-07-21-bapho');
  await show(page, bapho.id);
  assert.equal(await page.getAttribute('[data-testid="uncertainty-radius"]', 'data-km'), String(bapho.location_radius_km));
  const links = await page.$$eval('[data-testid="coordinated-link"]', (l) => l.map((x) => x.dataset.incidentId).sort());
  assert.deepEqual(links, [...bapho.coordinated_with].sort());
  assert.equal(await page.getAttribute('[data-testid="date-span"]', 'data-days'), '1');
  // The radius grows with the zoom (it is in km on the ground).
  const r0 = Number(await page.getAttribute('[data-testid="uncertainty-radius"]', 'r'));
  await page.click('button[aria-label="Zoom in"]');
  await page.waitForFunction((r0) => Number(document.querySelector('[data-testid="uncertainty-radius"]').getAttribute("r")) > r0 * 1.4, r0);
  // An exact point has no radius; an incident without coordinated attacks no links.
  await show(page, '2022-07-22-kati');
  assert.equal(await page.$('[data-testid="uncertainty-radius"]'), null);
  assert.equal(await page.$('[data-testid="coordinated-link"]'), null);
  await page.close();
});

test('at 10,000 incidents: the list draws a screenful, scrolls to the end, sorts, totals agree with the data, and a row selects', async () => {
  const N = 10000;
  const data = synthetic(N);
  const props = JSON.parse(data).features.map((f) => f.properties);
  const page = await withIncidents(data);
  await drawn(page, N);
  await page.click('.list-toggle');
  await page.locator('[data-testid="list-table"] tbody tr[data-incident-id]').first().waitFor();
  assert.equal(await page.textContent('.incident-list h2'), `${N.toLocaleString("en-US")} incidents shown`);
  const drawnRows = (await listed(page)).length;
  assert.ok(drawnRows > 5 && drawnRows < 100, `${drawnRows} rows in the page`);
  assert.equal(await page.getAttribute('[data-testid="list-table"]', 'aria-rowcount'), String(N + 1));
  const killed = props.map((p) => p.killed.military);
  assert.equal((await page.textContent('[data-testid="total-killed"]')).trim(), killed.reduce((a, k) => a + (k ?? 0), 0).toLocaleString('en-US'));
  const none = killed.filter((k) => k === null).length;
  assert.match(await page.textContent('[data-testid="total-no-figure"]'), new RegExp(`^${none.toLocaleString('en-US')} incidents`));
  // Scrolled to the end: the last row is drawn, numbered N + 1 (the header is 1).
  await page.$eval('.list-body', (el) => { el.scrollTop = el.scrollHeight; });
  await page.waitForFunction((n) => [...document.querySelectorAll('[data-testid="list-table"] tbody tr[aria-rowindex]')].some((r) => r.getAttribute('aria-rowindex') === String(n + 1)), N);
  // Most deaths first: the first row has the largest figure of the data.
  await page.click('th.col-deaths button');
  const max = Math.max(...killed.filter((k) => k !== null));
  await page.waitForFunction((m) => document.querySelector('[data-testid="list-table"] tbody tr[data-incident-id] .col-deaths')?.textContent === m.toLocaleString('en-US'), max);
  // Least first: zero before no figure, never mixed.
  await page.click('th.col-deaths button');
  assert.equal(await page.textContent('[data-testid="list-table"] tbody tr[data-incident-id] .col-deaths'), Math.min(...killed.filter((k) => k !== null)).toLocaleString('en-US'));
  const row = page.locator('[data-testid="list-table"] tbody tr[data-incident-id]').nth(3);
  const id = await row.getAttribute('data-incident-id');
  await row.click();
  assert.equal(await linked(page, 'incident'), id);
  assert.equal(await page.textContent(`${DETAILS} h2`), props.find((p) => p.id === id).place_name);
  await page.close();
});

test('a click on a region of the map keeps its incidents, outlines it and says so; a second click shows every region', async () => {
  const { page, errors } = await loaded({ width: 1280, height: 800 });
  const props = JSON.parse(FIXTURE).features.map((f) => f.properties);
  const inGao = props.filter((p) => p.admin1 === 'Gao').length;
  assert.ok(inGao > 0 && inGao < props.length);
  // The region's label marks a point inside it, away from the incidents
  // (Mopti's gives way to its towns' labels at this size).
  const label = page.locator('.region-label', { hasText: /^gao$/i });
  const b = await label.boundingBox();
  const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
  await page.mouse.move(x, y);
  assert.equal(await page.textContent('.region-tip'), 'Gao: click to show only this region');
  await page.mouse.click(x, y);
  await page.waitForFunction((n) => document.querySelector('.map').dataset.visibleIncidents === String(n), inGao);
  assert.equal(await linked(page, 'region'), 'Gao');
  await page.locator('path.region.chosen[data-region="Gao"]').waitFor();
  await page.mouse.move(x + 1, y);
  assert.equal(await page.textContent('.region-tip'), 'Gao: click to show every region');
  await page.mouse.click(x + 1, y);
  await page.waitForFunction((n) => document.querySelector('.map').dataset.visibleIncidents === String(n), props.length);
  assert.equal(await page.$('path.region.chosen'), null);
  assert.deepEqual(errors, []);
  await page.close();
});

test('circle size: all deaths, without a party\'s claims, or civilians; the legend says which, the link keeps it, filters and dates stay', async () => {
  const { page, errors } = await loaded({ width: 1280, height: 800 });
  const sokolo = await positionOf(page, '2022-07-27-sokolo');
  assert.equal(await page.textContent('[data-testid="size-title"]'), 'People killed, all sides (circle area)');
  // A filter and a date range, which the change of size keeps.
  await page.click('.legend-toggle[data-category="strategic"]');
  await page.getByLabel('Start date').focus();
  await page.keyboard.press('ArrowRight');
  const shown = await visibleCount(page);
  // Sokolo's 48 assailants are the army's claim: without claims, 6 remain.
  await page.selectOption('[data-testid="size-by"]', 'noclaims');
  await page.waitForFunction(() => document.querySelector('[data-testid="size-title"]').textContent.startsWith('People killed, without'));
  assert.equal(await linked(page, 'size'), 'noclaims');
  await drawn(page);
  assert.equal(await visibleCount(page), shown, 'the filters and dates are kept');
  assert.equal(await page.getAttribute('.legend-toggle[data-category="strategic"]', 'aria-pressed'), 'false');
  await page.keyboard.press('Escape');
  const without = await positionOf(page, '2022-07-27-sokolo');
  assert.ok(without.d < sokolo.d, `${without.d} < ${sokolo.d}`);
  await page.selectOption('[data-testid="size-by"]', 'civilians');
  await page.waitForFunction(() => document.querySelector('[data-testid="size-title"]').textContent === 'Civilians killed (circle area)');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('size') === 'civilians');
  // A fresh page on the link draws the same.
  const url = page.url();
  const { page: again } = await open(browser.context, url, { width: 1280, height: 800 }, (p) => routeFixtures(p));
  await drawn(again);
  assert.equal(await again.textContent('[data-testid="size-title"]'), 'Civilians killed (circle area)');
  assert.equal(await again.$eval('[data-testid="size-by"]', (s) => s.value), 'civilians');
  assert.deepEqual(errors, []);
  await again.close();
  await page.close();
});

test('at 10,000 incidents: a region clicked on the map and the circle size agree with counts made from the data', async () => {
  const N = 10000;
  const data = synthetic(N);
  const props = JSON.parse(data).features.map((f) => f.properties);
  const page = await withIncidents(data);
  await drawn(page, N);
  // A point of the Kidal region off every circle: around its label.
  const b = await page.locator('.region-label', { hasText: /^kidal$/i }).boundingBox();
  let at;
  const offsets = [];
  for (let r = 0; r <= 120; r += 20) for (const [dx, dy] of [[0, 0], [r, 0], [-r, 0], [0, r], [0, -r], [r, r], [-r, -r], [r, -r], [-r, r]]) offsets.push([dx, dy]);
  for (const [dx, dy] of offsets) {
    const p = [b.x + b.width / 2 + dx, b.y + b.height / 2 + dy];
    await page.mouse.move(...p);
    await page.waitForTimeout(30);
    const tip = await page.$('.region-tip');
    if (tip && (await tip.textContent()).startsWith('Kidal:')) { at = p; break; }
  }
  assert.ok(at, 'a point of Kidal off the circles');
  assert.equal(await page.textContent('.region-tip'), 'Kidal: click to show only this region');
  await page.mouse.click(...at);
  const inKidal = props.filter((p) => p.admin1 === 'Kidal').length;
  await drawn(page, inKidal);
  assert.equal(await visibleCount(page), inKidal);
  assert.equal(await linked(page, 'region'), 'Kidal');
  // Civilians: the synthetic incidents give none, so every circle is "no figure";
  // the region and the count stay.
  await page.selectOption('[data-testid="size-by"]', 'civilians');
  await page.waitForFunction(() => document.querySelector('[data-testid="size-title"]').textContent === 'Civilians killed (circle area)');
  await drawn(page, inKidal);
  assert.equal(await page.getAttribute('path.region.chosen', 'data-region'), 'Kidal');
  await page.close();
});

test('at 10,000 incidents: a histogram bar, playback steps and a copied link agree with counts made from the data', async () => {
  const N = 10000;
  const data = synthetic(N);
  const props = JSON.parse(data).features.map((f) => f.properties);
  const page = await withIncidents(data);
  await drawn(page, N);
  const iso = (d) => new Date(`${d} UTC`).toISOString().slice(0, 10);
  const shownDates = async () => [iso(await page.textContent('[data-testid="start-date"]')), iso(await page.textContent('[data-testid="end-date"]'))];
  const inDates = ([a, z]) => props.filter((p) => p.date >= a && p.date <= z).length;
  // Pressing a bar in the middle of the year: a week, and the count of that week.
  const box = await page.locator('[data-testid="histogram"]').boundingBox();
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height - 2);
  let dates = await shownDates();
  assert.equal((new Date(dates[1]) - new Date(dates[0])) / 86400000, 6, `a week: ${dates}`);
  await drawn(page, inDates(dates));
  // A step forward moves the week on; the count follows.
  await page.click('button[aria-label="Step forward"]');
  const next = await shownDates();
  assert.equal((new Date(next[0]) - new Date(dates[0])) / 86400000, 7);
  await drawn(page, inDates(next));
  // Cumulative: the end moves, the start stays.
  await page.selectOption('select[aria-label="Playback mode"]', 'cumulative');
  await page.click('button[aria-label="Step forward"]');
  dates = await shownDates();
  assert.equal(dates[0], next[0]);
  await drawn(page, inDates(dates));
  // The copied link, opened in a fresh page, shows the same dates and count.
  await page.waitForFunction((to) => new URLSearchParams(location.search).get('to') === to, dates[1]);
  await page.click('.share-toggle');
  const link = await page.locator('.share-panel input[aria-label="Link"]').inputValue();
  const again = await browser.context.newPage();
  await routeFixtures(again, data);
  await again.goto(link);
  await drawn(again, inDates(dates));
  assert.deepEqual([iso(await again.textContent('[data-testid="start-date"]')), iso(await again.textContent('[data-testid="end-date"]'))], dates);
  await again.close();
  await page.close();
});

test('online basemap: only the tiles on screen are asked for, over the embedded map; OSM is credited; the link keeps the choice; a failing server leaves the embedded map', async () => {
  const png = solidPng([200, 60, 60]);
  const tiles = await tileServer(png);
  try {
    const template = `${tiles.base}/{z}/{x}/{y}.png`;
    const { page, errors } = await loaded({ width: 1280, height: 800 }, `?tiles=${encodeURIComponent(template)}`);
    // A link's tiles from another host: asked first (issue 20), then loaded.
    await page.click('[data-testid="consent-yes"]');
    const shown = () => page.$$eval('.tile-layer img', (imgs) => imgs.map((i) => {
      const r = i.getBoundingClientRect();
      return { src: i.getAttribute('src'), ok: i.complete && i.naturalWidth === 256, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }));
    await page.waitForFunction(() => [...document.querySelectorAll('.tile-layer img')].every((i) => i.complete && i.naturalWidth === 256)
      && document.querySelectorAll('.tile-layer img').length > 0);
    const first = await shown();
    const map = await page.locator('.map').boundingBox();
    // Every tile is on screen, each was asked for once, all at one zoom: no prefetching.
    for (const t of first) {
      assert.ok(t.right > map.x && t.left < map.x + map.width && t.bottom > map.y && t.top < map.y + map.height, JSON.stringify(t));
    }
    assert.equal(tiles.asked.length, first.length);
    assert.equal(new Set(tiles.asked).size, tiles.asked.length);
    const zooms = new Set(tiles.asked.map((u) => u.split('/')[1]));
    assert.equal(zooms.size, 1, [...zooms].join());
    assert.match(await page.textContent('.tile-credit'), /127\.0\.0\.1/);
    // The tiles lie over the embedded map, under the incidents.
    const order = await page.$$eval('.map > *', (els) => els.map((e) => e.className?.baseVal ?? e.className));
    assert.ok(order.indexOf('tile-layer') > order.indexOf('map-layer') && order.indexOf('tile-layer') < order.findIndex((c) => /marker/.test(c) || c === ''), order.join());
    // Zooming in asks for deeper tiles, again only those on screen.
    const before = tiles.asked.length;
    await page.click('button[aria-label="Zoom in"]');
    await page.click('button[aria-label="Zoom in"]');
    await page.waitForFunction((n) => document.querySelectorAll('.tile-layer img').length > 0
      && [...document.querySelectorAll('.tile-layer img')].every((i) => i.complete), before);
    const deeper = tiles.asked.slice(before).map((u) => Number(u.split('/')[1]));
    assert.ok(deeper.length > 0 && deeper.every((z) => z > Number([...zooms][0])), deeper.join());
    assert.ok((await shown()).length <= 300);
    // OpenStreetMap's tiles (served here in its place: no test reaches the internet), credited.
    await page.route('https://tile.openstreetmap.org/**', (r) => r.fulfill({ status: 200, body: png, contentType: 'image/png' }));
    if (await page.getAttribute('button.data-button', 'aria-expanded') !== 'true') await page.click('button.data-button');
    if (!(await page.locator('[data-testid="basemap-choice"]').evaluate((d) => d.open))) await page.click('[data-testid="basemap-choice"] > summary');
    await page.check('[data-testid="basemap-choice"] input[value="osm"]');
    await page.waitForFunction(() => [...document.querySelectorAll('.tile-layer img')].some((i) => i.src.startsWith('https://tile.openstreetmap.org/') && i.naturalWidth === 256));
    assert.equal(await page.textContent('.tile-credit a'), '© OpenStreetMap contributors');
    assert.equal(await page.getAttribute('.tile-credit a', 'href'), 'https://www.openstreetmap.org/copyright');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('tiles') === 'osm');
    // Back to the embedded map: no tile left, the link says nothing of tiles.
    await page.check('[data-testid="basemap-choice"] input[value="embedded"]');
    await page.waitForFunction(() => document.querySelectorAll('.tile-layer img').length === 0 && !document.querySelector('.tile-credit'));
    await page.waitForFunction(() => !new URLSearchParams(location.search).has('tiles'));
    // A bad address is refused with a message; the map is unchanged.
    await page.check('[data-testid="basemap-choice"] input[value="custom"]');
    await page.fill('[data-testid="tile-address"]', 'ftp://example.org/{z}/{x}/{y}.png');
    await page.press('[data-testid="tile-address"]', 'Enter');
    await page.locator('.tiles-problem', { hasText: 'is not an http(s) tile address' }).waitFor();
    assert.equal(await page.locator('.tile-layer img').count(), 0);
    // An address with a query (where services put access keys) is used, with a warning that the link carries it.
    await page.fill('[data-testid="tile-address"]', `${tiles.base}/{z}/{x}/{y}.png?key=abc`);
    await page.press('[data-testid="tile-address"]', 'Enter');
    await page.locator('[data-testid="tiles-query-warning"]').waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll('.tile-layer img')].some((i) => i.src.endsWith('?key=abc') && i.naturalWidth === 256));
    assert.deepEqual(errors, []);
    // A server that answers nothing: the embedded map shows through, and the page says why.
    const dead = await open(browser.context, server.url + `?tiles=${encodeURIComponent('http://127.0.0.1:9/{z}/{x}/{y}.png')}`, { width: 1280, height: 800 }, (p) => routeFixtures(p));
    await dead.page.click('[data-testid="consent-yes"]');
    await dead.page.locator('[data-testid="tile-notice"]').waitFor();
    assert.ok(await dead.page.locator('.map-layer .country').count() > 0);
    await dead.page.close();
    await page.close();
  } finally {
    await tiles.close();
  }
});

test('zoomed in, the full-resolution water replaces the country view\'s (fetched once); closer still, the map says what its detail lacks; a failed fetch keeps the coarse water and says so', async () => {
  const detail = fs.readFileSync(path.join(ROOT, 'tests/fixtures/e2e/basemap-detail.geojson'), 'utf8');
  const serveDetail = async (page, asked) => page.route('**/data/basemap-detail.geojson', (r) => {
    asked.push(r.request().url());
    return r.fulfill({ status: 200, body: detail, contentType: 'application/geo+json' });
  });
  const asked = [];
  const { page, errors } = await open(browser.context, server.url, { width: 1280, height: 800 }, async (p) => {
    await routeFixtures(p);
    await serveDetail(p, asked);
  });
  await drawn(page);
  // The whole map: the country view's water, nothing fetched, no notice.
  await page.waitForTimeout(300);
  assert.equal(asked.length, 0);
  assert.equal(await page.locator('.basemap.fine').count(), 0);
  assert.equal(await page.locator('[data-testid="detail-notice"]').count(), 0);
  const coarse = await page.locator('.basemap > .water').count();
  assert.ok(coarse > 0);
  // Zoomed in on the inner delta (a link's view): the fine water is drawn in place of the coarse.
  await page.goto(server.url + '?at=15.3,-4.1,12');
  await page.locator('.basemap.fine .detail path.water').waitFor();
  assert.equal(await page.locator('.basemap.fine .detail path.river').count(), 1);
  assert.ok(await page.locator('.basemap > .water').evaluateAll((els) => els.length > 0 && els.every((e) => getComputedStyle(e).display === 'none')));
  assert.equal(await page.locator('[data-testid="detail-notice"]').count(), 0, 'the fine water holds at this zoom');
  // The lake is drawn where its coordinates say, at the scale of the map.
  const lake = await page.locator('.detail path.water').boundingBox();
  const map = await page.locator('.map').boundingBox();
  assert.ok(Math.abs(lake.x + lake.width / 2 - (map.x + map.width / 2)) < 3 && Math.abs(lake.y + lake.height / 2 - (map.y + map.height / 2)) < 3, JSON.stringify(lake));
  // Closer: the map says what is fine and what is not.
  for (let i = 0; i < 3; i++) await page.click('button[aria-label="Zoom in"]');
  await page.locator('[data-testid="detail-notice"][data-notice="detail-notice-fine"]').waitFor();
  assert.match(await page.textContent('[data-testid="detail-notice"]'), /water at full resolution.*1:10 million.*Online tiles/);
  // Back to the whole map and in again: the coarse water, then the fine, fetched only once.
  await page.click('button[aria-label="Reset view"]');
  await page.locator('.basemap.fine').waitFor({ state: 'detached' });
  assert.equal(await page.locator('[data-testid="detail-notice"]').count(), 0);
  for (let i = 0; i < 6; i++) await page.click('button[aria-label="Zoom in"]');
  await page.locator('.basemap.fine').waitFor();
  assert.equal(asked.length, 1, 'fetched once: ' + asked.join());
  assert.deepEqual(errors, []);
  await page.close();
  // The file cannot be fetched (offline before it was ever seen): the coarse water stays, and the map says why,
  // from the zoom where the fine water should show (regression: it said nothing short of the detail limit).
  const failing = await open(browser.context, server.url + '?at=15.3,-4.1,12', { width: 1280, height: 800 }, async (p) => {
    await routeFixtures(p);
    await p.route('**/data/basemap-detail.geojson', (r) => r.abort('internetdisconnected'));
  });
  await failing.page.locator('[data-testid="detail-notice"][data-notice="detail-notice-failed"]').waitFor();
  assert.equal(await failing.page.locator('.basemap.fine').count(), 0);
  assert.ok(await failing.page.locator('.basemap > .water').evaluateAll((els) => els.length > 0 && els.every((e) => getComputedStyle(e).display !== 'none')));
  await failing.page.close();
  // Online tiles cover the map: no notice, and the fine water is not fetched.
  const tiled = [];
  const withTiles = await open(browser.context, server.url + '?tiles=osm&at=15.3,-4.1,40', { width: 1280, height: 800 }, async (p) => {
    await routeFixtures(p);
    await serveDetail(p, tiled);
    await p.route('https://tile.openstreetmap.org/**', (r) => r.fulfill({ status: 200, body: solidPng([200, 200, 200]), contentType: 'image/png' }));
  });
  await drawn(withTiles.page);
  await withTiles.page.waitForTimeout(300);
  assert.equal(await withTiles.page.locator('[data-testid="detail-notice"]').count(), 0, 'tiles on: no notice');
  assert.equal(tiled.length, 0);
  assert.deepEqual(withTiles.errors, []);
  await withTiles.page.close();
});

test('regression: the service worker keeps build files whose hash has fewer than 16 digits (a leading zero)', () => {
  const sw = fs.readFileSync(path.join(ROOT, 'frontend/sw.js'), 'utf8');
  const hashed = new RegExp(sw.match(/const HASHED = \/(.+)\/;/)[1]);
  for (const name of ['/style-753daa0bcfdb926.css', '/sahel-frontend-3fdf7569056440e_bg.wasm', '/sahel-frontend-f38ddd99f51b5890.js']) {
    assert.ok(hashed.test(name), name);
  }
  assert.ok(!hashed.test('/data/incidents.geojson'));
});

test('offline: after one visit the app and its built-in data open with no network; the page is installable', async () => {
  const own = await launch({ serviceWorkers: 'allow' });
  try {
    const page = await own.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url + '?from=2022-07-27');
    await drawn(page);
    const online = await visibleCount(page);
    // The service worker is installed and controls the page.
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30000 });
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
    assert.equal(manifest.display, 'standalone');
    assert.equal(manifest.icons[0].src, 'icon.svg');
    // No network: the same address opens, drawn from the cache.
    await own.context.setOffline(true);
    await page.reload();
    await drawn(page);
    assert.equal(await visibleCount(page), online);
    assert.equal(await page.textContent('[data-testid="start-date"]'), '27 July 2022');
    // Another address of the page, never visited, opens too.
    await page.goto(server.url + '?incident=2022-07-27-sokolo');
    await page.locator(`${DETAILS} h2`).waitFor();
    // The zoomed-in water is not kept on install (it is large) but once seen online.
    await page.goto(server.url + '?at=15.3,-4.1,12');
    await drawn(page);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('.basemap.fine').count(), 0, 'never fetched: the coarse water offline');
    await own.context.setOffline(false);
    await page.reload();
    await page.locator('.basemap.fine .detail path.water').first().waitFor();
    await own.context.setOffline(true);
    await page.reload();
    await page.locator('.basemap.fine .detail path.water').first().waitFor();
    assert.deepEqual(errors, []);
    await own.context.setOffline(false);
  } finally {
    await own.close();
  }
});

test('in French: a French phone, offline after one visit, searches "Tombouctou", opens an incident and reads it in French', async () => {
  // The service worker fetches the built-in data itself (past page.route):
  // this test reads the real files, as the offline test does.
  const own = await launch({ serviceWorkers: 'allow', locale: 'fr-FR' });
  try {
    const page = await own.context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(server.url);
    await drawn(page);
    await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 30000 });
    // Offline: the page comes back from the cache, in the browser's language.
    await own.context.setOffline(true);
    await page.reload();
    await drawn(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.equal(await page.title(), 'Carte des incidents au Sahel\u202f: attaques au Mali');
    assert.match(await page.textContent('[data-testid="start-date"]'), /^\d+ (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/);
    // The region and its capital are "Tombouctou" on the map, as in the search.
    const labels = await page.$$eval('text.label', (ts) => ts.map((t) => t.textContent));
    assert.equal(labels.filter((l) => l === 'Tombouctou').length, 2, labels.join());
    assert.ok(!labels.includes('Timbuktu'));
    await page.getByLabel('Chercher un lieu').fill('Tombouctou');
    const option = page.locator('.search [role="option"]').first();
    assert.equal(await option.locator('.name').textContent(), 'Tombouctou');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="nearby"] h2', { hasText: 'Tombouctou' }).waitFor();
    assert.match(await page.textContent('[data-testid="nearby"]'), /incidents? à moins de 50 km/);
    // With the keyboard alone, as a screen-reader user: Tab to the map, an
    // arrow to an incident (its label is said in French), Enter opens it.
    await page.keyboard.press('Escape');
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.classList.contains('map'))); i++) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="map-active"]').textContent.trim() !== '');
    assert.match(await page.textContent('[data-testid="map-active"]'), / juillet 2022\u202f: .+(tués?|aucun bilan)/);
    await page.keyboard.press('Enter');
    await page.locator(`${DETAILS} h2`).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'details-title');
    assert.match(await page.textContent(`${DETAILS} dl`), /Localisation/);
    // An incident reads in French: the panel's words, its dates, types and our notes.
    await page.goto(server.url + '?incident=2022-07-27-sokolo');
    await page.locator(`${DETAILS} h2`).waitFor();
    const details = await page.textContent(DETAILS);
    for (const words of ['région de Ségou', '27 juillet 2022', '(jour exact)', 'Batailles — Affrontement armé',
      'Localisation', 'Assaillant', 'Cible', 'Tués', 'Blessés', 'tous camps', 'assaillants tués, selon']) {
      assert.ok(details.includes(words), `the details say “${words}”`);
    }
    assert.equal(await page.getAttribute(`${DETAILS} .notes`, 'lang'), 'fr');
    assert.equal(await page.getAttribute(`${DETAILS} .sources a`, 'lang'), 'fr');
    // The audit finds nothing on the French screens either.
    assert.deepEqual(await audit(page), [], 'details in French');
    await page.keyboard.press('Escape');
    if (await page.getAttribute('button.data-button', 'aria-expanded') !== 'true') await page.click('button.data-button');
    assert.deepEqual(await audit(page), [], 'data panel in French');
    assert.deepEqual(errors, []);
    await own.context.setOffline(false);
  } finally {
    await own.close();
  }
});

test('the language switch rewords the page in place and the link keeps it; text we have not translated is marked English', async () => {
  const { page, errors } = await loaded({ width: 1280, height: 800 }, '?lang=fr&incident=2022-07-21-koro');
  await page.locator(`${DETAILS} h2`, { hasText: 'Koro' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'fr');
  assert.match(await page.textContent(`${DETAILS} dl`), /Explosions\/Violence à distance — Attentat-suicide/);
  // The fixture's Koro has no French text: its notes are marked English.
  assert.equal(await page.getAttribute(`${DETAILS} .notes`, 'lang'), 'en');
  assert.equal(await page.getAttribute('.language-switch [data-lang="fr"]', 'aria-pressed'), 'true');
  await page.click('.language-switch [data-lang="en"]');
  await page.locator(`${DETAILS} dt`, { hasText: 'Location' }).waitFor();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.title(), 'Sahel incident map: attacks in Mali');
  assert.equal(await page.getAttribute('.language-switch [data-lang="en"]', 'aria-pressed'), 'true');
  assert.equal(await page.textContent('.legend-toggle[data-category="battles"] .legend-label'), 'Battles');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'en');
  // A fresh page of the link opens in English, whatever the browser says.
  const link = page.url();
  const fresh = await open(browser.context, link, { width: 1280, height: 800 }, (p) => routeFixtures(p));
  await fresh.page.locator(`${DETAILS} h2`, { hasText: 'Koro' }).waitFor();
  assert.equal(await fresh.page.getAttribute('html', 'lang'), 'en');
  assert.match(await fresh.page.textContent(DETAILS), /Explosions\/Remote violence — Suicide bomb/);
  // Regression: back and forward restored everything but the language.
  await page.goBack();
  await page.waitForFunction(() => document.documentElement.lang === 'fr' && new URLSearchParams(location.search).get('lang') === 'fr');
  assert.equal(await page.textContent('.legend-toggle[data-category="battles"] .legend-label'), 'Batailles');
  await page.goForward();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.textContent('.legend-toggle[data-category="battles"] .legend-label'), 'Battles');
  assert.deepEqual([...errors, ...fresh.errors], []);
  await fresh.page.close();
  await page.close();
});

test('numbers, dates and plurals follow the language: "0 incident" in French, "0 incidents" in English', async () => {
  for (const [lang, none, one, many] of [['fr', /^0 incident · 0 tué/, /^1 incident · /, /^14 incidents · /], ['en', /^0 incidents · 0 killed/, /^1 incident · /, /^14 incidents · /]]) {
    const { page, errors } = await loaded({ width: 1280, height: 800 }, `?lang=${lang}`);
    assert.match(await page.textContent('.counts'), many);
    await page.goto(server.url + `?lang=${lang}&from=2022-07-25&to=2022-07-26`);
    await drawn(page, 0);
    assert.match(await page.textContent('.counts'), none);
    await page.goto(server.url + `?lang=${lang}&from=2022-07-22&to=2022-07-22`);
    await drawn(page, 1);
    assert.match(await page.textContent('.counts'), one);
    assert.equal(await page.textContent('[data-testid="start-date"]'), lang === 'fr' ? '22 juillet 2022' : '22 July 2022');
    assert.deepEqual(errors, []);
    await page.close();
  }
});

/** axe-core's audit of the page as it is: the violations, with their nodes. */
const AXE = fs.readFileSync(path.join(ROOT, 'tests/e2e/node_modules/axe-core/axe.min.js'), 'utf8');
async function audit(page) {
  await page.evaluate(AXE);
  const r = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')})`);
}

for (const [name, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]]) {
  test(`accessibility (${name}): axe-core finds no violation on the map, details, search, filters, list, review table, import report and share panel`, async () => {
    const { page, errors } = await loaded(viewport);
    const screens = {};
    screens.map = await audit(page);
    await show(page, '2022-07-27-sokolo');
    screens.details = await audit(page);
    await page.keyboard.press('Escape');
    await page.getByLabel('Search places').fill('segou');
    await page.locator('.search [role="option"]').first().waitFor();
    screens.search = await audit(page);
    await page.keyboard.press('Escape');
    if (!(await page.locator('details.legend').evaluate((d) => d.open))) await page.click('details.legend > summary');
    await openFilters(page);
    screens.filters = await audit(page);
    await page.click('.list-toggle');
    await page.locator('[data-testid="list-table"] tbody tr[data-incident-id]').first().waitFor();
    screens.list = await audit(page);
    await page.click('.incident-list .close');
    if (await page.getAttribute('button.data-button', 'aria-expanded') !== 'true') await page.click('button.data-button');
    await page.setInputFiles('[data-testid="open-data"]', path.join(ROOT, 'tests/fixtures/import/ucdp-problems.csv'));
    await page.locator('[data-testid="layer"][data-layer-name="ucdp-problems.csv"]').waitFor();
    await page.locator('[data-testid="layer"][data-layer-name="ucdp-problems.csv"] [data-testid="about-data"] summary').click();
    screens['import report'] = await audit(page);
    await page.click('[data-testid="review-matches"]');
    await page.locator('[data-testid="match-review"]').waitFor();
    screens['review table'] = await audit(page);
    await page.click('.match-review .close');
    await page.click('.share-toggle');
    await page.locator('[data-testid="share-panel"]').waitFor();
    screens.share = await audit(page);
    for (const [screen, found] of Object.entries(screens)) assert.deepEqual(found, [], `${screen}: ${found.join('; ')}`);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

for (const viewport of [{ width: 390, height: 844 }, { width: 360, height: 640 }]) {
  test(`phone ${viewport.width}x${viewport.height}, touch: two fingers pinch to zoom and pan; a tapped incident is never under its details`, async () => {
    const { page, errors } = await loaded(viewport);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    const touch = (type, points) => cdp.send('Input.dispatchTouchEvent', {
      type, touchPoints: points.map(([x, y], id) => ({ x, y, id, radiusX: 2, radiusY: 2, force: 1 })),
    });
    const scale = async () => Number((await page.getAttribute('.map svg g.basemap', 'transform')).match(/scale\(([\d.]+)\)/)[1]);
    const box = await page.locator('.map').boundingBox();
    const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
    const k0 = await scale();
    // Two fingers 80 px apart spread to 160 px: twice the scale.
    await touch('touchStart', [[cx - 40, cy], [cx + 40, cy]]);
    for (const d of [50, 60, 70, 80]) await touch('touchMove', [[cx - d, cy], [cx + d, cy]]);
    await touch('touchEnd', []);
    const k1 = await scale();
    assert.ok(Math.abs(k1 / k0 - 2) < 0.05, `scale ${k0} → ${k1}`);
    assert.equal(await page.$(DETAILS), null, 'a pinch is not a tap');
    // Back to the whole map, then a tap on Bobosso, low on the map.
    // Where it is on the whole map: opened by its link (the map may move),
    // the view reset, its ring read, closed.
    await show(page, '2022-07-23-bobosso');
    await page.click('button[aria-label="Reset view"]');
    const bobosso = await ring(page);
    await page.keyboard.press('Escape');
    await page.locator(DETAILS).waitFor({ state: 'detached' });
    const tap = async (x, y) => { await touch('touchStart', [[x, y]]); await touch('touchEnd', []); };
    await tap(bobosso.x, bobosso.y);
    // Bobosso, or at this size a stack drawn over it: its list opens and
    // nothing is picked from it by the tap (regression: the click the browser
    // sends after a tap landed on the list and opened its first incident).
    const list = page.locator('[data-testid="stack-list"]');
    await Promise.race([page.locator(`${DETAILS} h2`).waitFor(), list.waitFor()]);
    if (await list.isVisible()) {
      await page.waitForTimeout(300);
      assert.equal(await page.$(DETAILS), null, 'the tap picked nothing from the list');
      const item = await list.locator('li button').first().boundingBox();
      await tap(item.x + item.width / 2, item.y + item.height / 2);
    }
    await page.locator(`${DETAILS} h2`).waitFor();
    // The map moves the incident above the sheet.
    await page.waitForFunction(() => {
      const ring = document.querySelector('.selection-ring')?.getBoundingClientRect();
      const sheet = document.querySelector('[data-testid="incident-details"]').getBoundingClientRect();
      return ring && ring.bottom <= sheet.top;
    });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('keyboard only: search a place, open an incident, walk the map, filter, sort the list and open from it, copy the link; focus always shows', async () => {
  const { page, errors } = await loaded({ width: 1280, height: 800 });
  // What has the focus, and whether it shows (an outline or a ring).
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    const s = getComputedStyle(el);
    return {
      label: el.getAttribute('aria-label') || el.textContent.trim().slice(0, 60),
      tag: el.tagName,
      shows: el === document.body || (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none',
    };
  });
  const unseen = [];
  /** Presses Tab until `want(focused)` (at most 80 times), noting any focus that does not show. */
  const tabTo = async (want, what) => {
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (!f.shows) unseen.push(`${f.tag} ${f.label}`);
      if (want(f)) return f;
    }
    throw new Error(`Tab never reached ${what}`);
  };
  // Search: type, Enter, then the nearby list's first incident.
  await tabTo((f) => f.label === 'Search places', 'the search box');
  await page.keyboard.type('segou');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="nearby"]').waitFor();
  await tabTo((f) => f.tag === 'BUTTON' && /July 2022/.test(f.label), 'a nearby incident');
  await page.keyboard.press('Enter');
  await page.locator(`${DETAILS} h2`).waitFor();
  await page.keyboard.press('Escape');
  await page.locator(DETAILS).waitFor({ state: 'detached' });
  // The map has the focus again: arrows, Enter, Escape.
  assert.equal((await focused()).tag, 'DIV');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.locator(`${DETAILS} h2`).waitFor();
  await page.keyboard.press('Escape');
  // A legend toggle, by keyboard.
  await tabTo((f) => f.label.startsWith('Battles'), 'the Battles toggle');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('.legend-toggle[data-category="battles"]', 'aria-pressed'), 'false');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('.legend-toggle[data-category="battles"]', 'aria-pressed'), 'true');
  // The list: open it, sort by deaths, open its first row.
  await page.keyboard.press('Shift+Tab');
  await tabTo((f) => f.label === 'List', 'the List button');
  await page.keyboard.press('Enter');
  await tabTo((f) => f.label.startsWith('Deaths'), 'the Deaths heading');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('th.col-deaths', 'aria-sort'), 'descending');
  await tabTo((f) => f.tag === 'BUTTON' && f.label.startsWith('Sokolo'), 'the first row');
  await page.keyboard.press('Enter');
  await page.locator(`${DETAILS} h2`, { hasText: 'Sokolo' }).waitFor();
  // Share: copy the link.
  await page.keyboard.press('Escape');
  await tabTo((f) => f.label === 'Share', 'the Share button');
  await page.keyboard.press('Enter');
  await tabTo((f) => f.label === 'Copy link', 'Copy link');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.share-status').textContent !== '');
  assert.deepEqual(unseen, [], 'every focus shows');
  assert.deepEqual(errors, []);
  await page.close();
});
