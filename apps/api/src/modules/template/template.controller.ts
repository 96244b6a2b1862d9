import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Authenticated } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { notFound } from '../../core/graphql/errors.js';
import { AssetReadService } from '../asset/asset-read.service.js';
import { ATTACHMENT_TYPES } from '../attachment/attachment-types.js';
import { AttachmentService } from '../attachment/attachment.service.js';
import { markdownToDocx } from './template-docx.js';

/** An asset as a DOCX: its filled DOCX file if it has one, else its Markdown written as a document. */
@Controller()
export class TemplateController {
  constructor(
    private readonly assets: AssetReadService,
    private readonly attachments: AttachmentService,
  ) {}

  @Get('assets/:id/export.docx')
  @Authenticated()
  async exportDocx(
    @CurrentViewer() viewer: Viewer,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const [asset] = await this.assets.findVisible(viewer, [id]);
    if (!asset) throw notFound('Asset');
    const file = await this.attachments.newestVisibleDocx(viewer, id);
    const bytes = file?.bytes ?? (await markdownToDocx(asset.title, asset.body));
    const name = `${asset.title}.docx`;
    const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
    await reply
      .header('content-type', ATTACHMENT_TYPES.docx.contentType)
      .header('content-length', bytes.length)
      .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(bytes);
  }
}
