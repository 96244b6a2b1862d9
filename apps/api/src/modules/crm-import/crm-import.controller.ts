import { Controller, HttpCode, Post, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { CurrentViewer } from '../../core/auth/current-viewer.decorator.js';
import { Roles } from '../../core/auth/permissions.decorator.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { badInput } from '../../core/graphql/errors.js';
import { Role } from '../user/user.entity.js';
import { CrmImportService, tooLarge } from './crm-import.service.js';
import type { ImportResultObject } from './dto/import-result.object.js';
import { MAX_IMPORT_BYTES } from './import-kind.js';
import type { ImportKind } from './import-kind.js';

/**
 * POST /imports/{accounts,teams,deals} with the file as the `text/csv` body and a bearer token: the same imports as
 * the GraphQL mutations, with the same roles, for files up to 25 MB. They have their own route so that /graphql
 * keeps Fastify's 1 MB body limit for everything else; the body is streamed through the parser, never held whole,
 * and its declared length is checked before anything is read, so an oversized file writes nothing.
 */
@Controller('imports')
export class CrmImportController {
  constructor(private readonly imports: CrmImportService) {}

  @Post('accounts')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  accounts(@Req() req: FastifyRequest, @CurrentViewer() viewer: Viewer): Promise<ImportResultObject> {
    return this.receive('accounts', req, viewer);
  }

  @Post('teams')
  @HttpCode(200)
  @Roles(Role.ADMIN)
  teams(@Req() req: FastifyRequest, @CurrentViewer() viewer: Viewer): Promise<ImportResultObject> {
    return this.receive('teams', req, viewer);
  }

  @Post('deals')
  @HttpCode(200)
  @Roles(Role.MANAGER, Role.ADMIN)
  deals(@Req() req: FastifyRequest, @CurrentViewer() viewer: Viewer): Promise<ImportResultObject> {
    return this.receive('deals', req, viewer);
  }

  private receive(kind: ImportKind, req: FastifyRequest, viewer: Viewer): Promise<ImportResultObject> {
    if (!/^text\/csv\b/i.test(req.headers['content-type'] ?? '')) {
      throw badInput('csv', 'Send the file as the request body with content-type: text/csv.');
    }
    const length = Number(req.headers['content-length']);
    if (!req.headers['content-length'] || !Number.isSafeInteger(length)) {
      throw badInput('csv', 'Send the file with a Content-Length header (chunked uploads are not accepted).');
    }
    if (length > MAX_IMPORT_BYTES) throw tooLarge(length);
    return this.imports.run(kind, req.raw, viewer);
  }
}
