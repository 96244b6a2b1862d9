import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

const SWIPE_PX = 50;

export interface PdfViewerOptions {
  /** The PDF's URL (same origin, with the session's cookie). */
  src: string;
  /** What the document is called, for screen readers. */
  name: string;
  /** Its parts are `<prefix>-frame`, `-canvas`, `-status`, `-nav`, `-button`, `-counter`; the figure gets `-loading` and `-failed`. */
  classPrefix: string;
  /** Where to turn when it cannot be shown, e.g. "Use the download link below." */
  fallback: string;
  /** Hears each page shown. */
  onPage?: (page: number) => void;
  /** The tallest a page may be drawn, in CSS pixels, so that the buttons under it stay on the screen. */
  maxHeight?: () => number;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/**
 * One PDF in a figure, page by page in a canvas fitted to the figure's width: Previous / Next, arrow keys and swipes.
 * The figure says which page it shows in `data-page`. Returns what takes it down again (the listeners, the
 * document and the nodes it added).
 */
export function mountPdfViewer(figure: HTMLElement, options: PdfViewerOptions): () => void {
  const { src, name, classPrefix: prefix, fallback, onPage = () => undefined, maxHeight } = options;
  const listeners = new AbortController();
  const signal = listeners.signal;
  const caption = figure.querySelector('figcaption');
  const frame = element('div', `${prefix}-frame`);
  const canvas = element('canvas', `${prefix}-canvas`);
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', name);
  const status = element('p', `${prefix}-status`, 'Loading the document…');
  status.setAttribute('role', 'status');
  frame.append(canvas, status);
  const nav = element('div', `${prefix}-nav`);
  const previous = element('button', `${prefix}-button`, 'Previous');
  const next = element('button', `${prefix}-button`, 'Next');
  previous.type = 'button';
  next.type = 'button';
  const counter = element('span', `${prefix}-counter`);
  counter.setAttribute('aria-live', 'polite');
  nav.append(previous, counter, next);
  nav.hidden = true;
  figure.insertBefore(frame, caption);
  figure.insertBefore(nav, caption);
  figure.tabIndex = 0;
  figure.classList.add(`${prefix}-loading`);
  // Busy until the first page is drawn (or it cannot be).
  figure.setAttribute('aria-busy', 'true');

  let pdf: PDFDocumentProxy | null = null;
  let alive = true;
  let current = 1;
  let rendering: RenderTask | null = null;
  let renderedWidth = 0;
  let resizeTimer: number | undefined;

  const show = async (number: number) => {
    if (!pdf || !alive) {
      return;
    }
    const target = Math.min(Math.max(number, 1), pdf.numPages);
    const turned = target !== current || renderedWidth === 0;
    current = target;
    counter.textContent = `Page ${current} of ${pdf.numPages}`;
    previous.disabled = current <= 1;
    next.disabled = current >= pdf.numPages;
    rendering?.cancel();
    figure.setAttribute('aria-busy', 'true');
    try {
      const page = await pdf.getPage(current);
      const frameWidth = Math.max(frame.clientWidth, 200);
      const base = page.getViewport({ scale: 1 });
      let scale = frameWidth / base.width;
      const tallest = maxHeight?.();
      if (tallest && base.height * scale > tallest) {
        scale = Math.max(tallest, 200) / base.height;
      }
      const cssWidth = Math.floor(base.width * scale);
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${cssWidth}px`;
      canvas.style.height = `${Math.floor(base.height * scale)}px`;
      rendering = page.render({ canvas, viewport });
      await rendering.promise;
      renderedWidth = frameWidth;
      status.hidden = true;
      figure.classList.remove(`${prefix}-loading`);
      figure.dataset['page'] = String(current);
      figure.removeAttribute('aria-busy');
      if (turned) {
        onPage(current);
      }
    } catch (error) {
      if ((error as { name?: string } | null)?.name === 'RenderingCancelledException' || !alive) {
        return;
      }
      figure.removeAttribute('aria-busy');
      status.hidden = false;
      status.textContent = `This page could not be shown. ${fallback}`;
      figure.classList.add(`${prefix}-failed`);
    }
  };

  const start = async () => {
    const task = getDocument({ url: src });
    signal.addEventListener('abort', () => void task.destroy());
    try {
      // pdf.js 6 has no `isEvalSupported` any more: it never compiles code from a document, so the page's CSP needs
      // no 'unsafe-eval'.
      pdf = await task.promise;
    } catch {
      if (!alive) {
        return;
      }
      figure.removeAttribute('aria-busy');
      figure.classList.remove(`${prefix}-loading`);
      figure.classList.add(`${prefix}-failed`);
      status.textContent = `This document could not be shown here. ${fallback}`;
      canvas.hidden = true;
      return;
    }
    if (!alive) {
      return;
    }
    nav.hidden = false;
    previous.addEventListener('click', () => void show(current - 1), { signal });
    next.addEventListener('click', () => void show(current + 1), { signal });
    figure.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'ArrowRight' || event.key === 'ArrowDown' || event.key === 'PageDown') {
          event.preventDefault();
          void show(current + 1);
        } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp' || event.key === 'PageUp') {
          event.preventDefault();
          void show(current - 1);
        }
      },
      { signal },
    );
    let touchX: number | null = null;
    frame.addEventListener(
      'touchstart',
      (event) => {
        touchX = event.touches[0]?.clientX ?? null;
      },
      { signal, passive: true },
    );
    frame.addEventListener(
      'touchend',
      (event) => {
        const endX = event.changedTouches[0]?.clientX;
        if (touchX !== null && endX !== undefined && Math.abs(endX - touchX) > SWIPE_PX) {
          void show(endX < touchX ? current + 1 : current - 1);
        }
        touchX = null;
      },
      { signal },
    );
    figure.addEventListener('focusin', () => onPage(current), { signal });
    window.addEventListener(
      'resize',
      () => {
        window.clearTimeout(resizeTimer);
        resizeTimer = window.setTimeout(() => {
          if (Math.abs(frame.clientWidth - renderedWidth) > 1) {
            void show(current);
          }
        }, 150);
      },
      { signal },
    );
    await show(1);
  };

  void start();

  return () => {
    alive = false;
    window.clearTimeout(resizeTimer);
    rendering?.cancel();
    listeners.abort();
    frame.remove();
    nav.remove();
    figure.classList.remove(`${prefix}-loading`, `${prefix}-failed`);
    figure.removeAttribute('aria-busy');
  };
}
