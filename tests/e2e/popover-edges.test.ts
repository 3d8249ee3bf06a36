// Wherever the term sits on the screen (each corner, or wrapped across lines), its popover is
// fully visible: it flips above or below and shifts sideways.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFixture, pointOf, type Harness, card } from './harness';

let h: Harness;
beforeAll(async () => {
  h = await launch();
});
afterAll(async () => h?.close());

describe('popover placement in real Chromium', () => {
  it.each(['biopsy', 'cytokines', 'TILs', 'PD-L1', 'cytokine release syndrome'])('“%s” opens fully on screen', async (words) => {
    const { page } = await openFixture(h, 'edges.html', 5);
    await page.setViewportSize({ width: 700, height: 500 });
    const { x, y } = await pointOf(page, words);
    await page.mouse.move(x, y);
    const tooltip = (await card(page)).locator('[role="tooltip"]');
    await tooltip.waitFor();
    await expect.poll(async () => {
      const b = (await tooltip.boundingBox())!;
      return b.x >= 0 && b.y >= 0 && b.x + b.width <= 700 && b.y + b.height <= 500;
    }).toBe(true);
    await page.close();
  });
});
