// End-to-end tests: the built app (dist/) served on 127.0.0.1, driven in
// Debian's headless Chromium as a user would use it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, ROOT } from './harness.mjs';

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

const MARKER = 'circle[data-incident-id]';
const marker = (id) => `circle[data-incident-id="${id}"]`;
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

/** Opens the app on the fixture data and waits for the markers. */
async function loaded(viewport) {
  const { page, errors } = await open(browser.context, server.url, viewport, (p) => routeFixtures(p));
  await page.waitForSelector(MARKER);
  return { page, errors };
}

/** Ids of the markers a user can see (their day group is displayed). */
async function visibleIds(page) {
  return page.$$eval(MARKER, (cs) => cs.filter((c) => c.getBoundingClientRect().width > 0)
    .map((c) => c.dataset.incidentId));
}

test('loads without console errors and draws every incident as a labelled button', async () => {
  const { page, errors } = await loaded();
  const markers = await page.$$eval(MARKER, (cs) => cs.map((c) => ({
    id: c.dataset.incidentId, role: c.getAttribute('role'),
    tabindex: c.getAttribute('tabindex'), label: c.getAttribute('aria-label'),
  })));
  assert.deepEqual(markers.map((m) => m.id).sort(), [...ALL_IDS].sort());
  for (const m of markers) {
    assert.equal(m.role, 'button');
    assert.equal(m.tabindex, '0');
    assert.match(m.label, /, \d{1,2} July 2022/);
  }
  assert.match(await page.getAttribute(marker('2022-07-27-sokolo'), 'aria-label'), /^Sokolo, 27 July 2022/);
  assert.equal(await page.textContent('[data-testid="visible-count"]'), String(ALL_IDS.length));
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
  await page.waitForSelector(MARKER);
  assert.equal(await page.locator(MARKER).count(), live.features.length);
  assert.equal(await page.$('[data-testid="data-problems"]'), null);
  assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
  await page.close();
});

test('a figure given only in words shows the words, not a number (Bobosso: "une vingtaine")', async () => {
  const { page } = await loaded();
  await page.click(marker('2022-07-23-bobosso'));
  const details = page.locator(DETAILS);
  await details.waitFor();
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
  await page.click(marker('2022-07-27-sokolo'));
  const details = page.locator(DETAILS);
  await details.waitFor();
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
  await page.close();
});

test('a coordinated-attack link selects that incident', async () => {
  const { page } = await loaded();
  await page.click(marker('2022-07-27-sokolo'));
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
  assert.deepEqual((await visibleIds(page)).sort(), [
    '2022-07-23-bobosso', '2022-07-24-sevare', '2022-07-27-inekar-tadriante', '2022-07-27-kalumba',
    '2022-07-27-mopti', '2022-07-27-sokolo', '2022-07-27-tifolat',
  ]);
  assert.equal(await page.textContent('[data-testid="visible-count"]'), '7');
  // 9 + 1 + 5 + 12 + 0 + 54 + 12: the fixture's figures from 23 July on.
  assert.match(await page.textContent('[data-testid="killed-count"]'), /^93 killed/);
  // The end handle cannot cross the start: it stops at the start date.
  const end = page.getByLabel('End date');
  await end.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  assert.equal(await page.textContent('[data-testid="end-date"]'), '23 July 2022');
  assert.equal(await page.textContent('[data-testid="visible-count"]'), '1');
  assert.deepEqual(await visibleIds(page), ['2022-07-23-bobosso']);
  await page.keyboard.press('End');
  assert.equal(await page.textContent('[data-testid="visible-count"]'), '7');
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
  assert.equal(await page.textContent('[data-testid="visible-count"]'), '5');
  await page.close();
});

test('keyboard: Tab reaches a marker, Enter opens its details, Escape closes them', async () => {
  const { page } = await loaded();
  let focused = null;
  for (let i = 0; i < 12 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => document.activeElement?.dataset?.incidentId ?? null);
  }
  assert.ok(focused, 'a marker takes focus with Tab');
  assert.match(focused, /^2022-07-21-/, 'markers come in date order');
  await page.keyboard.press('Enter');
  await page.locator(DETAILS).waitFor();
  await page.keyboard.press('Escape');
  assert.equal(await page.$(DETAILS), null);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.incidentId), focused,
    'focus returns to the marker');
  await page.close();
});

