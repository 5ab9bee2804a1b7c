// Browser tests of the Dossier web UI: headless Debian Chromium driven by
// playwright-core against a running `dossier serve` (see run.sh).
//
// Env: BASE_URL (required), SCREENSHOT_DIR (default build/browser-artifacts),
// CHROMIUM (default /usr/bin/chromium), ADMIN_USER/ADMIN_PASSWORD,
// EDITOR_USER/EDITOR_PASSWORD (defaults: admin/alice, "correct horse battery"),
// DOSSIER_BIN and DOSSIER_DB (the binary and database the server runs on,
// for `dossier reextract` between two page loads).
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const BASE = (process.env.BASE_URL || '').replace(/\/+$/, '');
if (!BASE) { console.error('run.mjs: set BASE_URL'); process.exit(2); }
const SHOTS = path.resolve(process.env.SCREENSHOT_DIR || 'build/browser-artifacts');
const EXE = process.env.CHROMIUM || '/usr/bin/chromium';
const ADMIN = [process.env.ADMIN_USER || 'admin', process.env.ADMIN_PASSWORD || 'correct horse battery'];
const EDITOR = [process.env.EDITOR_USER || 'alice', process.env.EDITOR_PASSWORD || 'correct horse battery'];
const T = 15000;
fs.mkdirSync(SHOTS, { recursive: true });

// A fresh profile each run. Playwright refuses --user-data-dir in launch()
// args, so the profile is given to launchPersistentContext() instead.
const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-chromium-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: EXE,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1366, height: 768 },
  acceptDownloads: true,
});
const page = context.pages()[0] || await context.newPage();
page.setDefaultTimeout(T);

const problems = [];
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error' && !/status of 40[13]/.test(m.text())) problems.push(`console error: ${m.text()}`); });

