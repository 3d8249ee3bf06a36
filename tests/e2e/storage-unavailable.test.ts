// IndexedDB that cannot be used (here: a database left by a newer version with none of our
// tables; in life also private windows, full disks, blocked storage). The shipped glossary
// still underlines and explains, and the options page says plainly that changes cannot be saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, pointOf, stopBackground, waitForUnderlines, type Harness, card } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
  // An extension-origin document that opens no Dexie of its own (the options page would reopen
  // the database between the delete and our open, a race that once hid the problem in CI).
  const options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/manifest.json`);
  await options.evaluate(
    () =>
      new Promise<void>((ok, fail) => {
        const del = indexedDB.deleteDatabase('health-glossary-helper');
        del.onblocked = del.onsuccess = () => {
          const r = indexedDB.open('health-glossary-helper', 99_999);
          // Whatever got there first, the newer database has none of our tables.
          r.onupgradeneeded = () => {
            for (const name of [...r.result.objectStoreNames]) r.result.deleteObjectStore(name);
          };
          r.onsuccess = () => {
            r.result.close();
            ok();
          };
          r.onerror = () => fail(r.error);
        };
      }),
  );
  await options.close();
  // A fresh worker, so nothing of the old connection is cached.
  await stopBackground(h);
});
afterAll(async () => h?.close());

describe('without IndexedDB', () => {
  it('pages are still underlined and explained from the shipped glossary', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/article.html`);
    await waitForUnderlines(page, 3);
    const { x, y } = await pointOf(page, 'TILs');
    await page.mouse.move(x, y);
    await expect.poll(async () => (await card(page)).locator('[role="tooltip"] .hgh-def').count()).toBe(1);
  });

  it('the options page says changes cannot be saved, and still lists the glossary', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/options.html`);
    // allInnerTexts never waits, so a missing alert fails the poll instead of hanging the test.
    await expect.poll(() => options.getByRole('alert').allInnerTexts()).toEqual([expect.stringMatching(/changes cannot be saved/)]);
    await expect.poll(() => options.locator('.count').allInnerTexts()).toEqual([expect.stringMatching(/\d+ terms/)]);
  });
});