test('wheel zooms around the cursor and circles keep their pixel size', async () => {
  const { page } = await loaded();
  const before = await page.locator(marker('2022-07-27-sokolo')).boundingBox();
  const cx = before.x + before.width / 2;
  const cy = before.y + before.height / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(100);
  await page.mouse.move(5, 400); // off the marker, so no hover ring widens its box
  const after = await page.locator(marker('2022-07-27-sokolo')).boundingBox();
  assert.ok(Math.abs(after.width - before.width) < 0.5, `radius kept: ${before.width} vs ${after.width}`);
  assert.ok(Math.abs(after.x + after.width / 2 - cx) < 1.5, 'the point under the cursor stays put');
  const kalumbaBefore = await page.locator(marker('2022-07-27-kalumba')).boundingBox();
  await page.click('button[aria-label="Reset view"]');
  const kalumbaAfter = await page.locator(marker('2022-07-27-kalumba')).boundingBox();
  assert.ok(Math.abs(kalumbaAfter.x - kalumbaBefore.x) > 20, 'reset moves the map back');
  await page.close();
});

test('drag pans the map', async () => {
  const { page } = await loaded();
  const before = await page.locator(marker('2022-07-22-kati')).boundingBox();
  await page.mouse.move(700, 200);
  await page.mouse.down();
  await page.mouse.move(600, 260, { steps: 5 });
  await page.mouse.up();
  const after = await page.locator(marker('2022-07-22-kati')).boundingBox();
  assert.ok(Math.abs(after.x - before.x + 100) < 1 && Math.abs(after.y - before.y - 60) < 1);
  assert.equal(await page.$(DETAILS), null, 'a drag is not a click');
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
  await page.waitForSelector(MARKER);
  assert.equal(await page.locator(MARKER).count(), ALL_IDS.length - 1);
  const banner = page.locator('[data-testid="data-problems"]');
  assert.match(await banner.locator('summary').textContent(), /1 feature of incidents\.geojson was rejected/);
  assert.match(await banner.textContent(),
    /incidents\.geojson, feature 1 \(id "2022-07-21-douentza"\), field `killed\.military`: invalid value: integer `-1`/);
  await page.close();
});

test('phone layout: the map, the slider and the details fit a 390x844 screen', async () => {
  const { page, errors } = await loaded({ width: 390, height: 844 });
  await page.click(marker('2022-07-27-sokolo'));
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
  assert.match(await nearby.textContent(), /Ségou, 21 July 2022 \(0 km\)/);
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
  const pixelAt = async (id) => {
    const box = await page.locator(marker(id)).boundingBox();
    const map = await page.locator('canvas.marker-canvas').boundingBox();
    return page.evaluate(([x, y]) => {
      const c = document.querySelector('canvas.marker-canvas');
      const k = c.width / c.getBoundingClientRect().width;
      return Array.from(c.getContext('2d').getImageData(Math.round(x * k), Math.round(y * k), 1, 1).data);
    }, [box.x + box.width / 2 - map.x, box.y + box.height / 2 - map.y]);
  };
  // Sokolo: a battle with 54 killed, filled with the battles colour #d55e00.
  assert.deepEqual(await pixelAt('2022-07-27-sokolo'), [0xd5, 0x5e, 0x00, 255]);
  // Kati: explosions/remote violence, #7b3294.
  assert.deepEqual(await pixelAt('2022-07-22-kati'), [0x7b, 0x32, 0x94, 255]);
  const end = page.getByLabel('End date');
  await end.focus();
  await page.keyboard.press('ArrowLeft'); // 26 July: the 27 July circles go
  await page.waitForTimeout(50);
  assert.equal((await pixelAt('2022-07-27-sokolo'))[3], 0, 'Sokolo is erased');
  assert.deepEqual(await pixelAt('2022-07-22-kati'), [0x7b, 0x32, 0x94, 255], 'Kati stays');
  await page.close();
});

test('incidents drawn at the same approximate point sit side by side and each can be clicked', async () => {
  const { page } = await loaded();
  const centre = async (id) => {
    const b = await page.locator(marker(id)).boundingBox();
    return [b.x + b.width / 2, b.y + b.height / 2];
  };
  // Thy (21 July) and Mopti/Sévaré (27 July) are both placed at Sévaré.
  const [tx, ty] = await centre('2022-07-21-thy');
  const [mx, my] = await centre('2022-07-27-mopti');
  assert.ok(Math.hypot(tx - mx, ty - my) >= 8, `apart: ${tx},${ty} vs ${mx},${my}`);
  await page.mouse.click(tx, ty);
  assert.equal(await page.locator(`${DETAILS} h2`).textContent(), 'Thy (Sévaré)');
  await page.mouse.click(mx, my);
  assert.equal(await page.locator(`${DETAILS} h2`).textContent(), 'Mopti (Sévaré)');
  // They stay apart when zoomed in.
  await page.click('button[aria-label="Close details"]');
  for (let i = 0; i < 3; i++) await page.click('button[aria-label="Zoom in"]');
  const [tx2, ty2] = await centre('2022-07-21-thy');
  const [mx2, my2] = await centre('2022-07-27-mopti');
  assert.ok(Math.abs(Math.hypot(tx2 - mx2, ty2 - my2) - Math.hypot(tx - mx, ty - my)) < 1, 'same pixel gap');
  await page.close();
});
