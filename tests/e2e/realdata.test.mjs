// An analyst's first hour with the real files (issue 20's "done means"):
// the nine tasks of day one with ACLED's 2023 export and UCDP GED from
// ../shared/realdata (read in place, never copied), at 1366 x 768 and on a
// phone, the figures asserted, a screenshot of each step saved under
// tests/e2e/screenshots/first-hour/ to look at. The figures of the real
// files are asserted natively too (shared/tests/realdata.rs).
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
const SHOTS = path.join(ROOT, 'tests/e2e/screenshots/first-hour');
const FIXTURES = path.join(ROOT, 'tests/fixtures/e2e');
const INCIDENTS = fs.readFileSync(path.join(FIXTURES, 'july-2022.geojson'), 'utf8');
const GAZETTEER = fs.readFileSync(path.join(FIXTURES, 'gazetteer.geojson'), 'utf8');

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

async function app(viewport, url = server.url) {
  const { page, errors } = await open(browser.context, url, viewport, async (p) => {
    const json = 'application/geo+json';
    await p.route('**/data/incidents.geojson', (r) => r.fulfill({ body: INCIDENTS, contentType: json }));
    await p.route('**/data/gazetteer.geojson', (r) => r.fulfill({ body: GAZETTEER, contentType: json }));
  });
  await page.waitForFunction(() => document.body.dataset.markersReady);
  return { page, errors };
}

const count = async (page) => Number(await page.getAttribute('[data-testid="visible-count"]', 'data-count'));
const killed = async (page) => Number((await page.textContent('[data-testid="killed-count"]')).match(/^([\d,]+) killed/)[1].replace(/,/g, ''));
/** Unfolds the legend (folded on a phone). */
async function legend(page) {
  if (!(await page.locator('details.legend').evaluate((d) => d.open))) await page.click('details.legend > summary');
}
async function settle(page) {
  await page.waitForTimeout(150);
  await page.waitForFunction(() => document.body.dataset.markersReady);
}

