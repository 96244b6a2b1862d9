import { ViewTally, newViewerId } from './view-tally';
import type { BeaconDelta } from './view-tally';

const VIEWER_KEY = 'byline-share-viewer';
const TICK_MS = 1000;
const BEACON_EVERY_MS = 5000;

function viewerId(): string {
  try {
    const stored = sessionStorage.getItem(VIEWER_KEY);
    if (stored && /^[A-Za-z0-9_-]{16,64}$/.test(stored)) {
      return stored;
    }
    const id = newViewerId((bytes) => crypto.getRandomValues(bytes));
    sessionStorage.setItem(VIEWER_KEY, id);
    return id;
  } catch {
    // Storage refused (private modes): one id for this page load.
    return newViewerId((bytes) => crypto.getRandomValues(bytes));
  }
}

export interface ViewBeacon {
  /** The reader turned to another PDF page (or another PDF came to the fore). */
  pageShown(page: number | null): void;
}

/**
 * Counts the seconds the page is visible, per PDF page on screen, and sends them as deltas: every 5 s while visible,
 * at once on a page turn, and with sendBeacon when the tab is hidden or left.
 */
export function startViewBeacon(url: string): ViewBeacon {
  const viewer = viewerId();
  const tally = new ViewTally();
  let page: number | null = null;
  let since = document.visibilityState === 'visible' ? performance.now() : null;

  const count = () => {
    const now = performance.now();
    if (since !== null) {
      tally.add((now - since) / 1000, page);
    }
    since = document.visibilityState === 'visible' ? now : null;
  };

  const body = (delta: BeaconDelta) => JSON.stringify({ viewer, ...delta });

  const send = () => {
    count();
    const delta = tally.take(page);
    if (delta) {
      void fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body(delta),
        keepalive: true,
        credentials: 'same-origin',
      }).catch(() => undefined);
    }
  };

  const sendOnLeave = () => {
    count();
    const delta = tally.take(page);
    if (delta) {
      navigator.sendBeacon(url, new Blob([body(delta)], { type: 'text/plain' }));
    }
  };

  window.setInterval(count, TICK_MS);
  window.setInterval(() => {
    if (document.visibilityState === 'visible') {
      send();
    }
  }, BEACON_EVERY_MS);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      sendOnLeave();
    } else {
      since = performance.now();
    }
  });
  window.addEventListener('pagehide', sendOnLeave);

  return {
    pageShown(next) {
      if (next === page) {
        return;
      }
      count();
      page = next;
      send();
    },
  };
}
