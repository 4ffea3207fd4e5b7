// The reader's page in a real browser: Debian's headless Chromium driven by playwright-core (never a downloaded
// browser). Started by WebPageIT, which passes what to use in MF_* variables and checks Kafka afterwards.
// Prints one JSON line per step; exits 1 with the failing step's reason.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const env = (name) => {
  const value = process.env[name];
  if (!value) { throw new Error(`scenario: ${name} is not set`); }
  return value;
};
const base = env('MF_BASE_URL');
const shots = env('MF_SHOTS');
const hostileTitle = env('MF_HOSTILE_TITLE');
const step = (name, detail = {}) => console.log(JSON.stringify({ step: name, ...detail }));
const check = (ok, what) => { if (!ok) { throw new Error(what); } };

const profileDir = mkdtempSync(join(tmpdir(), 'mentorfeed-chromium-'));
const context = await chromium.launchPersistentContext(profileDir, {
  executablePath: process.env.MF_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
const problems = [];
let dialogs = 0;
try {
  const page = context.pages()[0] || await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') { problems.push(m.text()); } });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });

  const signIn = async (profile, token) => {
    await page.goto(base + '/');
    check(new URL(page.url()).pathname === '/sign-in', 'an anonymous visit should land on /sign-in, not ' + page.url());
    await page.fill('input[name="profile"]', profile);
    await page.fill('input[name="token"]', token);
    await Promise.all([page.waitForURL(base + '/'), page.click('form.sign-in button[type="submit"]')]);
    await page.waitForSelector('h1:has-text("Today")');
  };

  // 1. Sign in with the profile's token: an HttpOnly, SameSite cookie that scripts cannot read.
  await signIn(env('MF_PROFILE'), env('MF_TOKEN'));
  const cookie = (await context.cookies()).find((c) => c.name === 'mf_session');
  check(cookie && cookie.httpOnly && cookie.sameSite === 'Lax' && cookie.secure, 'session cookie flags: ' + JSON.stringify(cookie));
  check(!(await page.evaluate(() => document.cookie)).includes('mf_session'), 'the session cookie is readable by scripts');
  await page.screenshot({ path: join(shots, '01-today.png'), fullPage: true });
  step('signed-in', { secure: cookie.secure, httpOnly: cookie.httpOnly, sameSite: cookie.sameSite });

  // 2. A hostile feed title is shown as text, inert: no element made of it, no script run, no dialog.
  const hostile = page.locator(`#post-${env('MF_HOSTILE_POST')} h3`);
  check((await hostile.textContent()).trim() === hostileTitle, 'hostile title not shown as text: ' + await hostile.textContent());
  check(await page.locator('main img').count() === 0, 'an <img> from a feed title was rendered');
  check(await page.evaluate(() => window.__pwned === undefined), 'a script from a feed title ran');
  await hostile.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, '02-hostile-title.png') });
  step('hostile-title-inert');

  // 3. Act on an item with its button: the engagement is written and the item leaves the page.
  const act = page.locator(`#post-${env('MF_ACT_POST')}`);
  await act.locator('button[value="commented"]').click();
  await page.waitForSelector('#toast.shown:has-text("Marked as commented")');
  await act.waitFor({ state: 'detached' });
  step('commented');

  // 4. Snooze with the keyboard: j moves to the item, z snoozes it.
  const ids = await page.$$eval('article.item', (all) => all.map((a) => a.dataset.postId));
  const index = ids.indexOf(env('MF_SNOOZE_POST'));
  check(index >= 0, 'the post to snooze is not on the page');
  for (let i = 0; i <= index; i++) { await page.keyboard.press('j'); }
  check(await page.locator(`#post-${env('MF_SNOOZE_POST')}.selected`).count() === 1, 'j did not select the post');
  await page.keyboard.press('z');
  await page.waitForSelector('#toast.shown:has-text("Snoozed until")');
  await page.locator(`#post-${env('MF_SNOOZE_POST')}`).waitFor({ state: 'detached' });
  await page.screenshot({ path: join(shots, '03-after-actions.png'), fullPage: true });
  step('snoozed');

  await page.keyboard.press('?');
  await page.waitForSelector('dialog#help[open]');
  await page.screenshot({ path: join(shots, '04-shortcuts.png') });
  await page.keyboard.press('Escape');
  step('help');

  // 5. The reading list's filters show where each item went.
  await page.goto(base + '/reading-list?status=snoozed');
  check(await page.locator(`#post-${env('MF_SNOOZE_POST')}`).count() === 1, 'snoozed post missing from ?status=snoozed');
  await page.goto(base + '/reading-list?status=done');
  check(await page.locator(`#post-${env('MF_ACT_POST')}`).count() === 1, 'commented post missing from ?status=done');
  await page.screenshot({ path: join(shots, '05-reading-list-done.png'), fullPage: true });
  step('reading-list-filters');

  // 6. An admin adds a mentor by its site's URL (feed discovery), then pauses it.
  await page.click('form.sign-out button');
  await page.waitForURL(base + '/sign-in');
  await signIn(env('MF_PROFILE'), env('MF_ADMIN_TOKEN'));
  await page.goto(base + '/mentors');
  await page.fill('form.add-mentor input[name="url"]', env('MF_FEED_URL'));
  await Promise.all([page.waitForURL(base + '/mentors'), page.click('form.add-mentor button')]);
  const flash = await page.locator('p.flash').textContent();
  check(flash.includes('Added'), 'adding a mentor said: ' + flash);
  step('mentor-add-answered', { flash });
  const row = page.locator('tr', { hasText: env('MF_NEW_MENTOR_NAME') });
  await row.waitFor();
  const mentorId = await row.getAttribute('data-mentor-id');
  await Promise.all([page.waitForURL(base + '/mentors'), row.locator('button:has-text("Pause")').click()]);
  check((await page.locator('p.flash').textContent()).includes('paused'), 'pausing did not say so');
  await page.screenshot({ path: join(shots, '06-mentors-admin.png'), fullPage: true });
  step('mentor-added', { mentorId });

  // 7. On a phone.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + '/');
  await page.screenshot({ path: join(shots, '07-phone.png'), fullPage: true });
  step('phone');

  check(dialogs === 0, dialogs + ' dialog(s) opened: something from a feed ran');
  check(problems.length === 0, 'console errors (CSP refusals among them): ' + problems.join(' | '));
  step('done');
} catch (e) {
  step('failed', { reason: String(e && e.message || e), problems });
  const open = context.pages()[0];
  if (open) { await open.screenshot({ path: join(shots, 'failed.png'), fullPage: true }).catch(() => {}); }
  process.exitCode = 1;
} finally {
  await context.close();
  rmSync(profileDir, { recursive: true, force: true });
}
