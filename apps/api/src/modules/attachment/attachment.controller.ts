import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import '@fastify/multipart';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { RequestWithViewer } from '../../core/graphql/context.js';
import { badInput } from '../../core/graphql/errors.js';
import { AttachmentService } from './attachment.service.js';
import { toAttachmentObject } from './dto/attachment.object.js';
import type { AttachmentObject } from './dto/attachment.object.js';

/** Files move over plain HTTP (multipart up, a stream down), with the same bearer token as the API. */
@Controller()
export class AttachmentController {
  constructor(private readonly attachments: AttachmentService) {}

  @Post('assets/:assetId/attachments')
  @Authenticated()
  @HttpCode(201)
  async upload(
    @CurrentViewer() viewer: Viewer,
    @Param('assetId', new ParseUUIDPipe()) assetId: string,
    @Req() req: RequestWithViewer,
  ): Promise<AttachmentObject> {
    if (!req.isMultipart()) throw badInput('file', 'Send the file as multipart/form-data in a field named "file".');
    const part = await req.file();
    if (!part || part.fieldname !== 'file') throw badInput('file', 'Send the file in a field named "file".');
    const saved = await this.attachments.upload(viewer, assetId, {
      fileName: part.filename,
      stream: part.file,
      truncated: () => part.file.truncated,
    });
    return toAttachmentObject(saved);
  }

  @Get('attachments/:id')
  @Authenticated()
  async download(
    @CurrentViewer() viewer: Viewer,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { attachment, stream } = await this.attachments.open(viewer, id);
    // Always a download, never rendered by the browser, with the type Byline assigned rather than the uploader's.
    await reply
      .header('content-type', attachment.contentType)
      .header('content-length', attachment.sizeBytes)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(stream);
  }

  @Delete('attachments/:id')
  @Authenticated()
  @HttpCode(204)
  async remove(@CurrentViewer() viewer: Viewer, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.attachments.remove(viewer, id);
  }
}
