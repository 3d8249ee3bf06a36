// A page whose own scripts try every attack of the security review (audit C1, H1, H2, M1) on a
// user who wrote a private note: read it through the DOM, shadow roots and frames; drive the card
// with synthetic clicks and keys; log the keys typed into the note; probe with hidden text; and
// listen to postMessage. Each attack must fail, and a control shows the test would see a success.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { card, launch, pointOf, waitForUnderlines, type Harness } from './harness';

let h: Harness;
let page: Page;
const NOTE = 'PRIVATE: my biopsy showed stage 3; ask about the plan';

const ATTACK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Innocent health news</title>
<script>
  window.__posted = [];
  window.__keys = [];
  addEventListener('message', (e) => { try { window.__posted.push(JSON.stringify(e.data)); } catch { window.__posted.push('?'); } }, true);
  for (const t of [window, document]) for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'])
    t.addEventListener(type, (e) => window.__keys.push(type + ':' + (e.key ?? e.data ?? '')), true);
</script></head>
<body><main>
<p>After a biopsy the lab counts TILs. Some people get immunotherapy.</p>
<p>PD-L1 testing helps choose checkpoint inhibitors.</p>
<div id="probes">
  <p style="display:none">probe-a cytokines my hiv prep</p>
  <p style="visibility:hidden">probe-b cytokines my hiv prep</p>
  <p hidden>probe-c cytokines my hiv prep</p>
  <p style="position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)">probe-d cytokines my hiv prep</p>
  <p style="position:absolute;left:-10000px;top:0">probe-e cytokines my hiv prep</p>
  <p style="height:0;overflow:hidden;margin:0">probe-f cytokines my hiv prep</p>
</div>
<p id="shown-later" hidden>Then cytokine release syndrome was explained.</p>
</main>
<script>
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const ranges = () => [...CSS.highlights.values()].flatMap((hl) => [...hl]);
  // Everything a page script can reach: the DOM, every shadow root, every frame, timing entries.
  window.__read = () => {
    const out = { text: document.documentElement.innerText, shadows: [], frames: [], resources: [] };
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) out.shadows.push(el.shadowRoot.innerHTML);
    for (let i = 0; i < window.frames.length; i += 1) {
      try { out.frames.push(window.frames[i].document.documentElement.innerHTML); } catch (e) { out.frames.push('blocked'); }
    }
    out.resources = performance.getEntries().map((e) => e.name).filter((n) => !n.startsWith(location.origin));
    return out;
  };
  // Synthetic pointer moves, clicks and keys at every underlined term.
  window.__drive = async () => {
    for (const r of ranges()) {
      const rect = r.getClientRects()[0];
      const x = rect.left + 2, y = rect.top + rect.height / 2;
      const target = document.elementFromPoint(x, y);
      target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: y }));
      target.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
      await sleep(50);
    }
    for (let i = 0; i < 3; i += 1) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }));
      await sleep(50);
    }
    await sleep(600);
  };
  // A forged handshake and commands posted straight to every frame of the page.
  window.__forge = async () => {
    for (let i = 0; i < window.frames.length; i += 1) {
      const ch = new MessageChannel();
      window.frames[i].postMessage({ type: 'health-glossary-card-port', secret: '' }, '*', [ch.port2]);
      window.frames[i].postMessage({ type: 'show', seq: 99, termId: 'biopsy', matchedText: 'biopsy', pinned: true, theme: 'light', maxWidth: 360 }, '*');
      ch.port1.onmessage = (m) => window.__posted.push('port:' + JSON.stringify(m.data));
      ch.port1.postMessage({ type: 'show', seq: 99, termId: 'biopsy', matchedText: 'biopsy', pinned: true, theme: 'light', maxWidth: 360 });
    }
    await sleep(600);
  };
