// Issue 21's "done means", with the real files: ACLED's 2023 export and
// UCDP GED from ../shared/realdata (read in place, never copied), opened by
// a link on this server. The 2022 regions map shows Mopti first with its
// figures; Ségou's 2022 against 2021 reads the rise; the alerts say what
// surged in 2022; JNIM's profile opens from an incident; an area drawn
// around Sokolo gives its trend; the link reproduces the screen; the
// choropleth downloads as a PNG. Desktop and phone, English and French;
// screenshots under tests/e2e/screenshots/analysis-corpus/ to look at. The
// figures are counted from the raw files natively too
// (shared/tests/realdata.rs::regions_trends_comparison_and_alerts_of_the_real_files).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, open, ROOT } from './harness.mjs';

const REALDATA = path.resolve(ROOT, '../shared/realdata');
const ACLED = path.join(REALDATA, 'acled_export-2023_mali_2015-01-03_2023-03-01.csv');
const UCDP = path.join(REALDATA, 'ucdp_ged_mali_1990-2023_bsa-export.csv');
const CORPUS = fs.existsSync(ACLED) && fs.existsSync(UCDP);
if (!CORPUS && process.env.CI === 'true') {
  throw new Error(`${REALDATA} is missing: CI runs the tests over the real corpus (shared/ beside the repository)`);
}
const needsCorpus = CORPUS ? {} : { skip: `${REALDATA} not found: this test reads the real corpus in place` };
const SHOTS = path.join(ROOT, 'tests/e2e/screenshots/analysis-corpus');
const FIXTURES = path.join(ROOT, 'tests/fixtures/e2e');
const INCIDENTS = fs.readFileSync(path.join(FIXTURES, 'july-2022.geojson'), 'utf8');
const GAZETTEER = fs.readFileSync(path.join(FIXTURES, 'gazetteer.geojson'), 'utf8');

let server;
let browser;
let files;
before(async () => {
  server = await serve();
  browser = await launch();
  fs.mkdirSync(SHOTS, { recursive: true });
  if (CORPUS) files = { '/corpus/acled.csv': fs.readFileSync(ACLED), '/corpus/ucdp.csv': fs.readFileSync(UCDP) };
});
after(async () => {
  await browser?.close();
  await server?.close();
});

// Both files, 2022, UCDP's events hidden by the dataset filter (the two
// record the same attacks: the regions count ACLED's), the regions map and
// the analysis panel.
const LINK = '?data=/corpus/acled.csv&data=/corpus/ucdp.csv&from=2022-01-01&to=2022-12-31&dataset=ucdp&mode=regions&analysis=1';

async function app(query, viewport) {
  const { page, errors } = await open(browser.context, server.url + query, viewport, async (p) => {
    const json = 'application/geo+json';
    await p.route('**/data/incidents.geojson', (r) => r.fulfill({ body: INCIDENTS, contentType: json }));
    await p.route('**/data/gazetteer.geojson', (r) => r.fulfill({ body: GAZETTEER, contentType: json }));
    await p.route((u) => u.pathname in files, (r) => r.fulfill({ body: files[new URL(r.request().url()).pathname], contentType: 'text/csv' }));
  });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="layer"]').length >= 3, null, { timeout: 90_000 });
  // The link's dates applied (the files alone span 1989-2023), and the
  // panel's tables made once the slider rests.
  await page.waitForFunction(() => /2022/.test(document.querySelector('[data-testid="end-date"]')?.textContent ?? ''), null, { timeout: 60_000 });
  await page.waitForFunction(() => /^(Du )?1(er)? (January|janvier) 2022/.test(document.querySelector('[data-testid="compare-periods"]')?.textContent ?? ''), null, { timeout: 60_000 });
  return { page, errors };
}

/** The comparison table's rows: [region, incidents, baseline, change, killed, baseline, change]. */
async function comparison(page) {
  const table = page.locator('[data-testid="compare-table"] tbody tr');
  await table.first().waitFor({ timeout: 60_000 });
  return (await table.evaluateAll((rows) => rows.map((r) => [
    r.dataset.region ?? r.querySelector('th')?.textContent.trim(),
    ...[...r.querySelectorAll('td')].map((td) => td.textContent.trim()),
  ])));
}