let passed = 0, failed = 0, shotNo = 0;
const results = [];
async function shot(name) {
  shotNo += 1;
  const file = path.join(SHOTS, `${String(shotNo).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}
function check(cond, msg) { if (!cond) throw new Error(msg); }
async function step(name, fn) {
  const before = problems.length;
  try {
    await fn();
    if (problems.length > before) throw new Error(problems.slice(before).join('; '));
    passed += 1; results.push(`ok    ${name}`);
    console.log(`ok    ${name}`);
  } catch (e) {
    failed += 1; results.push(`FAIL  ${name}: ${e.message}`);
    console.log(`FAIL  ${name}: ${e.message.split('\n')[0]}`);
    try { console.log(`      screenshot: ${await shot('FAILED-' + name.replace(/\W+/g, '-'))}`); } catch (e2) { /* ignore */ }
  }
}
const tid = (id) => page.locator(`[data-testid="${id}"]`);

async function login(user, password) {
  await page.goto(BASE + '/');
  await tid('login-user').waitFor();
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

async function logout() {
  await tid('logout').click();
  await tid('login-user').waitFor();
}

let personUrl = '';

// The issue's "done when", as a new user after scripts/demo.sh and `dossier
// user add admin --role admin`: sign in, find a person from the examples,
// see the timeline, correct an event, run `dossier reextract` while the
// server runs, load the page again: the correction is still there.
await step('done when: sign in, find a person, correct an event, reextract, the correction survives', async () => {
  check(process.env.DOSSIER_BIN && process.env.DOSSIER_DB, 'DOSSIER_BIN and DOSSIER_DB are not set (run through run.sh)');
  await login(...ADMIN);
  await shot('done-1-signed-in');
  await tid('nav-persons').click();
  await page.getByLabel('Name').fill('Temirbaev');
  await page.getByLabel('Name').press('Enter');
  const link = tid('person-link').filter({ hasText: 'Bakyt Temirbayev' });
  await link.waitFor();
  await shot('done-2-found');
  await link.click();
  await tid('timeline-event').first().waitFor();
  const url = page.url();
  check(/#\/persons\/\d+$/.test(url), `not a person page: ${url}`);
  await shot('done-3-timeline');
  const release = tid('timeline-event').filter({ has: page.locator('.tl-type', { hasText: 'release' }) }).first();
  const id = await release.getAttribute('data-event-id');
  await release.locator('[data-testid="event-correct"]').click();
  const form = release.locator('[data-testid="correct-form"]');
  await form.locator('[data-testid="correct-date"]').fill('2025-06-01');
  await form.locator('[data-testid="correct-detail"]').fill('freed at night, checked across reextract');
  await shot('done-4-correcting');
  await form.locator('[data-testid="correct-save"]').click();
  const fixed = () => page.locator(`[data-testid="timeline-event"][data-event-id="${id}"]`);
  await fixed().locator('[data-testid="review-badge"][data-status="corrected"]').waitFor();
  await shot('done-5-corrected');
  const out = execFileSync(process.env.DOSSIER_BIN, ['--db', process.env.DOSSIER_DB, 'reextract', '-q'], { encoding: 'utf8' });
  check(/documents re-extracted, 0 failed/.test(out), `reextract said: ${out}`);
  await page.reload();
  await fixed().waitFor();
  check(page.url() === url, 'the person moved after reextract');
  const text = await fixed().textContent();
  check(text.includes('freed at night, checked across reextract') && text.includes('2025-06-01'), `after reextract the event reads: ${text.slice(0, 200)}`);
  check((await fixed().locator('[data-testid="review-badge"]').getAttribute('data-status')) === 'corrected', 'the event is no longer marked corrected');
  await fixed().scrollIntoViewIfNeeded();
  await shot('done-6-after-reextract');
  await logout();
});

await step('login page: wrong password shows an error', async () => {
  await page.goto(BASE + '/');
  await tid('login-user').waitFor();
  check(await page.getByRole('heading', { name: 'Dossier' }).isVisible(), 'no heading on the login page');
  await page.getByLabel('User name').fill(ADMIN[0]);
  await page.getByLabel('Password').fill('not the password');
  await page.getByLabel('Password').press('Enter');
  await tid('login-error').filter({ hasText: /wrong/i }).waitFor();
  check(await tid('login-user').isVisible(), 'left the login page after a wrong password');
  await shot('login-error');
});

await step('login: right password signs in (keyboard submit)', async () => {
  await page.getByLabel('Password').fill(ADMIN[1]);
  await page.keyboard.press('Enter');
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  const who = await tid('whoami').textContent();
  check(who.includes(ADMIN[0]), `user name not shown (got "${who}")`);
  for (const n of ['search', 'persons', 'review', 'upload', 'export', 'admin']) check(await tid('nav-' + n).isVisible(), `no ${n} link in the navigation`);
  await page.locator('table tbody tr').first().waitFor();
  await shot('documents');
});

await step('session survives a reload (GET /me)', async () => {
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
});

await step('search "colony": results with <mark>, facets, filter', async () => {
  await page.goto(BASE + '/#/search');
  await page.getByLabel('Search documents').fill('colony');
  await page.getByLabel('Search documents').press('Enter');
  await tid('search-result').first().waitFor();
  const n = await tid('search-result').count();
  check(n > 0, 'no results');
  const marks = await page.locator('[data-testid="search-result"] .snippet mark').allTextContents();
  check(marks.length > 0, 'no <mark> in the snippets');
  check(marks.some((m) => /colon/i.test(m)), `marks do not show the query: ${marks.slice(0, 3).join(', ')}`);
  check(page.url().includes('q=colony'), 'the query is not in the address');
  check(await tid('facet-publisher').count() > 0, 'no publisher facet');
  await shot('search');
  const facet = tid('facet-event_type').first();
  const label = (await facet.locator('span').first().textContent()).trim();
  await facet.click();
  await page.waitForURL(/event_type=/);
  await page.locator('.chip').filter({ hasText: label }).waitFor();
  await tid('search-result').first().waitFor();
  check(await page.locator('[data-testid="facet-event_type"][aria-pressed="true"]').count() === 1, 'facet not marked as active');
  await shot('search-filtered');
});

await step('document view: persons highlighted, facts scroll to their span', async () => {
  await page.goto(BASE + '/#/search?q=colony');
  await tid('search-result').first().locator('h3 a').click();
  await tid('doc-text').waitFor();
  check(page.url().includes('#/documents/'), 'not on a document page');
  const persons = await page.locator('[data-testid="doc-text"] .hl-person').count();
  check(persons > 0, 'no person highlighted');
  check(await page.locator('[data-testid="doc-text"] .hl-event').count() > 0, 'no event quote highlighted');
  check(await page.locator('[data-testid="doc-text"] .hl-time').count() > 0, 'no time expression highlighted');
  check(await tid('fact-event').count() > 0, 'no events in the facts');
  await tid('fact-person').first().click();
  await page.locator('[data-testid="doc-text"] .flash').first().waitFor();
  await page.waitForTimeout(400);
  await shot('document');
});

await step('person timeline: Temirbayev with events and sources', async () => {
  await page.goto(BASE + '/#/persons');
  await page.getByLabel('Name').fill('Temirbayev');
  await page.getByLabel('Name').press('Enter');
  await page.waitForURL(/q=Temirbayev/);
  const link = tid('person-link').filter({ hasText: /Temirba/ }).first();
  await link.waitFor();
  await shot('persons');
  await link.click();
  await tid('timeline-event').first().waitFor();
  personUrl = page.url();
  const name = await tid('person-name').textContent();
  check(/Temirbayev/.test(name), `person page shows "${name}"`);
  const events = await tid('timeline-event').count();
  check(events >= 3, `only ${events} events in the timeline`);
  check(await tid('source-quote').count() > 0, 'no source quotes');
  check(/released|sentenced|detained/.test(await tid('person-status').textContent()), 'no status');
  const spellings = await tid('person-names').textContent();
  check(/Темирбаев/.test(spellings), `spellings do not include the Cyrillic one: ${spellings}`);
  await shot('person');
  await page.getByText('Timeline picture (for reports)').click();
  await tid('timeline-svg').waitFor();
  const ok = await tid('timeline-svg').evaluate((img) => img.complete && img.naturalWidth > 0);
  check(ok, 'the timeline picture did not load');
});

await step('a source quote opens the document at the passage', async () => {
  await page.goto(personUrl);
  const q = tid('source-quote').first();
  await q.waitFor();
  const quote = (await q.textContent()).replace(/[“”]/g, '').trim();
  await q.click();
  await tid('passage-notice').waitFor();
  const hl = (await page.locator('[data-testid="doc-text"] .hl-passage').allTextContents()).join('');
  check(hl.length > 0, 'no passage highlighted');
  check(hl.replace(/\s+/g, ' ').includes(quote.replace(/\s+/g, ' ').slice(0, 40)), `the highlighted passage is not the quote:\n  quote: ${quote.slice(0, 80)}\n  shown: ${hl.slice(0, 80)}`);
  await page.waitForTimeout(300);
  await shot('passage');
});

await step('admin: accounts and audit log', async () => {
  await page.goto(BASE + '/#/admin');
  await tid('user-row').first().waitFor();
  check(await tid('user-row').count() >= 2, 'fewer than 2 accounts listed');
  await tid('audit-row').first().waitFor();
  await tid('new-user-name').fill('victor');
  await tid('new-user-password').fill('viewer password 1');
  await tid('new-user-role').selectOption('viewer');
  await tid('new-user-submit').click();
  await tid('user-row').filter({ hasText: 'victor' }).waitFor();
  await shot('admin');
  await logout();
});

await step('editor: no Admin link', async () => {
  await login(...EDITOR);
  check(await tid('nav-admin').count() === 0, 'an editor sees the Admin link');
});

await step('editor confirms an event on the person page; persists after reload', async () => {
  await page.goto(personUrl);
  const ev = tid('timeline-event').filter({ has: page.locator('[data-testid="review-badge"][data-status="pending"]') }).first();
  await ev.waitFor();
  const id = await ev.getAttribute('data-event-id');
  await ev.locator('[data-testid="event-confirm"]').click();
  const badge = page.locator(`[data-testid="timeline-event"][data-event-id="${id}"] [data-testid="review-badge"]`);
  await badge.filter({ hasText: 'confirmed' }).waitFor();
  await page.reload();
  await badge.first().waitFor();
  check((await badge.textContent()).trim() === 'confirmed', `after reload the badge says "${await badge.textContent()}"`);
  await shot('person-confirmed');
});

await step('editor rejects an event; it is listed apart and can be restored; the axis finds events', async () => {
  await page.goto(personUrl);
  const ev = tid('timeline-event').filter({ has: page.locator('[data-testid="review-badge"][data-status="pending"]') }).filter({ hasText: /health/i }).first();
  const id = await ev.getAttribute('data-event-id');
  const n = await tid('timeline').locator(':scope > ol > [data-testid="timeline-event"]').count();
  await ev.locator('[data-testid="event-reject"]').click();
  const rejected = tid('rejected-events');
  await rejected.waitFor();
  check(await page.locator(`:scope [data-testid="timeline"] > ol > [data-event-id="${id}"]`).count() === 0, 'the rejected event is still on the timeline');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'tl-h', null, { timeout: 3000 })
    .catch(async () => { throw new Error(`after a rejection the focus is on ${await page.evaluate(() => document.activeElement.outerHTML.slice(0, 120))}`); });
  await rejected.locator('summary').click();
  const back = rejected.locator(`[data-event-id="${id}"]`);
  check(/rejected/.test(await back.locator('[data-testid="review-badge"]').textContent()), 'not marked rejected');
  await shot('person-rejected');
  await back.locator('[data-testid="event-restore"]').click();
  await page.locator(`[data-testid="timeline"] > ol > [data-event-id="${id}"] [data-testid="review-badge"][data-status="confirmed"]`).waitFor();
  check(await tid('timeline').locator(':scope > ol > [data-testid="timeline-event"]').count() === n, 'the restored event is not back');
  const dots = tid('strip-event');
  check(await dots.count() >= 5, 'no markers on the time axis');
  await dots.first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('tl-card'));
});

await step('editor corrects an event (inline form, Enter submits); persists', async () => {
  await page.goto(personUrl);
  const ev = tid('timeline-event').filter({ has: page.locator('[data-testid="review-badge"][data-status="pending"]') }).filter({ hasText: /trial|charge|ruling|transfer/i }).first();
  await ev.waitFor();
  await ev.locator('[data-testid="event-correct"]').click();
  const form = ev.locator('[data-testid="correct-form"]');
  await form.waitFor();
  await form.locator('[data-testid="correct-type"]').selectOption('trial');
  await form.locator('[data-testid="correct-date"]').fill('2021-11-08');
  await form.locator('[data-testid="correct-detail"]').fill('closed hearing (checked by browser test)');
  await shot('correct-form');
  await form.locator('[data-testid="correct-detail"]').press('Enter');
  const fixed = tid('timeline-event').filter({ hasText: 'closed hearing (checked by browser test)' });
  await fixed.locator('[data-testid="review-badge"]').filter({ hasText: 'corrected' }).waitFor();
  await page.reload();
  await fixed.first().waitFor();
  const b = (await fixed.first().locator('[data-testid="review-badge"]').textContent()).trim();
  check(b === 'corrected', `after reload the corrected event's badge says "${b}"`);
  check(/2021-11-08/.test(await fixed.first().textContent()), 'the corrected date is not shown');
});

await step('review queue: keyboard j/k/c/x/e/Enter/Esc decide and items leave the queue', async () => {
  await page.goto(BASE + '/#/review');
  await tid('rq-item').first().waitFor();
  const count = async () => Number(((await tid('tab-event').locator('.count').textContent()) || '').replace(/\D/g, ''));
  await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid="tab-event"] .count').textContent));
  const before = await count();
  await shot('review');
  const first = await tid('rq-item').nth(1).getAttribute('data-event-id');
  await page.locator('body').press('j');
  check(await tid('rq-item').nth(1).evaluate((el) => el === document.activeElement), 'j did not move to the second item');
  await page.keyboard.press('c');
  await page.locator(`[data-testid="rq-item"][data-event-id="${first}"]`).waitFor({ state: 'detached' });
  await tid('status').filter({ hasText: /confirmed/ }).waitFor();
  await page.keyboard.press('k');
  const second = await page.evaluate(() => document.activeElement.getAttribute('data-event-id'));
  check(second, 'no item focused after k');
  await page.keyboard.press('x');
  await page.locator(`[data-testid="rq-item"][data-event-id="${second}"]`).waitFor({ state: 'detached' });
  await tid('status').filter({ hasText: /rejected/ }).waitFor();
  check(await count() === before - 2, `count went from ${before} to ${await count()}`);
  await page.keyboard.press('e');
  await tid('correct-form').waitFor();
  await page.keyboard.press('Escape');
  await tid('correct-form').waitFor({ state: 'detached' });
  check(await page.evaluate(() => document.activeElement.matches('[data-testid="rq-item"]')), 'Esc did not return the focus to the item');
  await page.keyboard.press('e');
  const form = tid('correct-form');
  await form.waitFor();
  const third = await form.evaluate((f) => f.closest('[data-testid="rq-item"]').getAttribute('data-event-id'));
  await form.locator('[data-testid="correct-detail"]').fill('corrected from the queue');
  await shot('review-correct');
  await form.locator('[data-testid="correct-detail"]').press('Enter');
  await page.locator(`[data-testid="rq-item"][data-event-id="${third}"]`).waitFor({ state: 'detached' });
  await tid('status').filter({ hasText: /Corrected/ }).waitFor();
  check(await count() === before - 3, `count went from ${before} to ${await count()}`);
  await page.reload();
  await tid('rq-item').first().waitFor();
  await page.waitForFunction((n) => document.querySelector('[data-testid="tab-event"] .count').textContent === `(${n})`, before - 3);
  const ids = await tid('rq-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')));
  check(![first, second, third].some((x) => ids.includes(x)), 'a decided event is back in the queue after reload');
  await shot('review-after');
  await tid('tab-merge').click();
  await page.waitForURL(/kind=merge/);
  await page.locator('[data-testid="rq-item"], [data-testid="review-empty"]').first().waitFor();
  await shot('review-merges');
});

