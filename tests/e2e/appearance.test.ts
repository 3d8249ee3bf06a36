// The look the user chose on the options page reaches open tabs without a reload: the underline's
// style and colour (checked in the pixels Chromium paints) and the theme of the popover, which
// otherwise follows the system's light or dark.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, pointOf, waitForUnderlines, type Harness, card } from './harness';

let h: Harness;
let page: Page;
let options: Page;

beforeAll(async () => {
  h = await launch();
  page = await h.context.newPage();
  await page.goto(`${h.baseUrl}/article.html`);
  await waitForUnderlines(page, 3);
  options = await h.context.newPage();
  await options.goto(`chrome-extension://${h.extensionId}/options.html`);
  await options.locator('select[name="underlineStyle"]').waitFor();
});
afterAll(async () => h?.close());

/** How many pixels just under the word are close to a colour, decoded by a canvas in the page. */
async function pixelsNear(words: string, rgb: [number, number, number]): Promise<number> {
  const { x, y } = await pointOf(page, words);
  const png = await page.screenshot({ clip: { x: x - 10, y: y, width: 40, height: 14 } });
  return page.evaluate(
    async ({ data, rgb }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [img.width, img.height];
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, img.width, img.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (Math.abs(px[i]! - rgb[0]) + Math.abs(px[i + 1]! - rgb[1]) + Math.abs(px[i + 2]! - rgb[2]) < 60) n += 1;
      return n;
    },
    { data: png.toString('base64'), rgb },
  );
}

const names = () => page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('health-glossary-term')));
const GREEN: [number, number, number] = [0x1e, 0x8e, 0x3e];
const BLUE: [number, number, number] = [0x1a, 0x73, 0xc8];

describe('appearance settings', () => {
  it('a new underline style and colour repaint an open tab', async () => {
    expect(await names()).toEqual(['health-glossary-term']);
    expect(await pixelsNear('biopsy', BLUE)).toBeGreaterThan(0);
    expect(await pixelsNear('biopsy', GREEN)).toBe(0);
    await options.locator('select[name="underlineStyle"]').selectOption('solid');
    await options.locator('select[name="underlineColor"]').selectOption('green');
    await page.bringToFront();
    await expect.poll(names).toEqual(['health-glossary-term--solid-green']);
    await expect.poll(() => pixelsNear('biopsy', GREEN)).toBeGreaterThan(0);
    expect(await pixelsNear('biopsy', BLUE)).toBe(0);
  });

  it('the popover follows the system theme, unless the user chose one', async () => {
    const background = async () => {
      const { x, y } = await pointOf(page, 'TILs');
      const tip = (await card(page)).locator('[role="tooltip"]');
      // Away first, until it closes, so the next hover opens it afresh with the current settings.
      await page.mouse.move(0, 0);
      await expect.poll(() => tip.count()).toBe(0);
      await page.mouse.move(x, y);
      await tip.waitFor();
      return tip.evaluate((el) => getComputedStyle(el).backgroundColor);
    };
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(31, 35, 41)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await options.locator('select[name="theme"]').selectOption('dark');
    await expect.poll(() => options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 25, 29)');
    await page.bringToFront();
    await expect.poll(background).toBe('rgb(31, 35, 41)');
  });
});