test('the done-means of issue 21 with ACLED 2023 and UCDP GED: regions, Ségou, alerts, JNIM, Sokolo, the link, the PNG', needsCorpus, async () => {
  const shot = (name) => page.screenshot({ path: path.join(SHOTS, `${name}.png`) });
  const { page, errors } = await app(LINK, { width: 1366, height: 768 });
  // The 2022 regions map: Mopti first, 697 events and 1,936 killed, against 2021.
  const rows = await comparison(page);
  assert.equal(rows[0][0], 'Mopti', JSON.stringify(rows.slice(0, 3)));
  assert.equal(rows[0][1], '697');
  assert.equal(rows[0][4], '1,936');
  const classOf = async (region) => Number((await page.getAttribute(`path.region[data-region="${region}"]`, 'style')).match(/--class-(\d)/)[1]);
  const classes = await page.locator('[data-testid="classes"] li').count() - 1;
  assert.equal(await classOf('Mopti'), classes - 1, 'Mopti in the darkest class');
  assert.ok(await classOf('Kayes') < classes - 1, 'Kayes (few events) in a lighter class');
  // Ségou: 235 events against 197, 510 killed against 269.
  const segou = rows.find((r) => r[0] === 'Ségou');
  assert.deepEqual([segou[1], segou[2], segou[4], segou[5]], ['235', '197', '510', '269'], JSON.stringify(segou));
  assert.match(segou[3], /^\+38 \(\+19%\)/);
  assert.match(segou[6], /^\+241 \(\+90%\)/);
  // ACLED's "Menaka", which the embedded map draws inside Gao, said.
  assert.match(await page.textContent('[data-testid="regions-elsewhere"]'), /M[eé]naka \(181 incidents\)/);
  // The alerts of 2022, in words, and on the map.
  const alerts = page.locator('[data-testid="alerts"] .alert');
  await alerts.first().waitFor();
  const said = await alerts.allTextContents();
  assert.ok(said.some((t) => /^Surge, .*2022: \d+ incidents, at least twice the 4 weeks before/.test(t)), said.join('\n'));
  assert.ok(await page.locator('[data-testid="alert-mark"]').count() >= 1);
  await shot('1-regions-2022-desktop-en');
  // The choropleth as a PNG, ready for an article.
  await page.click('.share-toggle');
  const [png] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('[data-testid="download-png"]')]);
  const bytes = fs.readFileSync(await png.path());
  assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG');
  assert.ok(bytes.length > 20_000, `${bytes.length} bytes`);
  fs.writeFileSync(path.join(SHOTS, '2-choropleth-download.png'), bytes);
  await page.keyboard.press('Escape');
  // JNIM's profile, from an incident of 2022 (ACLED MLI7017, at Sokolo).
  await page.evaluate(() => { location.hash = 'incident=MLI7017'; });
  const open = page.locator('[data-testid="incident-details"] [data-testid="actor-profile-open"]', { hasText: 'JNIM' });
  await open.first().click();
  const profile = page.locator('[data-testid="actor-profile"]');
  await profile.waitFor();
  assert.match(await profile.textContent(), /JNIM: Group for Support of Islam and Muslims/);
  assert.match(await profile.textContent(), /[\d,]+ incidents in this period/);
  await shot('3-jnim-profile');
  await page.keyboard.press('Escape');
  // An area around Sokolo (30 km around ACLED's point for MLI7017): its
  // trend, month by month, adds up to what the map shows.
  const url = new URL(page.url());
  url.searchParams.set('area', 'circle:14.7328,-6.1219,30');
  url.searchParams.set('mode', 'points');
  url.hash = '';
  await page.close();
  const sokolo = await app(url.search, { width: 1366, height: 768 });
  await sokolo.page.locator('[data-testid="area-outline"]').waitFor({ timeout: 60_000 });
  await sokolo.page.waitForFunction(() => Number(document.querySelector('[data-testid="visible-count"]')?.dataset.count) > 0);
  const shown = Number(await sokolo.page.getAttribute('[data-testid="visible-count"]', 'data-count'));
  // The panel follows once the map rests: its one series holds them all.
  await sokolo.page.waitForFunction((n) => document.querySelector('.series-keys')?.textContent.includes(`(${n})`), shown);
  const [csv] = await Promise.all([sokolo.page.waitForEvent('download'), sokolo.page.click('[data-testid="trend-csv"]')]);
  const lines = fs.readFileSync(await csv.path(), 'utf8').trim().split('\n');
  const header = lines[0].split(',');
  const at = header.indexOf('events');
  assert.ok(at >= 0, lines[0]);
  const sum = lines.slice(1).reduce((n, l) => n + Number(l.split(',')[at]), 0);
  assert.equal(sum, shown, 'the trend adds up to the map');
  assert.ok(shown > 5 && shown < 200, `${shown} incidents around Sokolo in 2022`);
  await sokolo.page.screenshot({ path: path.join(SHOTS, '4-sokolo-area-trend.png') });
  // The link reproduces the screen in a new window.
  const again = await app(new URL(sokolo.page.url()).search, { width: 1366, height: 768 });
  await again.page.locator('[data-testid="area-outline"]').waitFor({ timeout: 60_000 });
  await again.page.waitForFunction((n) => document.querySelector('[data-testid="visible-count"]')?.dataset.count === String(n), shown);
  assert.equal(await again.page.textContent('h1'), await sokolo.page.textContent('h1'));
  assert.deepEqual(errors, []);
  assert.deepEqual(sokolo.errors, []);
  assert.deepEqual(again.errors, []);
  await sokolo.page.close();
  await again.page.close();
});

test('the same in French on a phone: the regions of 2022, the comparison, the alerts', needsCorpus, async () => {
  const { page, errors } = await app(`${LINK}&lang=fr`, { width: 390, height: 844 });
  const rows = await comparison(page);
  assert.equal(rows[0][0], 'Mopti');
  assert.equal(rows[0][1], '697');
  assert.equal(rows[0][4].replace(/\s/g, ''), '1936');
  assert.match(await page.textContent('.analysis-panel h2'), /\S/);
  const box = await page.locator('[data-testid="analysis-panel"]').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 391, JSON.stringify(box));
  await page.screenshot({ path: path.join(SHOTS, '5-panel-phone-fr.png') });
  await page.click('.analysis-panel .close');
  await page.locator('path.region.shaded').first().waitFor();
  await page.screenshot({ path: path.join(SHOTS, '6-regions-phone-fr.png') });
  assert.deepEqual(errors, []);
  await page.close();
});
