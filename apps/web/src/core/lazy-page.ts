import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { matchPath } from 'react-router';

/** A page's code (a hashed file under /static/) that did not arrive: after a deploy the old file is gone. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : 'A part of Byline did not load', { cause });
    this.name = 'ChunkLoadError';
  }
}

// What browsers and Vite's preload helper say when a dynamically imported file cannot be fetched.
const CHUNK_FAILURE =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isChunkLoadError(error: unknown): boolean {
  return error instanceof ChunkLoadError || (error instanceof Error && CHUNK_FAILURE.test(error.message));
}

const RELOADED_AT = 'byline:reloaded-for-update';
/** A chunk that fails again this soon after a reload is not a deploy: the app cannot load. */
const RELOAD_WINDOW_MS = 2 * 60 * 1000;

/** Reloads the page for the current version of the app, remembering that it did (for this tab only). */
export function reloadForUpdate(): void {
  try {
    sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  } catch {
    // Storage may be off; the reload still helps.
  }
  window.location.reload();
}

/** Whether this page comes from a reload for an update, so a second failure must not offer the same again. */
export function reloadedForUpdateJustNow(): boolean {
  try {
    const at = Number(sessionStorage.getItem(RELOADED_AT));
    return at > 0 && Date.now() - at < RELOAD_WINDOW_MS;
  } catch {
    return false;
  }
}

function loadedFine(): void {
  try {
    sessionStorage.removeItem(RELOADED_AT);
  } catch {
    // Nothing to forget.
  }
}

export type LazyPage<P> = LazyExoticComponent<ComponentType<P>> & { preload: () => void };

/**
 * A page loaded on first use from its own chunk. `name` is the module's named export. A failed download becomes a
 * ChunkLoadError, which the route's error boundary turns into the "Byline was updated" screen.
 */
export function lazyPage<K extends string, P extends object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyPage<P> {
  let pending: Promise<{ default: ComponentType<P> }> | null = null;
  const start = () => {
    pending ??= load().then(
      (module) => {
        loadedFine();
        return { default: module[name] };
      },
      (error: unknown) => {
        throw new ChunkLoadError(error);
      },
    );
    return pending;
  };
  const page = lazy(start) as LazyPage<P>;
  page.preload = () => {
    // A failure here surfaces when the page renders.
    start().catch(() => undefined);
  };
  return page;
}

/** Starts downloading the page the address asks for, alongside the app's own start-up requests. */
export function preloadPageFor(pathname: string, pages: ReadonlyArray<readonly [string, { preload: () => void }]>) {
  pages.find(([path]) => matchPath({ path, end: true }, pathname))?.[1].preload();
}
