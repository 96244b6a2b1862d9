import { openPdf, pdfRejection } from './pdf-text.js';

const MAX_HEIGHT_RATIO = 4;

/** pdf.js's canvas factory: in Node, canvases of the @napi-rs/canvas copy pdf.js itself loads (its Path2D must match). */
interface NodeCanvasFactory {
  create: (
    width: number,
    height: number,
  ) => {
    canvas: { toBuffer(mime: 'image/png'): Buffer };
    context: { fillStyle: string; fillRect(...box: number[]): void };
  };
}

/** A PNG of the PDF's first page, `width` px wide, on white. */
export async function renderPdfThumbnail(path: string, fileName: string, width: number): Promise<Buffer> {
  const { pdf, close } = await openPdf(path, fileName);
  try {
    const page = await pdf.getPage(1);
    const viewport = page.getViewport({ scale: width / page.getViewport({ scale: 1 }).width });
    const height = Math.max(1, Math.min(Math.round(viewport.height), width * MAX_HEIGHT_RATIO));
    const factory = pdf.canvasFactory as NodeCanvasFactory;
    const { canvas, context } = factory.create(Math.round(viewport.width), height);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, Math.round(viewport.width), height);
    await page.render({ canvas: null, canvasContext: context, viewport }).promise;
    return canvas.toBuffer('image/png');
  } catch (error) {
    throw pdfRejection(error, fileName);
  } finally {
    await close();
  }
}
