import { csrfHeaders } from '../../core/session';
import type { AttachmentFieldsFragment } from '../../generated/graphql';

// Attachment bytes move over plain HTTP with the same session as the GraphQL API: multipart up (XMLHttpRequest,
// the one browser API that reports upload progress), a blob down that is then saved under the file's name.

/** The file types the server accepts (it checks the extension and the content). */
export const ACCEPTED_EXTENSIONS = ['pdf', 'docx', 'pptx', 'xlsx', 'png', 'jpg', 'jpeg', 'gif', 'csv', 'txt', 'md'];

export class AttachmentTransferError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'AttachmentTransferError';
  }
}

/** The server answers errors as `{ code, message }`; anything else gets a message by status. */
function messageFrom(status: number, body: unknown): string {
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
    return body.message;
  }
  if (status === 401) {
    return 'Your session has ended. Sign in again.';
  }
  if (status === 404) {
    return 'That file or its asset no longer exists, or you may not see it.';
  }
  if (status === 413) {
    return 'The file is too large.';
  }
  if (status === 0) {
    return 'Cannot reach the Byline server. Check your connection and try again.';
  }
  return `The Byline server answered with an error (HTTP ${status}).`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

export type UploadedAttachment = Pick<AttachmentFieldsFragment, 'id' | 'fileName' | 'sizeBytes'>;

export interface UploadHandle {
  done: Promise<UploadedAttachment>;
  cancel: () => void;
}

/**
 * Posts one file as multipart (form fields first, then the file in field "file") and resolves the server's JSON
 * answer; `onProgress` gets the fraction sent, from 0 to 1.
 */
export function postFile<TAnswer>(
  url: string,
  file: File,
  fields: Record<string, string>,
  onProgress: (fraction: number) => void,
): { done: Promise<TAnswer>; cancel: () => void } {
  const request = new XMLHttpRequest();
  const done = new Promise<TAnswer>((resolve, reject) => {
    request.open('POST', url);
    for (const [name, value] of Object.entries(csrfHeaders())) {
      request.setRequestHeader(name, value);
    }
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) {
        onProgress(event.loaded / event.total);
      }
    });
    request.addEventListener('load', () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300 && body !== null) {
        resolve(body as TAnswer);
      } else {
        reject(new AttachmentTransferError(messageFrom(request.status, body), request.status));
      }
    });
    request.addEventListener('error', () => reject(new AttachmentTransferError(messageFrom(0, null), 0)));
    request.addEventListener('abort', () => reject(new AttachmentTransferError('Upload cancelled.', 0)));
    const form = new FormData();
    // The server reads the fields that come before the file.
    for (const [name, value] of Object.entries(fields)) {
      form.append(name, value);
    }
    form.append('file', file, file.name);
    request.send(form);
  });
  return { done, cancel: () => request.abort() };
}

/** Uploads one file to an asset; `onProgress` gets the fraction sent, from 0 to 1. */
export function uploadAttachment(assetId: string, file: File, onProgress: (fraction: number) => void): UploadHandle {
  return postFile<UploadedAttachment>(`/assets/${encodeURIComponent(assetId)}/attachments`, file, {}, onProgress);
}

/** Downloads an attachment with the session's cookie and hands it to the browser as a file download. */
export async function downloadAttachment(attachment: Pick<AttachmentFieldsFragment, 'downloadPath' | 'fileName'>) {
  let response: Response;
  try {
    response = await fetch(attachment.downloadPath);
  } catch {
    throw new AttachmentTransferError(messageFrom(0, null), 0);
  }
  if (!response.ok) {
    throw new AttachmentTransferError(messageFrom(response.status, parseJson(await response.text())), response.status);
  }
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = attachment.fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // Give the browser a moment to start the download before the URL goes away.
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