</script>
</body></html>`;

beforeAll(async () => {
  h = await launch();
  h.route('/attack.html', ATTACK_PAGE);
  // The user, on a page of their choosing, writes a private note on "biopsy" and adds a term.
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.getByRole('button', { name: 'Add a term' }).click();
  await options.getByLabel('Term', { exact: true }).fill('my hiv prep');
  await options.getByLabel('Plain-language definition').fill('The daily pill I take to prevent HIV.');
  await options.getByRole('button', { name: 'Save' }).click();
  await options.locator('.editor [role="status"]').filter({ hasText: 'Saved.' }).waitFor();
  await options.close();
  const own = await h.context.newPage();
  await own.goto(`${h.baseUrl}/article.html`);
  await waitForUnderlines(own, 3);
  const { x, y } = await pointOf(own, 'biopsy');
  await own.mouse.click(x, y);
  const dialog = (await card(own)).locator('[role="dialog"]');
  await dialog.getByRole('button', { name: 'Add a note' }).click();
  await dialog.getByLabel('My note').fill(NOTE);
  await dialog.getByRole('button', { name: 'Save note' }).click();
  await dialog.locator('.hgh-note', { hasText: NOTE }).waitFor();
  await own.close();

  page = await h.context.newPage();
  await page.goto(`${h.baseUrl}/attack.html`);
  await waitForUnderlines(page, 3);
});
afterAll(async () => h?.close());

const read = () => page.evaluate(() => (window as unknown as { __read(): { text: string; shadows: string[]; frames: string[]; resources: string[] } }).__read());
const dialogCount = async () => (await card(page)).locator('[role="dialog"], [role="tooltip"]').count();

describe('a hostile page', () => {
  it('cannot read the note through the DOM, shadow roots, frames or timing, even while the card shows it', async () => {
    const { x, y } = await pointOf(page, 'biopsy');
    await page.mouse.click(x, y); // the user's own click: the card shows the note
    const dialog = (await card(page)).locator('[role="dialog"]');
    await expect.poll(() => dialog.locator('.hgh-note').innerText()).toContain(NOTE); // control: it is on screen
    const seen = await read();
    expect(JSON.stringify(seen)).not.toContain('PRIVATE');
    expect(seen.frames.every((f) => f === 'blocked')).toBe(true);
    expect(seen.shadows).toEqual([]); // our element's shadow root is closed
    // Nothing names the extension: no chrome-extension:// address, no id.
    expect(JSON.stringify(seen.resources)).not.toMatch(/extension:|card-frame/);
    expect(JSON.stringify(seen)).not.toContain(h.extensionId);
    await page.keyboard.press('Escape');
    await expect.poll(dialogCount).toBe(0);
  });

  it('cannot open, pin or move the card with synthetic events', async () => {
    await page.evaluate(() => (window as unknown as { __drive(): Promise<void> }).__drive());
    expect(await dialogCount()).toBe(0);
    // Control: the same term opens for the reader's real pointer.
    const { x, y } = await pointOf(page, 'TILs');
    await page.mouse.move(x, y);
    await expect.poll(dialogCount).toBe(1);
    await page.mouse.move(2, 2);
    await expect.poll(dialogCount).toBe(0);
  });

  it('cannot drive the card frame by posting to it', async () => {
    await page.evaluate(() => (window as unknown as { __forge(): Promise<void> }).__forge());
    expect(await dialogCount()).toBe(0);
    const posted = await page.evaluate(() => (window as unknown as { __posted: string[] }).__posted);
    expect(posted.filter((p) => p.startsWith('port:'))).toEqual([]);
  });

  it('does not hear the keys the user types into the note', async () => {
    await page.evaluate(() => ((window as unknown as { __keys: string[] }).__keys = []));
    const { x, y } = await pointOf(page, 'PD-L1');
    await page.mouse.click(x, y);
    const dialog = (await card(page)).locator('[role="dialog"]');
    await dialog.getByRole('button', { name: 'Add a note' }).click();
    await dialog.getByLabel('My note').pressSequentially('secret words');
    await expect.poll(() => dialog.getByLabel('My note').inputValue()).toBe('secret words'); // control: typed
    const keys = await page.evaluate(() => (window as unknown as { __keys: string[] }).__keys);
    expect(keys.filter((k) => /:[a-z ]$/.test(k))).toEqual([]);
    await page.keyboard.press('Escape');
  });

  it('learns nothing from hidden probe text; the same words are underlined once shown', async () => {
    const words = async () => page.evaluate(() => [...CSS.highlights.values()].flatMap((hl) => [...hl].map((r) => (r as Range).toString())));
    expect(await words()).not.toContain('my hiv prep');
    expect(await words()).not.toContain('cytokines');
    // Control: showing hidden text makes it readable, and then it is underlined.
    await page.evaluate(() => document.getElementById('shown-later')!.removeAttribute('hidden'));
    await expect.poll(words).toContain('cytokine release syndrome');
    await page.evaluate(() => document.querySelector<HTMLElement>('#probes p')!.style.removeProperty('display'));
    await expect.poll(words).toContain('my hiv prep');
  });

  it('is never told the extension is there by a posted message', async () => {
    const posted = await page.evaluate(() => (window as unknown as { __posted: string[] }).__posted);
    expect(posted.join(' ')).not.toMatch(/content-script-started|glossary|health/i);
  });
});
