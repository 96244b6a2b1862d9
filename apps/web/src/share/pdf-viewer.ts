import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

const SWIPE_PX = 50;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/**
 * One PDF of the page, page by page in a canvas fitted to the figure's width: Previous / Next, arrow keys and swipes.
 * `onPage` hears each page shown.
 */
export async function mountPdfViewer(figure: HTMLElement, onPage: (page: number) => void): Promise<void> {
  const src = figure.dataset['src'];
  if (!src) {
    return;
  }
  const name = figure.dataset['name'] ?? 'the document';
  const caption = figure.querySelector('figcaption');
  const frame = element('div', 'share-pdf-frame');
  const canvas = element('canvas', 'share-pdf-canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', name);
  const status = element('p', 'share-pdf-status', 'Loading the document…');
  status.setAttribute('role', 'status');
  frame.append(canvas, status);
  const nav = element('div', 'share-pdf-nav');
  const previous = element('button', 'share-pdf-button', 'Previous');
  const next = element('button', 'share-pdf-button', 'Next');
  previous.type = 'button';
  next.type = 'button';
  const counter = element('span', 'share-pdf-counter');
  counter.setAttribute('aria-live', 'polite');
  nav.append(previous, counter, next);
  nav.hidden = true;
  figure.insertBefore(frame, caption);
  figure.insertBefore(nav, caption);
  figure.tabIndex = 0;
  figure.classList.add('share-pdf-loading');

  let pdf: PDFDocumentProxy;
  try {
    // pdf.js 6 has no `isEvalSupported` any more: it never compiles code from a document, so the page's CSP needs no
    // 'unsafe-eval'.
    pdf = await getDocument({ url: src }).promise;
  } catch {
    figure.classList.remove('share-pdf-loading');
    figure.classList.add('share-pdf-failed');
    status.textContent = 'This document could not be shown here. Use the download link below.';
    canvas.hidden = true;
    return;
  }

  let current = 1;
  let rendering: RenderTask | null = null;
  let renderedWidth = 0;

  const show = async (number: number) => {
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
      const cssWidth = Math.max(frame.clientWidth, 200);
      const base = page.getViewport({ scale: 1 });
      const scale = cssWidth / base.width;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: scale * ratio });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      canvas.style.width = `${cssWidth}px`;
      canvas.style.height = `${Math.floor(base.height * scale)}px`;
      rendering = page.render({ canvas, viewport });
      await rendering.promise;
      renderedWidth = cssWidth;
      status.hidden = true;
      figure.classList.remove('share-pdf-loading');
      figure.dataset['page'] = String(current);
      figure.removeAttribute('aria-busy');
      if (turned) {
        onPage(current);
      }
    } catch (error) {
      if ((error as { name?: string } | null)?.name === 'RenderingCancelledException') {
        return;
      }
      figure.removeAttribute('aria-busy');
      status.hidden = false;
      status.textContent = 'This page could not be shown. Use the download link below.';
      figure.classList.add('share-pdf-failed');
    }
  };

  nav.hidden = false;
  previous.addEventListener('click', () => void show(current - 1));
  next.addEventListener('click', () => void show(current + 1));
  figure.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown' || event.key === 'PageDown') {
      event.preventDefault();
      void show(current + 1);
    } else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp' || event.key === 'PageUp') {
      event.preventDefault();
      void show(current - 1);
    }
  });
  let touchX: number | null = null;
  frame.addEventListener('touchstart', (event) => {
    touchX = event.touches[0]?.clientX ?? null;
  });
  frame.addEventListener('touchend', (event) => {
    const endX = event.changedTouches[0]?.clientX;
    if (touchX !== null && endX !== undefined && Math.abs(endX - touchX) > SWIPE_PX) {
      void show(endX < touchX ? current + 1 : current - 1);
    }
    touchX = null;
  });
  figure.addEventListener('focusin', () => onPage(current));
  let resizeTimer: number | undefined;
  window.addEventListener('resize', () => {
    window.clearTimeout(resizeTimer);
    resizeTimer = window.setTimeout(() => {
      if (Math.abs(frame.clientWidth - renderedWidth) > 1) {
        void show(current);
      }
    }, 150);
  });
  await show(1);
}
