// Page styles cannot reach the popover, and the popover stays on top of page overlays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, pointOf, waitForUnderlines, type Harness, card } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

async function popoverStyle(page: Page, words: string) {
  await page.mouse.move(1, 1);
  const { x, y } = await pointOf(page, words);
  await page.mouse.move(x, y);
  const tooltip = (await card(page)).locator('[role="tooltip"]');
  await tooltip.waitFor();
  // What is on top is asked of the page, at the card's centre as the page sees it.
  const box = (await tooltip.boundingBox())!;
  const onTop = await page.evaluate(([cx, cy]) => document.elementFromPoint(cx!, cy!)?.tagName.toLowerCase(), [box.x + box.width / 2, box.y + box.height / 2]);
  const style = await tooltip.evaluate((el) => {
    const def = el.querySelector('.hgh-def')!;
    const s = getComputedStyle(def);
    return {
      font: `${s.fontSize} ${s.fontFamily.split(',')[0]}`,
      color: s.color,
      background: getComputedStyle(el).backgroundColor,
      letterSpacing: s.letterSpacing,
      transform: s.textTransform,
      direction: s.direction,
    };
  });
  return { ...style, onTop };
}

describe('on a page with hostile CSS', () => {
  it('the popover looks exactly as on a plain page and is on top', async () => {
    const plain = await h.context.newPage();
    await plain.goto(`${h.baseUrl}/article.html`);
    await waitForUnderlines(plain, 3);
    const expected = await popoverStyle(plain, 'biopsy');
    const hostile = await h.context.newPage();
    await hostile.goto(`${h.baseUrl}/hostile.html`);
    await waitForUnderlines(hostile, 2);
    const got = await popoverStyle(hostile, 'biopsy');
    expect(got).toEqual(expected);
    expect(got.onTop).toBe('health-glossary-popover');
  });
});