for (const [name, viewport] of [['desktop', { width: 1366, height: 768 }], ['phone', { width: 390, height: 844 }]]) {
  test(`the nine tasks of an analyst's first hour with ACLED and UCDP, ${name}`, needsCorpus, async () => {
    const shot = (step) => page.screenshot({ path: path.join(SHOTS, `${name}-${step}.png`) });
    const { page, errors } = await app(viewport);
    // 1. The default map: our sourced incidents, titled with their dates.
    assert.equal(await page.textContent('h1'), 'Attacks in Mali, 21 July 2022 – 27 July 2022');
    await shot('1-default');
    // 2. Open ACLED: its 7,293 events alone (the built-in incidents, whose
    // days it covers, are hidden, and the page says so).
    await page.click('.data-wrap > .data-button');
    await page.setInputFiles('[data-testid="open-data"]', ACLED);
    await page.waitForFunction(() => document.querySelector('[data-testid="visible-count"]')?.dataset.count === '7293', null, { timeout: 60000 });
    await page.locator('[data-testid="builtin-hidden"]').waitFor();
    await page.keyboard.press('Escape');
    await settle(page);
    await shot('2-acled');
    // 3. The worst region of 2022: Mopti, 697 events, 1,936 killed.
    await page.selectOption('[data-testid="date-presets"]', '2022');
    assert.equal(await page.textContent('h1'), 'Conflict events, 1 January 2022 – 31 December 2022');
    await page.click('[data-testid="filters-toggle"]');
    await page.selectOption('[data-testid="filter-panel"] .region-filter select', 'Mopti');
    await settle(page);
    assert.equal(await count(page), 697);
    assert.equal(await killed(page), 1936);
    await page.keyboard.press('Escape');
    await page.click('[data-testid="zoom-shown"]');
    await settle(page);
    await shot('3-mopti-2022');
    // 5. The most active group in Mopti, counting initiators only: JNIM,
    // not "Civilians (Mali)" (the target of 366 of these events).
    await page.click('[data-testid="filters-toggle"]');
    await page.selectOption('[data-testid="actor-role"]', 'first');
    const first = await page.locator('[data-testid="actor-list"] li').first().textContent();
    assert.match(first, /^\s*JNIM: Group for Support of Islam and Muslims 327\s*$/);
    // Civilians start 13 of them (ACLED codes a few so), not 366.
    assert.match(await page.textContent('[data-testid="actor-list"]'), /Civilians \(Mali\) 13/);
    await shot('5-mopti-actors');
    // 4. Ségou 2021 against 2022: battles, explosions and violence against
    // civilians; then by ACLED's own disorder type, political violence.
    await page.selectOption('[data-testid="actor-role"]', 'either');
    await page.selectOption('[data-testid="filter-panel"] .region-filter select', 'Ségou');
    await page.keyboard.press('Escape');
    await legend(page);
    for (const key of ['protests', 'riots', 'strategic']) await page.click(`.legend-toggle[data-category="${key}"]`);
    await settle(page);
    assert.deepEqual([await count(page), await killed(page)], [187, 510]);
    await page.selectOption('[data-testid="date-presets"]', '2021');
    await settle(page);
    assert.deepEqual([await count(page), await killed(page)], [152, 269]);
    await shot('4-segou-2021-types');
    for (const key of ['protests', 'riots', 'strategic']) await page.click(`.legend-toggle[data-category="${key}"]`);
    await page.click('[data-testid="filters-toggle"]');
    const disorder = page.locator('[data-testid="filter-panel"] .choices', { hasText: 'Disorder type' });
    for (const other of ['Demonstrations', 'Strategic developments']) {
      await disorder.locator('label', { hasText: other }).locator('input').uncheck();
    }
    await settle(page);
    assert.deepEqual([await count(page), await killed(page)], [155, 269]);
    await page.selectOption('[data-testid="date-presets"]', '2022');
    await settle(page);
    assert.deepEqual([await count(page), await killed(page)], [188, 510]);
    await shot('4-segou-2022-political-violence');
    await page.keyboard.press('Escape');
    // 6. Sokolo in three datasets: UCDP opened, the built-in incidents shown
    // again; what is summed is said, with the attacks counted twice.
    await page.click('[data-testid="filters-toggle"]');
    await page.click('[data-testid="clear-filters-panel"]');
    await page.keyboard.press('Escape');
    await page.click('.data-wrap > .data-button');
    await page.setInputFiles('[data-testid="open-data"]', UCDP);
    await page.waitForSelector('[data-testid="layer"][data-layer-name^="ucdp"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="visible-count"]')?.dataset.count === '9413', null, { timeout: 60000 });
    await page.keyboard.press('Escape');
    await page.click('[data-testid="show-builtin"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="visible-count"]')?.dataset.count === '9427', null, { timeout: 60000 });
    const totals = page.locator('[data-testid="dataset-totals"]');
    await totals.waitFor();
    assert.equal(await totals.locator('li[data-dataset="acled"]').getAttribute('data-count'), '7293');
    assert.equal(await totals.locator('li[data-dataset="ucdp"]').getAttribute('data-count'), '2120');
    assert.equal(await totals.locator('li[data-dataset="curated"]').getAttribute('data-count'), '14');
    await page.locator('[data-testid="doubles"]').waitFor({ timeout: 20000 });
    assert.ok(Number(await page.getAttribute('[data-testid="doubles"]', 'data-attacks')) > 100);
    // Searching Sokolo: one entry for the place, named by the gazetteer,
    // ACLED and UCDP; its nearby list newest first, each line's dataset said.
    await page.getByLabel('Search places').fill('Sokolo');
    const options = page.locator('#place-suggestions [role="option"]');
    await options.first().waitFor();
    // Ségou's Sokolo is one entry (it was four: ours, ACLED's, UCDP's town
    // and commune); ACLED's two Sokolos of Mopti, far from it and from each
    // other, are places of their own.
    const texts = await options.allTextContents();
    const segou = texts.filter((t) => /^Sokolo\s*Ségou/.test(t));
    assert.equal(segou.length, 1, texts.join(' | '));
    assert.match(segou[0], /also named by ACLED, UCDP GED/);
    assert.equal(texts.filter((t) => /^Sokolo/.test(t)).length, 3, texts.join(' | '));
    await page.keyboard.press('Enter');
    const nearby = page.locator('[data-testid="nearby"] li button');
    await nearby.first().waitFor();
    const lines = await nearby.allTextContents();
    assert.ok(lines.every((l) => / · (ACLED MLI\d+|UCDP GED \d+|Press reports \(this project\)) · /.test(l)), lines.slice(0, 3).join(' | '));
    assert.equal(new Set(lines).size, lines.length, 'no two identical lines');
    await page.click('[data-testid="nearby"] button[data-nearby-id="2022-07-27-sokolo"]');
    const compare = page.locator('[data-testid="compare"]');
    await compare.waitFor();
    const acledRow = compare.locator('tr', { hasText: 'ACLED MLI7017' });
    assert.equal(await acledRow.locator('[data-confidence]').getAttribute('data-confidence'), 'high');
    assert.match(await compare.textContent(), /UCDP GED 443712/);
    await shot('6-sokolo-three-datasets');
    await page.keyboard.press('Escape');
    // 7. Share a link: a fresh page says which files it was made with, by
    // name and rows, and waits for them.
    await page.waitForFunction(() => new URLSearchParams(location.search).getAll('file').length === 2);
    const link = await page.evaluate(() => location.href);
    const fresh = await app(viewport, link);
    const banner = fresh.page.locator('[data-testid="link-files"]');
    await banner.waitFor();
    assert.match(await banner.textContent(), /acled_export-2023_mali_2015-01-03_2023-03-01\.csv \(7,293 rows\)/);
    assert.match(await banner.textContent(), /ucdp_ged_mali_1990-2023_bsa-export\.csv \(2,120 rows\)/);
    await fresh.page.screenshot({ path: path.join(SHOTS, `${name}-7-link-opened-elsewhere.png`) });
    await fresh.page.close();
    // 8. Export: the CSV keeps ACLED's own categories and actor types.
    await page.click('.data-wrap > .data-button');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
    const text = fs.readFileSync(await csv.path(), 'utf8');
    const header = text.split('\n')[0].split(',');
    for (const col of ['disorder_type', 'inter1', 'inter2', 'assoc_actor_1', 'assoc_actor_2', 'civilian_targeting', 'source_scale']) {
      assert.ok(header.includes(col), col);
    }
    await page.keyboard.press('Escape');
    // 9. French: the same figures in French words, regions as the map writes them.
    await page.click('.language-switch button:has-text("FR")');
    await page.locator('h1', { hasText: 'Événements' }).waitFor();
    assert.match(await page.textContent('[data-testid="killed-count"]'), /tués/);
    await page.click('[data-testid="filters-toggle"]');
    const regions = await page.locator('[data-testid="filter-panel"] .region-filter option').allTextContents();
    assert.ok(regions.some((r) => r.startsWith('Ségou (')), regions.join(' | '));
    assert.ok(!regions.some((r) => r.startsWith('Segou')), regions.join(' | '));
    assert.ok(regions.some((r) => r.startsWith('Tombouctou (')), regions.join(' | '));
    await shot('9-french');
    assert.deepEqual(errors.filter((e) => !/favicon/.test(e)), []);
    await page.close();
  });
}
