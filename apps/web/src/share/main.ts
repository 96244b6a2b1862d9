import './share.css';
import { startViewBeacon } from './beacon';

interface ShareConfig {
  beacon?: string;
}

function readConfig(): ShareConfig {
  try {
    return JSON.parse(document.getElementById('share-config')?.textContent ?? '{}') as ShareConfig;
  } catch {
    return {};
  }
}

const config = readConfig();
const beacon = config.beacon ? startViewBeacon(config.beacon) : null;
const pdfs = Array.from(document.querySelectorAll<HTMLElement>('.share-pdf[data-src]'));

if (pdfs.length > 0) {
  // pdf.js (and its worker) loads only for pages that show a PDF.
  void import('../modules/file/pdf-viewer').then(({ mountPdfViewer }) => {
    for (const figure of pdfs) {
      mountPdfViewer(figure, {
        src: figure.dataset['src'] ?? '',
        name: figure.dataset['name'] ?? 'the document',
        classPrefix: 'share-pdf',
        fallback: 'Use the download link below.',
        onPage: (page) => beacon?.pageShown(page),
      });
    }
  });
}
