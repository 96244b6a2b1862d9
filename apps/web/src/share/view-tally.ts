/** What one beacon tells the server: seconds since this tab's previous beacon (the server adds them up). */
export interface BeaconDelta {
  visibleSeconds: number;
  /** Seconds per PDF page ("3": 12), since the previous beacon. */
  pages: Record<string, number>;
  /** The page on screen now, or null without a PDF. */
  page: number | null;
}

/**
 * The visible time of one tab, kept until a beacon carries it. Tenths of a second are sent and the rest carried to the
 * next beacon, so nothing is counted twice and a page's seconds never exceed the visible seconds sent with them.
 */
// Tenths of a second: the server keeps page times to a tenth. Sums of fractions (0.4 + 0.6) land a hair under the
// tenth, hence the epsilon.
const tenths = (seconds: number): number => Math.floor(seconds * 10 + 1e-6) / 10;

export class ViewTally {
  private visible = 0;
  private readonly pages = new Map<number, number>();
  private everVisible = false;
  /** The page the previous beacon named; undefined before the first beacon. */
  private sentPage: number | null | undefined = undefined;

  /** Adds time the page was visible, to the page on screen (null: no PDF page). */
  add(seconds: number, page: number | null): void {
    if (!(seconds > 0) || !Number.isFinite(seconds)) {
      return;
    }
    this.everVisible = true;
    this.visible += seconds;
    if (page !== null) {
      this.pages.set(page, (this.pages.get(page) ?? 0) + seconds);
    }
  }

  /**
   * The delta for the next beacon and forgets what it carries; null when there is nothing new to say (nothing was
   * visible yet, or no tenth of a second passed and the page is the one last sent).
   */
  take(page: number | null): BeaconDelta | null {
    if (!this.everVisible) {
      return null;
    }
    const visibleSeconds = tenths(this.visible);
    const pages: Record<string, number> = {};
    for (const [number, seconds] of this.pages) {
      const whole = tenths(seconds);
      if (whole > 0) {
        pages[String(number)] = whole;
      }
    }
    if (visibleSeconds === 0 && Object.keys(pages).length === 0 && page === this.sentPage) {
      return null;
    }
    this.visible -= visibleSeconds;
    for (const [number, whole] of Object.entries(pages)) {
      const key = Number(number);
      const rest = (this.pages.get(key) ?? 0) - Number(whole);
      if (rest > 1e-9) {
        this.pages.set(key, rest);
      } else {
        this.pages.delete(key);
      }
    }
    this.sentPage = page;
    return { visibleSeconds, pages, page };
  }
}

/** A random id for this tab's viewer: 16 bytes as 22 characters of base64url. */
export function newViewerId(random: (bytes: Uint8Array<ArrayBuffer>) => Uint8Array): string {
  const bytes = random(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
