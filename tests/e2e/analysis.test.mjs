// Where and when violence rises (issue 21), on fixture data: the map's
// modes (regions shaded with a classed legend, the names the map has no
// area for said; a density grid), the comparison of a year with the one
// before (large increases marked, too-few baselines said), the trend chart,
// the alerts (one opens the week and the region behind it), an actor's
// profile, and a copied link that reopens the same analysis.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, ROOT } from './harness.mjs';

const FIXTURES = path.join(ROOT, 'tests/fixtures/e2e');
const INCIDENTS = fs.readFileSync(path.join(FIXTURES, 'july-2022.geojson'), 'utf8');
const GAZETTEER = fs.readFileSync(path.join(FIXTURES, 'gazetteer.geojson'), 'utf8');
const SHOTS = path.join(ROOT, 'tests/e2e/screenshots/analysis');

// An ACLED-layout file made up for these tests (SYNTHETIC): Mopti has 20
// events in 2021 and 40 in 2022, 12 of them in the week of 6-12 June 2022
// (a surge); Gao 5 in 2021 and 6 in 2022 (too few for a percentage);
// "Menaka", which the embedded map draws inside Gao, 6 in 2022.
const rows = [];
let n = 0;
const add = (date, admin1, lat, lon, killed, actor = 'JNIM: Group for Support of Islam and Muslims') => {
  n += 1;
  rows.push([`S${n}`, date, 'Political violence', 'Battles', actor, '2', 'Military Forces of Mali (2021-)', '1', `SYNTHETIC ${admin1}`, lat, lon, admin1, killed]);
};
const iso = (d) => d.toISOString().slice(0, 10);
const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
for (let k = 0; k < 20; k += 1) add(iso(day(2021, 1, 5 + 17 * k)), 'Mopti', 14.5, -4.2, 2);
for (let k = 0; k < 28; k += 1) add(iso(day(2022, 1, 3 + 12 * k)), 'Mopti', 14.5, -4.2, 3);
for (let k = 0; k < 12; k += 1) add(iso(day(2022, 6, 6 + (k % 7))), 'Mopti', 14.6, -4.0, 1, 'Katiba Macina');
for (const y of [2021, 2022]) for (let k = 0; k < 5; k += 1) add(iso(day(y, 2 + 2 * k, 10)), 'Gao', 16.3, -0.05, 1);
for (let k = 0; k < 6; k += 1) add(iso(day(2022, 3 + k, 20)), 'Menaka', 15.9, 2.4, 4);
// Two made-up corners, so that the file spans the built-in incidents' area
// (which it then replaces on the map: issue 20).
// They also make the data span 2021 and 2022 whole.
add('2022-12-31', 'Gao', 16.2, 3.5, 0, 'Unidentified Armed Group (Mali)');
add('2021-01-01', 'Kayes', 12.5, -8.5, 0, 'Unidentified Armed Group (Mali)');
const CSV = 'event_id_cnty,event_date,disorder_type,event_type,actor1,inter1,actor2,inter2,location,latitude,longitude,admin1,fatalities\n'
  + rows.map((r) => r.map((c) => (String(c).includes(' ') || String(c).includes(',') ? `"${c}"` : c)).join(',')).join('\n') + '\n';
const NAME = 'synthetic-analysis.csv';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
  fs.mkdirSync(SHOTS, { recursive: true });
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

async function app(url = server.url, viewport) {
  const { page, errors } = await open(browser.context, url, viewport, routeFixtures);
  // The points canvas is drawn only on the points map (a link may open
  // the regions or density map, which hide it).
  await page.waitForFunction(() => document.body.dataset.markersReady || document.querySelector('.map.shaded-mode path.region, .map.shaded-mode path.cell'));
  return { page, errors };
}

