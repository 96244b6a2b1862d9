import { Inject, Injectable } from '@nestjs/common';
import type { OnModuleDestroy } from '@nestjs/common';
import { createTransport } from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../core/config/config.js';
import type { AppConfig } from '../../core/config/config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends email through the SMTP server of BYLINE_SMTP_URL; without one, `available` is false and nothing is sent. */
@Injectable()
export class NotificationMailer implements OnModuleDestroy {
  private transport: Transporter | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get available(): boolean {
    return Boolean(this.config.mail);
  }

  async send(mail: OutgoingMail): Promise<void> {
    const settings = this.config.mail;
    if (!settings) throw new Error('No SMTP server is configured (BYLINE_SMTP_URL).');
    this.transport ??= createTransport(settings.smtpUrl);
    await this.transport.sendMail({ from: settings.from, ...mail });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
