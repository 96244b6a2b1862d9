import { downloadAttachment } from '../attachment/attachment-transfer';

/** Downloads an asset as DOCX (its filled DOCX file, else its text as a document), with the session's cookie. */
export function downloadAssetDocx(asset: { id: string; title: string }) {
  return downloadAttachment({
    downloadPath: `/assets/${encodeURIComponent(asset.id)}/export.docx`,
    fileName: `${asset.title}.docx`,
  });
}
