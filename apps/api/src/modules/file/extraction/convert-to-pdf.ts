import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileKind } from './file-kind.js';

const DEFAULT_TIMEOUT_MS = 120_000;
const NAMES = ['soffice', 'libreoffice'];
const KNOWN_PLACES = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];

let found: Promise<string | null> | undefined;

async function executable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

/** The soffice binary on PATH (or where LibreOffice installs it), looked up once. */
function sofficePath(): Promise<string | null> {
  return (found ??= (async () => {
    const onPath = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
    for (const candidate of [...onPath.flatMap((dir) => NAMES.map((name) => join(dir, name))), ...KNOWN_PLACES]) {
      if (await executable(candidate)) return candidate;
    }
    return null;
  })());
}

/** Whether LibreOffice is installed, so PPTX, DOCX and XLSX files can be previewed as PDF. */
export async function sofficeAvailable(): Promise<boolean> {
  return (await sofficePath()) != null;
}

/**
 * PPTX/DOCX/XLSX to PDF with `soffice --headless --convert-to pdf` in a temp dir with a timeout; null when soffice is
 * not installed. Rejects when the conversion fails or takes too long.
 */
export async function convertToPdf(
  path: string,
  kind: FileKind,
  timeoutMs: number = DEFAULT_TIMEOUT_MS,
): Promise<Buffer | null> {
  if (kind === 'PDF') return readFile(path);
  const soffice = await sofficePath();
  if (!soffice) return null;
  const dir = await mkdtemp(join(tmpdir(), 'byline-convert-'));
  try {
    // soffice picks the import filter by extension, and the stored file has none.
    const input = join(dir, `input.${kind.toLowerCase()}`);
    await copyFile(path, input);
    await run(
      soffice,
      [
        // A profile of its own, so that conversions never wait on another soffice's lock.
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--norestore',
        '--nolockcheck',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      timeoutMs,
    );
    return await readFile(join(dir, 'input.pdf')).catch(() => {
      throw new Error(`LibreOffice did not convert the ${kind} file to PDF.`);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a time-out ends soffice.bin too.
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
      reject(new Error(`LibreOffice took longer than ${Math.ceil(timeoutMs / 1000)} s to convert the file.`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`LibreOffice failed to convert the file (exit code ${code}): ${stderr.trim()}`));
    });
  });
}
