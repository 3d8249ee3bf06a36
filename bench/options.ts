// The options page with 10,000 of the user's own entries on top of the shipped glossary: how long
// importing them takes (checked, compiled and written in one transaction), and how long each
// keystroke in its search box takes to show the filtered list.
import type { BrowserContext } from 'playwright-core';

export interface OptionsFigures {
  entries: number;
  importMs: number;
  keystrokeMs: number;
  keystrokeP95Ms: number;
}

export async function benchOptions(context: BrowserContext, extensionId: string, count = 10_000): Promise<OptionsFigures> {
  const entries = Array.from({ length: count }, (_, i) => ({
    id: `my-word-${i}`,
    term: `my word ${i}`,
    definition: `A word our family uses with the care team, number ${i}.`,
    category: 'general-medical',
    source: { publisher: 'NIH' },
  }));
  const file = { format: 'health-glossary-helper/personal-glossary', version: 1, exportedAt: new Date().toISOString(), glossaryVersion: '0', entries, edits: [], deletions: [], notes: [], known: [], settings: {} };
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('.count').waitFor();
  const before = await options.locator('.count').innerText();
  await options.locator('input[name="import"]').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await options.locator('.preview').waitFor();
  const t = Date.now();
  await options.locator('.preview').getByRole('button', { name: 'Import' }).click();
  await options.waitForFunction(() => document.querySelector('.backup [role="status"]')?.textContent === 'Imported.', null, { timeout: 120_000, polling: 20 });
  const importMs = Date.now() - t;
  await options.waitForFunction((was) => document.querySelector('.count')?.textContent !== was, before, { timeout: 60_000 });
  // Each keystroke: from the input event until the list re-rendered and was laid out (Preact
  // renders in a microtask; reading offsetHeight forces the layout the next frame would do).
  const times = await options.evaluate(async () => {
    const input = document.querySelector<HTMLInputElement>('input[name="search"]')!;
    const out: number[] = [];
    for (const value of ['c', 'ca', 'can', 'canc', 'cance', 'cancer', 'cance', 'canc', 'word', 'word 9', 'word 99', 'biopsy', 'lymph', 'lympho', 'x']) {
      const t0 = performance.now();
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 0));
      void document.querySelector<HTMLElement>('.entry-list')?.offsetHeight;
      out.push(performance.now() - t0);
    }
    return out;
  });
  await options.close();
  const sorted = [...times].sort((a, b) => a - b);
  return { entries: count, importMs, keystrokeMs: sorted[sorted.length >> 1]!, keystrokeP95Ms: sorted[Math.floor(sorted.length * 0.95)]! };
}
