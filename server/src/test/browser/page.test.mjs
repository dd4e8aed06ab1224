// The page, in a real browser: Debian's chromium, driven headless by playwright-core, against a started server
// with a seeded store (BrowserTest starts it and runs this script).
//
//   node page.test.mjs BASE_URL [SCREENSHOT_DIR]
//
// Checks that the page loads with markers, filters by type, narrows to a brushed range of days, opens an event
// with its evidence highlighted and labelled, renders a report carrying script and onerror payloads inert, and
// lays out at 1280x800 and at 390x844 (a phone) with nothing overlapping. Every request that leaves the server's
// own origin is refused, so the page is shown as it is on a machine with no internet (the map tiles fail too).
// Screenshots go to SCREENSHOT_DIR (default server/target/screenshots). Exits 1 when a check fails.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = new URL(process.argv[2] || 'http://127.0.0.1:8080/');
const here = dirname(fileURLToPath(import.meta.url));
const shots = resolve(process.argv[3] || join(here, '..', '..', '..', 'target', 'screenshots'));
mkdirSync(shots, { recursive: true });

const results = [];
function check(name, ok, detail) {
  results.push({ name, ok: !!ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail !== undefined ? ' — ' + detail : ''}`);
}

/** A report whose title, text and URL carry payloads that would run if the page ever wrote report text as HTML. */
const XSS_REPORT = {
  title: 'Police fire tear gas at students <img src=x onerror="window.__xss=2">',
  published: '2025-03-04',
  url: 'javascript:window.__xss=3',
  text: '<script>window.__xss=1</script> JAKARTA - Police fired tear gas at hundreds of students who were protesting '
    + 'outside the parliament building in Jakarta on Monday <img src=x onerror="window.__xss=2">, witnesses said.\n'
    + 'The students had gathered to reject the revision of the military law, a police spokesman said.'
};

async function storeXssReport() {
  const r = await fetch(new URL('/api/reports?store=true', base), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(XSS_REPORT)
  });
  const body = await r.json();
  if (r.status !== 201) throw new Error(`storing the XSS report: ${r.status} ${JSON.stringify(body)}`);
  const ids = body.reports[0].merged_event_ids || [];
  if (!ids.length) throw new Error('the XSS report gave no event');
  return ids[0];
}

/** A page that may load only from the server's own origin, with its errors, dialogs and requests recorded. */
async function openPage(browser, options) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const seen = { errors: [], dialogs: [], refused: [], scripts: [], csp: [] };
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === base.origin || url.protocol === 'data:') return route.continue();
    seen.refused.push(url.href);
    return route.abort('internetdisconnected');
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) seen.csp.push(m.text());
  });
  page.on('dialog', async (d) => { seen.dialogs.push(d.message()); await d.dismiss(); });
  page.on('request', (r) => {
    if (['script', 'stylesheet'].includes(r.resourceType())) seen.scripts.push(r.url());
  });
  return { context, page, seen };
}

async function ready(page) {
  await page.waitForSelector('body.ready', { timeout: 20000 });
}

/** Boxes of the page's parts; two overlap when their rectangles intersect by more than a pixel. */
async function layout(page) {
  return page.evaluate(() => {
    const box = (sel) => {
      const r = document.querySelector(sel).getBoundingClientRect();
      return { top: r.top + scrollY, left: r.left + scrollX, bottom: r.bottom + scrollY, right: r.right + scrollX, w: r.width, h: r.height };
    };
    return { bar: box('.bar'), map: box('#map'), timeline: box('.timeline'), panel: box('#panel') };
  });
}

function overlaps(a, b) {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
}

function checkLayout(name, boxes) {
  const parts = Object.keys(boxes);
  const clashes = [];
  for (let i = 0; i < parts.length; i++) {
    for (let j = i + 1; j < parts.length; j++) {
      if (overlaps(boxes[parts[i]], boxes[parts[j]])) clashes.push(parts[i] + '/' + parts[j]);
    }
  }
  check(`${name}: map, timeline, panel and top bar do not overlap`, clashes.length === 0, clashes.join(', ') || undefined);
  check(`${name}: the map and the timeline have room`, boxes.map.h >= 200 && boxes.map.w >= 300 && boxes.timeline.h >= 80,
    `map ${Math.round(boxes.map.w)}x${Math.round(boxes.map.h)}, timeline height ${Math.round(boxes.timeline.h)}`);
}

/** Checks the open event panel: highlighted, labelled evidence whose marks are the report's own words. */
async function checkEvidence(page, name) {
  const ev = await page.evaluate(() => {
    const marks = [...document.querySelectorAll('#event-view mark.ev')];
    const labels = [...document.querySelectorAll('#event-view .ev-label')].map((l) => l.textContent);
    return {
      marks: marks.length, labels, sources: document.querySelectorAll('#event-sources li').length,
      reports: document.querySelectorAll('#event-view .report').length,
      fields: [...new Set(marks.flatMap((m) => (m.dataset.fields || '').split(' ')))]
    };
  });
  check(`${name}: the event's evidence is highlighted`, ev.marks > 0, `${ev.marks} marked pieces in ${ev.reports} report(s)`);
  check(`${name}: each span is labelled with its fields`, ev.labels.length > 0 && ev.labels.some((l) => /event_type|sub_event_type/.test(l)),
    ev.labels.slice(0, 6).join(' | '));
  check(`${name}: the sources are listed`, ev.sources > 0, `${ev.sources}`);
  return ev;
}

async function desktop(browser, xssEvent) {
  const { context, page, seen } = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(base.href, { waitUntil: 'domcontentloaded' });
  await ready(page);

  const total = await page.evaluate(() => window.peristiwa.state.features.length);
  const markers = await page.locator('.ev-marker, .ev-cluster').count();
  check('the page loads the seeded events', total > 0, `${total} events`);
  check('the map shows markers', markers > 0, `${markers} markers and clusters`);
  check('markers are coloured by event type', await page.locator('.ev-marker.t-none').count() < markers);
  check('nothing is fetched from outside the server but map tiles',
    seen.refused.every((u) => new URL(u).port === '9'), seen.refused.filter((u) => new URL(u).port !== '9').join(' ') || undefined);
  check('the page\'s scripts and styles come from the server', seen.scripts.length >= 5
    && seen.scripts.every((u) => new URL(u).origin === base.origin), `${seen.scripts.length} files`);
  await page.waitForSelector('#map-note:not([hidden])', { timeout: 10000 }).catch(() => {});
  check('without tiles the map says so and draws a grid', await page.locator('#map-note:not([hidden])').count() === 1
    && await page.locator('.leaflet-overlay-pane path').count() > 0);

  // filter by type
  const protests = page.waitForResponse((r) => r.url().includes('/api/events?') && r.url().includes('type=Protests'));
  await page.selectOption('select[name="type"]', 'Protests');
  await protests;
  await ready(page);
  const filtered = await page.evaluate(() => window.peristiwa.state.features.map((f) => f.properties.event_type));
  const wrongDots = await page.locator('.ev-marker:not(.t-protests)').count();
  check('filtering by type keeps only that type', filtered.length > 0 && filtered.length < total
    && filtered.every((t) => t === 'Protests') && wrongDots === 0, `${filtered.length} of ${total}`);
  const cleared = page.waitForResponse((r) => r.url().includes('/api/events?') && !r.url().includes('type='));
  await page.click('button[type="reset"]');
  await cleared;
  await ready(page);

  // brush a range of days on the histogram
  const canvas = await page.locator('#histogram').boundingBox();
  await page.mouse.move(canvas.x + canvas.width * 0.55, canvas.y + canvas.height / 2);
  await page.mouse.down();
  await page.mouse.move(canvas.x + canvas.width * 0.75, canvas.y + canvas.height / 2, { steps: 5 });
  await page.mouse.up();
  const brushed = await page.evaluate(() => ({ shown: document.querySelectorAll('#event-list li').length, range: document.getElementById('range').textContent }));
  check('brushing the histogram narrows the map and the list to those days', brushed.range.length > 0 && brushed.shown < Math.min(total, 200) + 1
    && (await page.locator('#summary').textContent()).includes('on the days chosen'), `${brushed.range}: ${brushed.shown} events`);
  await page.click('#range-clear');

  // open an event from its marker (zooming in until one is a single marker) and read its evidence
  let opened = false;
  for (let z = 0; z < 8 && !opened; z++) {
    const dot = page.locator('.ev-marker').first();
    if (await dot.count() && await dot.isVisible()) {
      await dot.click();
      opened = await page.waitForSelector('#event-view:not([hidden])', { timeout: 5000 }).then(() => true).catch(() => false);
    } else {
      await page.locator('.ev-cluster').first().click();
      await page.waitForTimeout(600);
    }
  }
  check('clicking a marker opens its event', opened);
  if (!opened) {
    await page.locator('.event-item').first().click();
    await page.waitForSelector('#event-view:not([hidden])');
  }
  await checkEvidence(page, 'desktop');
  await page.screenshot({ path: join(shots, 'desktop-1280x800.png') });
  checkLayout('1280x800', await layout(page));

  // the XSS report: its title, text and URL go in as text
  await page.evaluate((id) => window.peristiwa.openEvent(id), xssEvent);
  await page.waitForFunction((id) => document.getElementById('event-view').dataset.eventId === id, xssEvent, { timeout: 10000 });
  await page.waitForTimeout(500);
  const xss = await page.evaluate(() => ({
    flag: window.__xss, injectedImages: document.querySelectorAll('img[src="x"]').length,
    scripts: document.querySelectorAll('script').length,
    jsLinks: document.querySelectorAll('a[href^="javascript:"]').length,
    text: document.querySelector('#event-view .report-text').textContent,
    title: document.querySelector('#event-view .report h4').textContent
  }));
  check('XSS: the payloads ran no script and opened no dialog', xss.flag === undefined && seen.dialogs.length === 0,
    `__xss=${xss.flag}, dialogs ${seen.dialogs.length}`);
  check('XSS: no element was injected', xss.injectedImages === 0 && xss.scripts === 3 && xss.jsLinks === 0,
    `img[src=x] ${xss.injectedImages}, scripts ${xss.scripts}, javascript: links ${xss.jsLinks}`);
  check('XSS: the payloads show as the report\'s words', xss.text.includes('<script>window.__xss=1</script>')
    && xss.text.includes('<img src=x onerror=') && xss.title.includes('<img src=x'));
  await page.screenshot({ path: join(shots, 'desktop-xss-report.png') });
  check('desktop: no script errors and no policy violations', seen.errors.length === 0 && seen.csp.length === 0,
    [...seen.errors, ...seen.csp].join(' | ') || undefined);
  await context.close();
}

async function phone(browser) {
  const { context, page, seen } = await openPage(browser, {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true
  });
  await page.goto(base.href, { waitUntil: 'domcontentloaded' });
  await ready(page);
  check('phone: the map shows markers', await page.locator('.ev-marker, .ev-cluster').count() > 0);
  check('phone: the filters fold away behind a button', !(await page.locator('#filters').isVisible())
    && await page.locator('#filters-toggle').isVisible());
  await page.locator('.event-item').first().tap();
  await page.waitForSelector('#event-view:not([hidden])');
  await checkEvidence(page, 'phone');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(shots, 'phone-390x844.png') });
  await page.screenshot({ path: join(shots, 'phone-390x844-full.png'), fullPage: true });
  const boxes = await layout(page);
  checkLayout('390x844', boxes);
  check('phone: the panel starts within the first screen', boxes.panel.top < 844 - 150, `panel top ${Math.round(boxes.panel.top)}`);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  check('phone: nothing is wider than the screen', wide <= 390, `page width ${wide}`);
  await page.tap('#filters-toggle');
  check('phone: the filter button shows the filters', await page.locator('#filters').isVisible());
  check('phone: no script errors and no policy violations', seen.errors.length === 0 && seen.csp.length === 0,
    [...seen.errors, ...seen.csp].join(' | ') || undefined);
  await context.close();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu']
});
try {
  const xssEvent = await storeXssReport();
  await desktop(browser, xssEvent);
  await phone(browser);
} catch (e) {
  check('the browser test ran to the end', false, e && e.stack ? e.stack : String(e));
} finally {
  await browser.close();
}
const failed = results.filter((r) => !r.ok).length;
console.log(`screenshots: ${shots}`);
console.log(`browser checks: ${results.length - failed} of ${results.length} good${failed ? ', ' + failed + ' bad' : ''}`);
process.exit(failed ? 1 : 0);
