import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { FileRejected, megabytes } from './file-rejected.js';
import type { ExtractionLimits } from './file-rejected.js';

type ZipLimits = Pick<ExtractionLimits, 'maxZipEntries' | 'maxExpandedBytes'>;

/**
 * A PPTX, DOCX or XLSX opened for reading. Its central directory is checked on open (entry count, declared sizes,
 * encrypted entries); the parts read are inflated with every real byte counted against `maxExpandedBytes`, since a
 * zip's declared sizes can lie.
 */
export class ZipArchive {
  private inflated = 0;

  private constructor(
    private readonly zip: ZipFile,
    private readonly fileName: string,
    private readonly limits: ZipLimits,
    readonly entries: ReadonlyMap<string, Entry>,
    readonly declaredBytes: number,
  ) {}

  static async open(path: string, fileName: string, limits: ZipLimits): Promise<ZipArchive> {
    const zip = await new Promise<ZipFile>((resolve, reject) =>
      yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: false }, (error, opened) =>
        error ? reject(corrupt(fileName)) : resolve(opened),
      ),
    );
    try {
      if (zip.entryCount > limits.maxZipEntries) {
        throw new FileRejected(
          'ZIP_LIMIT',
          `“${fileName}” holds ${zip.entryCount} parts, more than the ${limits.maxZipEntries} a document may have.`,
        );
      }
      const entries = await readDirectory(zip, fileName);
      let declared = 0;
      for (const entry of entries.values()) {
        if (entry.generalPurposeBitFlag & 1) {
          throw new FileRejected(
            'ENCRYPTED',
            `“${fileName}” is password-protected: remove the password and try again.`,
          );
        }
        declared += entry.uncompressedSize;
      }
      if (declared > limits.maxExpandedBytes) throw tooBig(fileName, limits);
      return new ZipArchive(zip, fileName, limits, entries, declared);
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's bytes, or null when there is no such part. */
  async read(name: string): Promise<Buffer | null> {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
      this.zip.openReadStream(entry, (error, opened) => (error ? reject(corrupt(this.fileName)) : resolve(opened))),
    );
    const chunks: Buffer[] = [];
    return new Promise<Buffer>((resolve, reject) => {
      stream.on('data', (chunk: Buffer) => {
        this.inflated += chunk.length;
        if (this.inflated > this.limits.maxExpandedBytes) {
          (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
          reject(tooBig(this.fileName, this.limits));
          return;
        }
        chunks.push(chunk);
      });
      stream.on('error', () => reject(corrupt(this.fileName)));
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    });
  }

  async text(name: string): Promise<string | null> {
    return (await this.read(name))?.toString('utf8') ?? null;
  }

  /** Real bytes inflated so far. */
  get inflatedBytes(): number {
    return this.inflated;
  }

  close(): void {
    this.zip.close();
  }
}

function readDirectory(zip: ZipFile, fileName: string): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', () => reject(corrupt(fileName)));
    zip.readEntry();
  });
}

const corrupt = (fileName: string) =>
  new FileRejected('CORRUPT', `“${fileName}” is damaged and cannot be read as a document.`);

const tooBig = (fileName: string, limits: ZipLimits) =>
  new FileRejected(
    'ZIP_LIMIT',
    `“${fileName}” expands to more than ${megabytes(limits.maxExpandedBytes)} when unpacked, more than a document may.`,
  );