await step('upload a document', async () => {
  await page.goto(BASE + '/#/upload');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-upload-'));
  const f = path.join(dir, 'browser_test_statement.txt');
  fs.writeFileSync(f, 'Karvania: lawyer detained\n\nTashabad, 3 May 2024. Lawyer Timur Kadyrkulov was arrested on 2 May 2024 by officers of the National Security Service after visiting a client in Penal Colony No. 7.\n');
  await tid('upload-input').setInputFiles(f);
  await tid('upload-submit').click();
  await tid('upload-result').first().waitFor({ timeout: 30000 });
  const st = await tid('upload-result').first().textContent();
  check(/added|unchanged/.test(st), `upload result: ${st}`);
  fs.rmSync(dir, { recursive: true, force: true });
  await shot('upload');
});

await step('export links', async () => {
  await page.goto(BASE + '/#/export');
  for (const f of ['json', 'jsonl', 'huridocs']) check((await tid('export-' + f).getAttribute('href')) === `/api/v1/export?format=${f}`, `export ${f} link`);
  const [dl] = await Promise.all([page.waitForEvent('download'), tid('export-jsonl').click()]);
  const p = await dl.path();
  check(p && fs.statSync(p).size > 100, 'the JSONL export is empty');
  await shot('export');
});

await step('lost session goes back to the login page', async () => {
  await context.clearCookies();
  await page.goto(BASE + '/#/persons');
  await tid('login-user').waitFor();
  await shot('logged-out');
});

await context.close();
fs.rmSync(userDataDir, { recursive: true, force: true });
console.log('');
console.log(`screenshots in ${SHOTS}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