async function openFile(page) {
  if (await page.getAttribute('.data-wrap > .data-button', 'aria-expanded') !== 'true') await page.click('.data-wrap > .data-button');
  await page.setInputFiles('[data-testid="open-data"]', { name: NAME, mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await page.waitForSelector(`[data-testid="layer"][data-layer-name="${NAME}"]`);
  await page.waitForFunction((n) => document.querySelector('[data-testid="visible-count"]')?.dataset.count === String(n), rows.length);
  await page.keyboard.press('Escape');
}

test('the regions map shades each region by its figures, with its classes, and says the names it has no area for', async () => {
  const { page, errors } = await app();
  await openFile(page);
  await page.selectOption('[data-testid="date-presets"]', '2022');
  await page.click('.mode-button[data-mode="regions"]');
  await page.waitForSelector('path.region.shaded');
  assert.equal(await page.getAttribute('.map', 'data-mode'), 'regions');
  const classes = await page.locator('[data-testid="classes"] li').count();
  assert.ok(classes >= 2, `a zero class and at least one more: ${classes}`);
  const note = await page.textContent('[data-testid="regions-elsewhere"]');
  assert.match(note, /M[eé]naka \(6 incidents\)/);
  // Mopti is in the darkest class of the three regions with events.
  const fill = await page.getAttribute('path.region[data-region="Mopti"]', 'style');
  assert.match(fill, /--class-/);
  // A click on a region keeps it, as in the points mode.
  await page.screenshot({ path: path.join(SHOTS, 'regions-desktop.png') });
  // Density: cells, and a size chosen.
  await page.click('.mode-button[data-mode="density"]');
  await page.waitForSelector('path.cell');
  await page.selectOption('[data-testid="cell-size"]', '100');
  await page.waitForFunction(() => document.querySelector('.classes-title')?.textContent.includes('100'));
  await page.screenshot({ path: path.join(SHOTS, 'density-desktop.png') });
  // Nothing is drawn on the hidden points canvas (issue 21: a filter change
  // within a frame); back on the points map, it shows what the dates keep
  // now, drawn whole (2021: 26 of the rows, against 2022's 52).
  await page.selectOption('[data-testid="date-presets"]', '2021');
  await page.waitForFunction(() => document.querySelector('[data-testid="visible-count"]')?.dataset.count === '26');
  await page.click('.mode-button[data-mode="points"]');
  await page.waitForFunction(() => document.body.dataset.markersReady === '26', null, { timeout: 5000 });
  assert.deepEqual(errors, []);
  await page.close();
});

test('2022 against 2021: the rise in events and people killed, a large increase marked, a small baseline said, as CSV', async () => {
  const { page, errors } = await app();
  await openFile(page);
  await page.selectOption('[data-testid="date-presets"]', '2022');
  await page.click('[data-testid="analysis-opener"]');
  await page.waitForSelector('[data-testid="analysis-panel"]:not([hidden])');
  // The panel follows the dates once the slider rests.
  await page.waitForFunction(() => document.querySelector('[data-testid="compare-periods"]')?.textContent.startsWith('1 January 2022'));
  const mopti = page.locator('[data-testid="compare-table"] tbody tr[data-region="Mopti"]');
  await mopti.waitFor();
  const cells = await mopti.locator('td').allTextContents();
  // 40 events against 20 (+100%), 96 killed against 40 (+140%).
  assert.deepEqual(cells.slice(0, 2), ['40', '20']);
  assert.match(cells[2], /^\+20 \(\+100%\)/);
  assert.match(cells[2], /large increase/);
  assert.deepEqual(cells.slice(3, 5), ['96', '40']);
  const gao = await page.locator('[data-testid="compare-table"] tbody tr[data-region="Gao"] td').allTextContents();
  assert.match(gao[2], /too few to compare/);
  assert.match(await page.textContent('[data-testid="compare-periods"]'), /1 January 2022 – 31 December 2022 against 1 January 2021 – 31 December 2021/);
  const menaka = await page.locator('[data-testid="compare-table"] tbody tr').filter({ hasText: /M[eé]naka/ }).locator('td').allTextContents();
  assert.equal(menaka[0], '6');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="compare-csv"]')]);
  const csv = fs.readFileSync(await download.path(), 'utf8');
  assert.match(csv, /^region,period_from,period_to,baseline/);
  assert.match(csv, /\nMopti,2022-01-01,2022-12-31,previous,2021-01-01,40,20,20,100\.0,96,40,56,140\.0,0\n/);
  // The trend chart, split by region: Mopti, Menaka, Gao.
  await page.selectOption('[data-testid="split"]', 'region');
  await page.waitForFunction(() => document.querySelectorAll('.series-keys li').length === 3);
  assert.equal(await page.locator('[data-testid="trend-chart"] polyline.series').count(), 3);
  // The chart as a picture for an article: its three lines, their names, the credits.
  const [chart] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="trend-svg"]')]);
  assert.match(chart.suggestedFilename(), /^trends_2022-01-01_2022-12-31_region\.svg$/);
  const svg = fs.readFileSync(await chart.path(), 'utf8');
  assert.equal((svg.match(/<polyline class="series"/g) || []).length, 3);
  assert.match(svg, />Mopti</);
  assert.match(svg, />Conflict events, 1 January 2022 – 31 December 2022</);
  assert.match(svg, /Armed Conflict Location &amp; Event Data/);
  fs.writeFileSync(path.join(SHOTS, 'trend-chart.svg'), svg);
  await page.screenshot({ path: path.join(SHOTS, 'compare-desktop.png') });
  // The regions map, with the panel open, says a region's baseline and
  // change on hover.
  await page.click('.mode-button[data-mode="regions"]');
  const b = await page.locator('path.region[data-region="Mopti"]').boundingBox();
  let tip = '';
  for (const [dx, dy] of [[-30, 0], [-30, 20], [-50, -10], [-20, 30], [0, 30]]) {
    await page.mouse.move(b.x + b.width / 2 + dx, b.y + b.height / 2 + dy);
    await page.waitForTimeout(50);
    tip = (await page.locator('.region-tip').textContent().catch(() => '')) || '';
    if (tip.startsWith('Mopti:')) break;
  }
  assert.match(tip, /^Mopti: 40 incidents, 96 killed \(0 with no figure\)\. Baseline: 20 incidents, 40 killed; change \+20 \(\+100%\) incidents, \+56 \(\+140%\) killed\./);
  await page.screenshot({ path: path.join(SHOTS, 'region-tip-baseline.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('an alert says what surged and why, and opens its week and region; an actor has a profile', async () => {
  const { page, errors } = await app();
  await openFile(page);
  await page.selectOption('[data-testid="date-presets"]', '2022');
  await page.click('[data-testid="analysis-opener"]');
  // The alerts of 2022, once the panel follows the dates (a list of the
  // whole span first, replaced a quarter of a second later, took the click).
  await page.waitForFunction(() => document.querySelector('[data-testid="compare-periods"]')?.textContent.startsWith('1 January 2022'));
  const surge = page.locator('[data-testid="alerts"] .alert[data-kind="surge"]', { hasText: 'Mopti' }).first();
  await surge.waitFor();
  assert.match(await surge.textContent(), /Surge, Mopti, .*June 2022: 1\d incidents, at least twice the 4 weeks before/);
  await surge.click();
  // Its week: seven days, Mopti only.
  await page.waitForFunction(() => document.querySelector('[data-testid="start-date"]')?.textContent.includes('June 2022'));
  const start = await page.textContent('[data-testid="start-date"]');
  const end = await page.textContent('[data-testid="end-date"]');
  const days = (new Date(end) - new Date(start)) / 86400000;
  assert.equal(days, 6, `${start} – ${end}`);
  assert.ok(await page.locator('path.region.chosen[data-region="Mopti"]').count() === 1, 'Mopti kept');
  // An actor's alert opens its profile.
  await page.selectOption('[data-testid="date-presets"]', '2022');
  const actor = page.locator('[data-testid="alerts"] .alert', { hasText: 'Katiba Macina' }).first();
  await actor.waitFor();
  await actor.click();
  const profile = page.locator('[data-testid="actor-profile"]');
  await profile.waitFor();
  assert.match(await profile.textContent(), /Katiba Macina/);
  assert.match(await profile.textContent(), /1\d incidents in this period/);
  await page.screenshot({ path: path.join(SHOTS, 'alerts-desktop.png') });
  // From the actor filter's list too: the profile's icon on its line.
  await page.click('[data-testid="filters-toggle"]');
  await page.fill('[data-testid="filter-panel"] input[type=search]', 'JNIM');
  const line = page.locator('[data-testid="actor-list"] li', { hasText: 'JNIM' });
  await line.first().waitFor();
  await page.screenshot({ path: path.join(SHOTS, 'actor-filter-profile.png') });
  await line.locator('[data-testid="actor-filter-profile"]').click();
  await page.locator('[data-testid="actor-profile"]', { hasText: 'JNIM: Group for Support of Islam and Muslims' }).waitFor();
  assert.equal(await page.locator('[data-testid="filter-panel"]').isVisible(), false, 'the filters closed to show it');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the link keeps the mode, the measure, the baseline, the split and the open panel', async () => {
  const { page } = await app();
  await page.click('.mode-button[data-mode="regions"]');
  await page.selectOption('[data-testid="measure"]', 'killed');
  await page.click('[data-testid="analysis-opener"]');
  await page.selectOption('[data-testid="baseline"]', 'year');
  await page.selectOption('[data-testid="split"]', 'type');
  await page.waitForFunction(() => location.search.includes('split=type') && location.search.includes('baseline=year'));
  const url = page.url();
  assert.match(url, /mode=regions/);
  assert.match(url, /measure=killed/);
  assert.match(url, /analysis=1/);
  await page.close();
  const again = await app(url);
  await again.page.waitForSelector('[data-testid="analysis-panel"]:not([hidden])');
  assert.equal(await again.page.getAttribute('.map', 'data-mode'), 'regions');
  assert.equal(await again.page.inputValue('[data-testid="baseline"]'), 'year');
  assert.equal(await again.page.inputValue('[data-testid="split"]'), 'type');
  assert.equal(await again.page.inputValue('[data-testid="measure"]'), 'killed');
  await again.page.close();
});

test('regression: a map rebuilt while the panel waits for the slider to rest (its signals were read once disposed: a panic)', async () => {
  const { page, errors } = await app();
  await openFile(page);
  await page.click('[data-testid="analysis-opener"]');
  await page.waitForSelector('[data-testid="compare-table"] tbody tr');
  // A date change, then at once a change that rebuilds the map.
  await page.selectOption('[data-testid="date-presets"]', '2022');
  await page.selectOption('[data-testid="size-by"]', 'civilians');
  await page.waitForTimeout(800);
  await page.waitForSelector('[data-testid="compare-table"] tbody tr');
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone the switch and the panel fit the screen', async () => {
  const { page, errors } = await app(server.url, { width: 390, height: 844 });
  await openFile(page);
  await page.selectOption('[data-testid="date-presets"]', '2022');
  await page.click('.mode-button[data-mode="regions"]');
  await page.waitForSelector('path.region.shaded');
  await page.screenshot({ path: path.join(SHOTS, 'regions-phone.png') });
  await page.click('[data-testid="analysis-opener"]');
  const box = await page.locator('[data-testid="analysis-panel"]').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 391, JSON.stringify(box));
  await page.screenshot({ path: path.join(SHOTS, 'analysis-phone.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

/** The app opened by a link to the synthetic file on the same server, with `query` added. */
async function linked(query, viewport) {
  const { page, errors } = await open(browser.context, `${server.url}?data=/${NAME}&${query}`, viewport, async (p) => {
    await routeFixtures(p);
    await p.route(`**/${NAME}`, (r) => r.fulfill({ body: CSV, contentType: 'text/csv' }));
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="layer"]').length >= 2);
  return { page, errors };
}

const visibleCount = (page) => page.evaluate(() => Number(document.querySelector('[data-testid="visible-count"]')?.dataset.count));
async function expectVisible(page, n) {
  await page.waitForFunction((k) => document.querySelector('[data-testid="visible-count"]')?.dataset.count === String(k), n)
    .catch(async () => assert.fail(`expected ${n} incidents shown, got ${await visibleCount(page)}`));
}

/** The map's centre in page px (where the link's `at` put its point). */
async function mapCentre(page) {
  const b = await page.locator('.map').boundingBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

test('a circle drawn around Mopti keeps its incidents for the map, the trends and the comparison, and the link keeps it', async () => {
  const { page, errors } = await linked('from=2022-01-01&to=2022-12-31&at=14.55,-4.1,8');
  // 2022: Mopti 40, Gao 5, Menaka 6 and one corner.
  await expectVisible(page, 52);
  await page.click('.area-kind[data-area="circle"]');
  assert.match(await page.textContent('[data-testid="area-hint"]'), /drag to the edge/);
  const c = await mapCentre(page);
  // A press at Mopti's two places (both about 12 km from the centre) and
  // a drag of 150 px: a circle that holds them and nothing else.
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x + 75, c.y, { steps: 4 });
  await page.locator('[data-testid="area-sketch"]').waitFor();
  await page.mouse.move(c.x + 150, c.y, { steps: 4 });
  await page.mouse.up();
  await page.locator('[data-testid="area-outline"]').waitFor();
  await expectVisible(page, 40);
  const near = (kept, lat, lon) => {
    const [a, b] = kept.replace(/^circle:/, '').split(',').map(Number);
    return Math.abs(a - lat) < 0.02 && Math.abs(b - lon) < 0.02;
  };
  const kept = await page.getAttribute('.area-tool', 'data-area-kept');
  assert.ok(kept.startsWith('circle:') && near(kept, 14.55, -4.1), kept);
  assert.match(await page.textContent('[data-testid="filters-active"]'), /within \d+(\.\d)?\skm of 14\.\d+°N, 4\.\d+°W/);
  // The comparison and the trends follow: Mopti 40 against 20, and no other region.
  await page.click('[data-testid="analysis-opener"]');
  const mopti = page.locator('[data-testid="compare-table"] tbody tr[data-region="Mopti"]');
  await mopti.waitFor();
  // The panel follows the filters once they rest (a quarter of a second).
  await page.waitForFunction(() => {
    const cells = [...document.querySelectorAll('[data-testid="compare-table"] tbody tr[data-region="Mopti"] td')];
    const gao = [...document.querySelectorAll('[data-testid="compare-table"] tbody tr[data-region="Gao"] td')];
    return cells[0]?.textContent === '40' && cells[1]?.textContent === '20' && (gao.length === 0 || gao[0].textContent === '0');
  }).catch(async () => assert.fail(`Mopti: ${await mopti.textContent()}`));
  const gao = page.locator('[data-testid="compare-table"] tbody tr[data-region="Gao"] td');
  if (await gao.count()) assert.deepEqual((await gao.allTextContents()).slice(0, 2), ['0', '0']);
  await page.screenshot({ path: path.join(SHOTS, 'area-circle-desktop.png') });
  // The radius typed: 5 km holds neither place.
  await page.click('.analysis-panel .close');
  await page.fill('[data-testid="area-radius"]', '5');
  await page.press('[data-testid="area-radius"]', 'Enter');
  await expectVisible(page, 0);
  await page.fill('[data-testid="area-radius"]', '30');
  await page.press('[data-testid="area-radius"]', 'Enter');
  await expectVisible(page, 40);
  // The link reopens it.
  await page.waitForFunction(() => new URLSearchParams(location.search).get('area')?.endsWith(',30'));
  const url = page.url();
  await page.close();
  const again = await open(browser.context, url, undefined, async (p) => {
    await routeFixtures(p);
    await p.route(`**/${NAME}`, (r) => r.fulfill({ body: CSV, contentType: 'text/csv' }));
  });
  await again.page.locator('[data-testid="area-outline"]').waitFor();
  await expectVisible(again.page, 40);
  // Removed: the whole map again.
  await again.page.click('[data-testid="area-remove"]');
  await expectVisible(again.page, 52);
  assert.equal(await again.page.locator('[data-testid="area-outline"]').count(), 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(again.errors, []);
  await again.page.close();
});

test('a polygon drawn corner by corner around Gao, ended with Enter; the keyboard puts a circle at the centre', async () => {
  const { page, errors } = await linked('from=2022-01-01&to=2022-12-31&at=16.3,-0.05,8');
  await expectVisible(page, 52);
  await page.click('.area-kind[data-area="polygon"]');
  const c = await mapCentre(page);
  for (const [dx, dy] of [[-60, -60], [60, -60], [60, 60], [-60, 60]]) {
    await page.mouse.click(c.x + dx, c.y + dy);
  }
  await page.waitForFunction(() => document.querySelectorAll('.area-corner').length === 4);
  await page.focus('.map');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="area-outline"]').waitFor();
  // Gao's five events of 2022 (the corner at 3.5°E is outside).
  await expectVisible(page, 5);
  assert.match(await page.getAttribute('.area-tool', 'data-area-kept'), /^polygon:(-?[\d.]+,-?[\d.]+;){3}-?[\d.]+,-?[\d.]+$/);
  assert.match(await page.textContent('[data-testid="filters-active"]'), /inside an area drawn on the map \(4 corners\)/);
  await page.screenshot({ path: path.join(SHOTS, 'area-polygon-desktop.png') });
  // Escape stops a drawing without changing the area.
  await page.click('.area-kind[data-area="polygon"]');
  await page.mouse.click(c.x - 200, c.y - 200);
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="area-hint"]').waitFor({ state: 'detached' });
  await expectVisible(page, 5);
  // The keyboard: the circle button, then "at the map's centre", then a radius.
  await page.focus('.area-kind[data-area="circle"]');
  await page.keyboard.press('Enter');
  await page.focus('[data-testid="area-at-centre"]');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="area-radius"]').waitFor();
  await page.fill('[data-testid="area-radius"]', '20');
  await page.press('[data-testid="area-radius"]', 'Enter');
  await expectVisible(page, 5);
  const centred = await page.getAttribute('.area-tool', 'data-area-kept');
  const [lat, lon, km] = centred.replace(/^circle:/, '').split(',').map(Number);
  assert.ok(Math.abs(lat - 16.3) < 0.02 && Math.abs(lon + 0.05) < 0.02 && km === 20, centred);
  // The focus went to the radius once the circle was put.
  await page.click('[data-testid="area-remove"]');
  await page.focus('.area-kind[data-area="circle"]');
  await page.keyboard.press('Enter');
  await page.focus('[data-testid="area-at-centre"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'area-radius');
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone a circle is drawn with a finger, and the area tool fits the screen', async () => {
  const { page, errors } = await linked('from=2022-01-01&to=2022-12-31&at=14.55,-4.1,8', { width: 390, height: 844 });
  await expectVisible(page, 52);
  // The switch's options are folded on a phone.
  assert.equal(await page.locator('.area-kind[data-area="circle"]').isVisible(), false);
  await page.click('[data-testid="mode-more"]');
  await page.click('.area-kind[data-area="circle"]');
  const box = await page.locator('.mode-switch').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 391, JSON.stringify(box));
  const c = await mapCentre(page);
  // A finger: pointer events of type touch, the press at the centre.
  const touch = (type, x, y) => page.dispatchEvent('.map', type, { pointerId: 7, pointerType: 'touch', isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX: x, clientY: y });
  await touch('pointerdown', c.x, c.y);
  for (let k = 1; k <= 5; k += 1) await touch('pointermove', c.x + 20 * k, c.y);
  await touch('pointerup', c.x + 100, c.y);
  await page.locator('[data-testid="area-outline"]').waitFor();
  await expectVisible(page, 40);
  await page.screenshot({ path: path.join(SHOTS, 'area-phone.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

// 10,000 made-up events (SYNTHETIC) over 2021 and 2022 in eight regions,
// each region's events jittered around one made-up point inside it, and a
// surge: 60 more in Kidal in the week of 14-20 March 2022. The figures
// the app shows are counted here from the rows.
const TEN_K = (() => {
  const regions = [['Mopti', 14.5, -4.2], ['Gao', 16.3, -0.05], ['Ségou', 13.4, -6.3], ['Tombouctou', 16.8, -3.0],
    ['Kidal', 18.4, 1.4], ['Sikasso', 11.3, -5.7], ['Koulikoro', 12.9, -7.6], ['Kayes', 14.4, -11.4]];
  let seed = 12345;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const out = [];
  const start = Date.UTC(2021, 0, 1);
  for (let k = 0; k < 9940; k += 1) {
    const [admin1, lat, lon] = regions[k % regions.length];
    const date = new Date(start + Math.floor(rand() * 730) * 86400000);
    out.push({ id: `T${k}`, date: date.toISOString().slice(0, 10), admin1, lat: lat + (rand() - 0.5) * 0.6, lon: lon + (rand() - 0.5) * 0.6, killed: Math.floor(rand() * 4), actor: `SYNTHETIC group ${k % 5}` });
  }
  for (let k = 0; k < 60; k += 1) {
    out.push({ id: `S${k}`, date: `2022-03-${String(14 + (k % 7)).padStart(2, '0')}`, admin1: 'Kidal', lat: 18.4, lon: 1.4, killed: 1, actor: 'SYNTHETIC group 0' });
  }
  const csv = 'event_id_cnty,event_date,event_type,actor1,inter1,actor2,inter2,location,latitude,longitude,admin1,fatalities\n'
    + out.map((e) => [e.id, e.date, 'Battles', `"${e.actor}"`, '2', '"SYNTHETIC forces"', '1', '"SYNTHETIC place"', e.lat.toFixed(4), e.lon.toFixed(4), e.admin1, e.killed].join(',')).join('\n') + '\n';
  return { rows: out, csv };
})();

test('at 10,000 incidents: the regions of a year and their comparison as counted from the rows, an alert, a profile, an area, the link', async () => {
  // The built-in incidents (July 2022) are hidden by the link's dataset
  // filter: the figures are the file's alone.
  const name = 'synthetic-10k.csv';
  const prepare = async (p) => {
    await routeFixtures(p);
    await p.route(`**/${name}`, (r) => r.fulfill({ body: TEN_K.csv, contentType: 'text/csv' }));
  };
  let { page, errors } = await open(browser.context, `${server.url}?data=/${name}&dataset=curated&from=2022-01-01&to=2022-12-31&mode=regions&analysis=1`, undefined, prepare);
  const in2022 = TEN_K.rows.filter((e) => e.date.startsWith('2022'));
  await expectVisible(page, in2022.length);
  const count = (rows, region) => rows.filter((e) => e.admin1 === region).length;
  const rows2021 = TEN_K.rows.filter((e) => e.date.startsWith('2021'));
  await page.waitForFunction((n) => document.querySelector('[data-testid="compare-table"] tbody tr[data-region="Kidal"] td')?.textContent === String(n), count(in2022, 'Kidal'));
  for (const region of ['Mopti', 'Gao', 'Kidal', 'Ségou']) {
    const cells = await page.locator(`[data-testid="compare-table"] tbody tr[data-region="${region}"] td`).allTextContents();
    const fmt = (n) => n.toLocaleString('en-US');
    assert.deepEqual(cells.slice(0, 2), [fmt(count(in2022, region)), fmt(count(rows2021, region))], region);
  }
  // Every region is shaded, and Kidal, with its surge, is named in the alerts.
  assert.equal(await page.locator('path.region.shaded').count(), await page.locator('path.region').count());
  // (Weeks are counted back from the period's last day: the planted week
  // may straddle two of them.)
  const surge = page.locator('[data-testid="alerts"] .alert[data-kind="surge"]', { hasText: /^Surge, Kidal, \d+ March 2022 – \d+ March 2022: \d+ incidents/ }).first();
  await surge.waitFor();
  const [, d0, d1, n] = (await surge.textContent()).match(/^Surge, Kidal, (\d+) March 2022 – (\d+) March 2022: (\d+) incidents, at least twice the 4 weeks before/);
  const week = TEN_K.rows.filter((e) => e.admin1 === 'Kidal' && e.date >= `2022-03-${d0}` && e.date <= `2022-03-${d1}`).length;
  assert.equal(Number(n), week);
  assert.ok(week >= 40, `${week} in the week`);
  assert.ok(await page.locator('[data-testid="alert-mark"][data-region="Kidal"]').count() === 1);
  // The mark says Kidal's alerts and opens the first (the newest): its
  // week (or month) and Kidal.
  const mark = page.locator('[data-testid="alert-mark"][data-region="Kidal"]');
  assert.match(await mark.getAttribute('aria-label'), /^\d+ alerts \(click to open the first\): (Surge|High), Kidal/);
  // (The panel covers the east of the map: closed, the regions map and its
  // marks stay.)
  await page.click('.analysis-panel .close');
  await mark.click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="start-date"]')?.textContent.startsWith('1 January 2022'));
  const [from, to] = [await page.inputValue('input[type=date] >> nth=0'), await page.inputValue('input[type=date] >> nth=1')];
  const opened = TEN_K.rows.filter((e) => e.admin1 === 'Kidal' && e.date >= from && e.date <= to);
  await expectVisible(page, opened.length);
  // An actor's profile, from an incident of those dates.
  const one = opened[0];
  await page.evaluate((id) => { location.hash = `incident=${id}`; }, one.id);
  await page.locator('[data-testid="incident-details"] [data-testid="actor-profile-open"]', { hasText: one.actor }).click();
  const inPeriod = opened.filter((e) => e.actor === one.actor).length;
  // (The panel follows the dates and filters once they rest.)
  await page.locator('[data-testid="actor-profile"]', { hasText: new RegExp(`^${one.actor}${inPeriod} incidents? in this period`) }).waitFor()
    .catch(async () => assert.fail(`${inPeriod} expected: ${await page.textContent('[data-testid="actor-profile"]')}`));
  await page.close();
  // The link again, and a circle of 50 km around the map's centre (Gao's
  // point): Gao's events of 2022, all within 43 km of it.
  const second = await open(browser.context, `${server.url}?data=/${name}&dataset=curated&from=2022-01-01&to=2022-12-31&mode=regions&at=16.3,-0.05,6`, undefined, prepare);
  page = second.page;
  await expectVisible(page, in2022.length);
  await page.click('.area-kind[data-area="circle"]');
  await page.click('[data-testid="area-at-centre"]');
  await page.fill('[data-testid="area-radius"]', '50');
  await page.press('[data-testid="area-radius"]', 'Enter');
  await expectVisible(page, count(in2022, 'Gao'));
  // The copied link, opened afresh, shows the same.
  await page.waitForFunction(() => new URLSearchParams(location.search).get('area')?.endsWith(',50'));
  const url = page.url();
  const again = await open(browser.context, url, undefined, prepare);
  await again.page.locator('[data-testid="area-outline"]').waitFor();
  await expectVisible(again.page, count(in2022, 'Gao'));
  assert.equal(await again.page.getAttribute('.map', 'data-mode'), 'regions');
  assert.deepEqual(errors, []);
  assert.deepEqual(second.errors, []);
  assert.deepEqual(again.errors, []);
  await page.close();
  await again.page.close();
});
