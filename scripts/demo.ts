// npm run demo — builds the extension and opens Chromium with it on the demo health page.
// With a display, the browser stays open for you. Without one, it runs headless, saves
// screenshots of the underlined page, an open popover and the popup, and prints the terms found.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serveFixtures } from './lib/fixture-server';
import { card } from './lib/card-frame';
import { launchWithExtension } from './lib/launch-chromium';

const OUT = join(ROOT, 'artifacts/demo');

execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
const headless = !process.env.DISPLAY || process.env.CI === 'true';
const server = await serveFixtures();
const browser = await launchWithExtension({ headless });
const page = await browser.context.newPage();
const url = `${server.baseUrl}/article.html`;
await page.goto(url);
await page.waitForFunction(() => (CSS.highlights.get('health-glossary-term')?.size ?? 0) > 0, undefined, { timeout: 30_000 });

if (!headless) {
  console.log(`Chromium is open on ${url} with the extension loaded. Hover an underlined term; close the window to finish.`);
  await new Promise<void>((done) => browser.context.on('close', () => done()));
  await server.close();
  process.exit(0);
}

mkdirSync(OUT, { recursive: true });
const terms = await page.evaluate(() => [...(CSS.highlights.get('health-glossary-term') ?? [])].map((r) => (r as Range).toString()));
await page.screenshot({ path: join(OUT, 'page.png'), fullPage: true });

const point = await page.evaluate(() => {
  const first = [...(CSS.highlights.get('health-glossary-term') ?? [])][0] as Range;
  const rect = first.getClientRects()[0]!;
  return { x: rect.left + 4, y: rect.top + rect.height / 2 };
});
await page.mouse.move(point.x, point.y);
await (await card(page)).locator('[role="tooltip"]').waitFor();
// Let the fade-in finish so the screenshot shows the popover as a reader sees it.
await (await card(page)).waitForFunction(() => document.querySelector('.hgh-popover')?.getAnimations().every((a) => a.playState === 'finished'));
await page.screenshot({ path: join(OUT, 'popover.png') });

const popup = await browser.context.newPage();
await popup.setViewportSize({ width: 400, height: 520 });
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await popup.keyboard.type('checkpoint inhibitors');
await popup.locator('.result').waitFor();
await popup.screenshot({ path: join(OUT, 'popup.png') });

console.log(`\nUnderlined on ${url}: ${terms.length} terms`);
console.log(`  ${[...new Set(terms)].join(', ')}`);
console.log(`\nScreenshots in ${OUT}: page.png (underlined page), popover.png (open popover), popup.png (toolbar popup)`);
await browser.close();
await server.close();
