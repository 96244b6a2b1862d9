import { csrfHeaders } from '../../core/session';
import type { ImportResultFieldsFragment } from '../../generated/graphql';
import type { ImportKind } from './import-kinds';

// Imports go to POST /imports/{kind} as a text/csv body (up to 25 MB) with the session's cookie, through
// XMLHttpRequest: the one browser API that reports how much of an upload was sent.

export type ImportResult = ImportResultFieldsFragment;

export class ImportUploadError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
    this.name = 'ImportUploadError';
  }
}

interface ErrorBody {
  code?: unknown;
  message?: unknown;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function isImportResult(body: unknown): body is ImportResult {
  return (
    typeof body === 'object' &&
    body !== null &&
    'created' in body &&
    'errors' in body &&
    Array.isArray((body as { errors: unknown }).errors)
  );
}

/** The server answers errors as `{ statusCode, code, message, field? }`; anything else gets a message by status. */
export function importErrorFrom(status: number, body: unknown): ImportUploadError {
  const { code, message } = (typeof body === 'object' && body !== null ? body : {}) as ErrorBody;
  const apiCode = typeof code === 'string' ? code : null;
  if (typeof message === 'string' && message) {
    return new ImportUploadError(message, status, apiCode);
  }
  const fallback =
    status === 0
      ? 'Cannot reach the Byline server. Check your connection and try again.'
      : status === 401
        ? 'Your session has ended. Sign in again.'
        : status === 403
          ? 'Your role may not run this import.'
          : status === 413
            ? 'The file is larger than 25 MB.'
            : `The Byline server answered with an error (HTTP ${status}).`;
  return new ImportUploadError(fallback, status, apiCode);
}

export interface ImportUploadCallbacks {
  /** Bytes sent so far, of `total`. */
  onProgress: (sent: number, total: number) => void;
  /** The whole file is sent; the server is now reading it. */
  onUploaded: () => void;
}

export interface ImportUploadHandle {
  done: Promise<ImportResult>;
  cancel: () => void;
}

export function uploadImport(kind: ImportKind, file: Blob, callbacks: ImportUploadCallbacks): ImportUploadHandle {
  const request = new XMLHttpRequest();
  const done = new Promise<ImportResult>((resolve, reject) => {
    request.open('POST', `/imports/${kind}`);
    request.setRequestHeader('content-type', 'text/csv');
    for (const [name, value] of Object.entries(csrfHeaders())) {
      request.setRequestHeader(name, value);
    }
    request.upload.addEventListener('progress', (event) => {
      callbacks.onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    });
    request.upload.addEventListener('load', () => {
      callbacks.onProgress(file.size, file.size);
      callbacks.onUploaded();
    });
    request.addEventListener('load', () => {
      const body = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300 && isImportResult(body)) {
        resolve(body);
      } else {
        reject(importErrorFrom(request.status, body));
      }
    });
    request.addEventListener('error', () => reject(importErrorFrom(0, null)));
    request.addEventListener('abort', () => reject(new ImportUploadError('Import cancelled.', 0, 'ABORTED')));
    request.send(file);
  });
  return { done, cancel: () => request.abort() };
}
