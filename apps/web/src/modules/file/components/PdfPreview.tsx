import './PdfPreview.css';
import { useEffect, useRef, useState } from 'react';

interface PdfPreviewProps {
  src: string;
  name: string;
}

const FALLBACK = 'Download it from the attachments below.';

/**
 * A PDF page by page (pdf.js, the same viewer as the shared links' page), loaded when it comes near the screen:
 * pdf.js and its worker are fetched only then.
 */
export function PdfPreview({ src, name }: PdfPreviewProps) {
  const ref = useRef<HTMLElement>(null);
  const [unavailable, setUnavailable] = useState(false);

  useEffect(() => {
    const figure = ref.current;
    if (!figure) {
      return;
    }
    let cancelled = false;
    let destroy: (() => void) | null = null;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) {
          return;
        }
        observer.disconnect();
        // Busy from now until the viewer has drawn its first page.
        figure.setAttribute('aria-busy', 'true');
        import('../pdf-viewer').then(
          ({ mountPdfViewer }) => {
            if (!cancelled) {
              destroy = mountPdfViewer(figure, {
                src,
                name,
                classPrefix: 'pdf-viewer',
                fallback: FALLBACK,
                // A whole page and its buttons fit on the screen below the header.
                maxHeight: () => window.innerHeight - 180,
              });
            }
          },
          () => {
            figure.removeAttribute('aria-busy');
            setUnavailable(true);
          },
        );
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(figure);
    return () => {
      cancelled = true;
      observer.disconnect();
      destroy?.();
    };
  }, [src, name]);

  return (
    <figure ref={ref} className="pdf-viewer" aria-label={`Preview of ${name}`} data-testid="pdf-preview">
      {unavailable ? <p className="pdf-viewer-status">The viewer did not load. {FALLBACK}</p> : null}
    </figure>
  );
}
