import { Injectable, Logger } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';
import type { Browser, BrowserType } from 'playwright-core';

/** Where Chromium is; BYLINE_CHROMIUM_PATH overrides the Debian path. */
const CHROMIUM = process.env.BYLINE_CHROMIUM_PATH || '/usr/bin/chromium';

/** Thrown when this server has no Chromium to print with; the route answers 503 and points to the print page. */
export class PdfUnavailableError extends Error {}

/**
 * Prints an HTML page to PDF in headless Chromium. One browser for the process, started on first use; one page at a
 * time, so a burst of downloads queues rather than starts a browser each.
 */
@Injectable()
export class ReportPdfRenderer implements OnModuleDestroy {
  private readonly logger = new Logger(ReportPdfRenderer.name);
  private browser: Promise<Browser> | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  render(html: string): Promise<Buffer> {
    const next = this.queue.then(() => this.print(html));
    this.queue = next.catch(() => undefined);
    return next;
  }

  async onModuleDestroy(): Promise<void> {
    const browser = await this.browser?.catch(() => null);
    await browser?.close().catch(() => undefined);
  }

  private async print(html: string): Promise<Buffer> {
    const browser = await this.launch();
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load', timeout: 15_000 });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
      });
    } finally {
      await context.close().catch(() => undefined);
    }
  }

  private launch(): Promise<Browser> {
    this.browser ??= (async () => {
      let chromium: BrowserType;
      try {
        ({ chromium } = await import('playwright-core'));
      } catch {
        throw new PdfUnavailableError('playwright-core is not installed');
      }
      try {
        const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
        browser.on('disconnected', () => (this.browser = null));
        return browser;
      } catch (error) {
        this.logger.warn(`Chromium could not start at ${CHROMIUM}: ${(error as Error).message}`);
        throw new PdfUnavailableError(`Chromium could not start at ${CHROMIUM}`);
      }
    })();
    this.browser.catch(() => (this.browser = null));
    return this.browser;
  }
}
