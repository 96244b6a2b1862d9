import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import '@fastify/multipart';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { RequestWithViewer } from '../../core/graphql/context.js';
import { badInput, notFound } from '../../core/graphql/errors.js';
import { FileService } from './file.service.js';

/** Files as content over plain HTTP: a draft from a dropped file, and what is made from a file to preview it by. */
@Controller()
export class FileController {
  constructor(private readonly files: FileService) {}

  /**
   * A draft asset from one dropped file (multipart, field "file"; optional fields "kind" and "visibility" before
   * it): `{ id, title, version }` of the draft, whose title, summary and body follow once the file is read.
   */
  @Post('assets/from-file')
  @Authenticated()
  @HttpCode(201)
  async fromFile(
    @CurrentViewer() viewer: Viewer,
    @Req() req: RequestWithViewer,
  ): Promise<{ id: string; title: string; version: number }> {
    if (!req.isMultipart()) throw badInput('file', 'Send the file as multipart/form-data in a field named "file".');
    const part = await req.file();
    if (!part || part.fieldname !== 'file') throw badInput('file', 'Send the file in a field named "file".');
    const fields: Record<string, string | undefined> = {};
    for (const [name, field] of Object.entries(part.fields)) {
      const value = Array.isArray(field) ? field[0] : field;
      if (value && value.type === 'field' && typeof value.value === 'string') fields[name] = value.value;
    }
    const options = (() => {
      try {
        return FileService.fromFileOptions(fields);
      } catch (error) {
        part.file.resume();
        throw error;
      }
    })();
    const asset = await this.files.createFromFile(
      viewer,
      { fileName: part.filename, stream: part.file, truncated: () => part.file.truncated },
      options,
    );
    return { id: asset.id, title: asset.title, version: asset.version };
  }

  /** The PDF an attachment is previewed by (itself, or LibreOffice's conversion), to those who may download it. */
  @Get('attachments/:id/preview')
  @Authenticated()
  async preview(
    @CurrentViewer() viewer: Viewer,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { attachment, path } = await this.files.derivedFile(viewer, id, 'preview');
    const name = attachment.fileName.replace(/\.[a-z0-9]+$/i, '') + '.pdf';
    await this.send(reply, path, 'application/pdf', {
      'content-disposition': `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
      // Rendered by pdf.js in the page, never by the browser's own viewer with the app's origin.
      'content-security-policy': "sandbox; default-src 'none'",
      'cache-control': 'private, no-store',
    });
  }

  /** A picture of an attachment's first page, to those who may download it. */
  @Get('attachments/:id/thumbnail')
  @Authenticated()
  async thumbnail(
    @CurrentViewer() viewer: Viewer,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { path } = await this.files.derivedFile(viewer, id, 'thumbnail');
    await this.send(reply, path, 'image/png', { 'cache-control': 'private, max-age=300' });
  }

  private async send(reply: FastifyReply, path: string, type: string, headers: Record<string, string>): Promise<void> {
    const size = await stat(path).then(
      (s) => s.size,
      () => {
        throw notFound('File');
      },
    );
    await reply
      .headers({ ...headers, 'content-type': type, 'content-length': size, 'x-content-type-options': 'nosniff' })
      .send(createReadStream(path));
  }
}
