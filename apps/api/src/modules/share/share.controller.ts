import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../../core/auth/permissions.decorator.js';
import { SESSION_COOKIE } from '../../core/auth/web-session.js';
import { SHARE_CSS } from './share-page.js';
import { GATE_COOKIE, ShareViewService } from './share-view.service.js';
import type { PublicAnswer, ShareRequest } from './share-view.service.js';

/** Headers of every share-link answer: never cached, never indexed, no referrer to wherever the buyer goes next. */
function privateHeaders(reply: FastifyReply): FastifyReply {
  return reply
    .header('x-robots-tag', 'noindex, nofollow')
    .header('cache-control', 'private, no-store')
    .header('referrer-policy', 'no-referrer');
}

function shareRequest(req: FastifyRequest): ShareRequest {
  return {
    method: req.method,
    headers: req.headers,
    address: req.ip,
    cookies: req.cookies ?? {},
    signedIn: Boolean(req.cookies?.[SESSION_COOKIE]),
  };
}

/** The buyer's side of share links: no login; unknown, revoked and expired links all get the same 410. */
@Controller('s')
export class ShareController {
  constructor(private readonly views: ShareViewService) {}

  @Get('_/style.css')
  @Public()
  async style(@Res() reply: FastifyReply): Promise<void> {
    await reply.header('cache-control', 'public, max-age=86400').type('text/css; charset=utf-8').send(SHARE_CSS);
  }

  // HEAD is answered by this route too (Fastify derives it): same status, no body, nothing recorded.
  @Get(':token')
  @Public()
  async page(@Param('token') token: string, @Req() req: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    await this.answer(reply, await this.views.page(token, shareRequest(req), reply.styleNonce));
  }

  @Post(':token/gate')
  @Public()
  async gate(
    @Param('token') token: string,
    @Body() body: unknown,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const email = typeof body === 'object' && body !== null ? (body as { email?: unknown }).email : undefined;
    const answer = await this.views.gate(token, email, shareRequest(req), reply.styleNonce);
    if (answer.status === 303 && answer.cookie) {
      void reply.setCookie(GATE_COOKIE, answer.cookie.value, {
        path: `/s/${encodeURIComponent(token)}`,
        httpOnly: true,
        sameSite: 'lax',
        secure: req.protocol === 'https',
        maxAge: answer.cookie.maxAgeSeconds,
      });
    }
    await this.answer(reply, answer);
  }

  @Get(':token/files/:attachmentId')
  @Public()
  async file(
    @Param('token') token: string,
    @Param('attachmentId') attachmentId: string,
    @Query('download') download: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const found = await this.views.file(token, attachmentId, shareRequest(req));
    privateHeaders(reply);
    if (found === 'limited') return this.answer(reply, { status: 429, retryAfter: 60 });
    if (found === 'gone') return this.answer(reply, { status: 410, html: this.views.gonePage() });
    if (!found) {
      await reply.code(404).type('application/json').send({ statusCode: 404, message: 'Not found' });
      return;
    }
    const { attachment, stream } = found;
    const inline = attachment.contentType === 'application/pdf' && download === undefined;
    await reply
      .header('content-type', attachment.contentType)
      .header('content-length', attachment.sizeBytes)
      .header(
        'content-disposition',
        `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
      )
      .header('x-content-type-options', 'nosniff')
      .send(stream);
  }

  @Post(':token/beacon')
  @Public()
  async beacon(
    @Param('token') token: string,
    @Body() body: unknown,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const batch = body !== null && typeof body === 'object' && 'beacons' in body ? body.beacons : undefined;
    if (batch !== undefined) {
      const answers = await this.views.beacons(token, batch, shareRequest(req));
      privateHeaders(reply);
      if (!Array.isArray(answers)) {
        await reply
          .code(400)
          .send({ statusCode: 400, code: 'BAD_USER_INPUT', message: (answers as { message?: string }).message });
        return;
      }
      await reply.code(200).send({
        results: answers.map((a, index) => ({
          index,
          status: a.status,
          ...('message' in a ? { message: a.message } : {}),
          ...('retryAfter' in a ? { retryAfter: a.retryAfter } : {}),
        })),
      });
      return;
    }
    const answer = await this.views.beacon(token, body, shareRequest(req));
    privateHeaders(reply);
    if (answer.status === 429) {
      await reply.code(429).header('retry-after', String(answer.retryAfter)).send({ statusCode: 429 });
    } else if (answer.status === 400) {
      await reply.code(400).send({ statusCode: 400, code: 'BAD_USER_INPUT', message: answer.message });
    } else if (answer.status === 410) {
      await reply.code(410).type('text/html; charset=utf-8').send(this.views.gonePage());
    } else {
      await reply.code(204).send();
    }
  }

  private async answer(reply: FastifyReply, answer: PublicAnswer): Promise<void> {
    privateHeaders(reply);
    if (answer.status === 303) {
      await reply.code(303).header('location', answer.location).send();
    } else if (answer.status === 429) {
      await reply
        .code(429)
        .header('retry-after', String(answer.retryAfter))
        .type('text/plain; charset=utf-8')
        .send('Too many requests; try again shortly.');
    } else {
      await reply.code(answer.status).type('text/html; charset=utf-8').send(answer.html);
    }
  }
}
