// What every browser test file does around its tests: one Chromium for the file, on the renderer
// built into its own folder, and the sidebar navigation the screens share.
import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { buildRenderer, launchBrowser, RENDERER_OUT } from './harness';

/** Builds the renderer into `rendererDir` and starts the browser before the file's tests; closes it after. */
export function useBrowser(rendererDir: string = RENDERER_OUT): { readonly context: BrowserContext } {
  let context: BrowserContext | undefined;
  let userDir = '';
  beforeAll(async () => {
    await buildRenderer(rendererDir);
    ({ context, userDir } = await launchBrowser());
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    if (userDir) rmSync(userDir, { recursive: true, force: true });
  });
  return {
    get context(): BrowserContext {
      if (!context) throw new Error('The browser has not started: useBrowser() must be called at the top of the test file.');
      return context;
    },
  };
}

/** Opens a screen from the sidebar and waits until its title shows. */
export async function go(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Các mục chính' }).getByRole('button', { name: label, exact: true }).click();
  await expect.poll(() => page.locator('.topbar h1').textContent()).toBe(label);
}
