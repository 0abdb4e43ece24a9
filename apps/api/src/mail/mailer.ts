import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export const MAILER = Symbol('MAILER');

/**
 * SMTP when SMTP_URL is set. Without it, in development the message (with its link) is written to
 * the server log so a developer can follow it; in production nothing is logged but a warning,
 * because a link in a log is a credential in a log.
 */
@Injectable()
export class ConfiguredMailer implements Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.mail.smtpUrl ? nodemailer.createTransport(config.mail.smtpUrl) : null;
  }

  async send(message: MailMessage): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ from: this.config.mail.from, ...message });
      return;
    }
    if (this.config.isProduction) {
      this.logger.warn(`SMTP_URL is not set: an email "${message.subject}" could not be sent.`);
      return;
    }
    this.logger.log(`(development, no SMTP_URL) To: ${message.to}\nSubject: ${message.subject}\n\n${message.text}`);
  }
}
