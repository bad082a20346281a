import nodemailer, { type Transporter } from 'nodemailer';
import type { Connection, Names, QueueOf } from '../../config/deployment';
import { PermanentDeliveryError, TransientDeliveryError, type Delivery, type Transport } from '../transport';
import { EmailTemplate } from './emailMessage';

type SmtpConnection = Extract<Connection, { type: 'smtp' }>;

/**
 * SMTP with nodemailer: subject, plain-text and HTML bodies from the queue's templates (emailMessage.ts); with
 * `"emailContent": "report"` the routed report attached as JSON, with `notice` (the default) only a link to it in the
 * staff inbox; the idempotency key as the Message-ID and in X-DG-Idempotency-Key. 5xx replies and refused addresses are final;
 * 4xx replies and connection problems are retried.
 */
export class EmailTransport implements Transport {
  private readonly transporter: Transporter;
  private readonly template: EmailTemplate;

  constructor(
    private readonly queue: QueueOf<'email'>,
    private readonly connection: SmtpConnection,
    secrets: Record<string, string>,
    /** The folder of the queue's email template (deployment/config/email/<template>). */
    templateFolder: string,
    /** The address of a report's page in the staff inbox. */
    private readonly inboxUrl: (reference: string) => string,
    names: Names,
  ) {
    this.template = new EmailTemplate(templateFolder, names);
    const user = connection.userSetting ? secrets[connection.userSetting] : undefined;
    const pass = connection.passwordSetting ? secrets[connection.passwordSetting] : undefined;
    this.transporter = nodemailer.createTransport({
      host: connection.host,
      port: connection.port,
      secure: connection.secure,
      requireTLS: connection.requireTLS,
      ignoreTLS: !connection.secure && !connection.requireTLS && connection.allowUnverifiedCertificate,
      tls: { rejectUnauthorized: !connection.allowUnverifiedCertificate, minVersion: 'TLSv1.2' },
      ...(user ? { auth: { user, pass } } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 20_000,
    });
  }

  async send({ report, idempotencyKey }: Delivery): Promise<void> {
    const { subject, text, html } = this.template.render(report, this.queue.name, this.inboxUrl(report.reference));
    const whole = this.queue.emailContent === 'report';
    try {
      await this.transporter.sendMail({
        from: this.connection.from,
        to: this.queue.to,
        subject,
        text,
        html,
        messageId: `<${idempotencyKey.replace(/[^A-Za-z0-9.-]/g, '.')}@dg-community-safety-bot>`,
        headers: { 'X-DG-Idempotency-Key': idempotencyKey },
        attachments: whole
          ? [{ filename: `${report.reference}.json`, content: JSON.stringify(report, null, 2), contentType: 'application/json' }]
          : [],
      });
    } catch (err) {
      const e = err as { responseCode?: number; code?: string };
      if (e.responseCode !== undefined) {
        if (e.responseCode >= 500) throw new PermanentDeliveryError(`smtp_${e.responseCode}`);
        throw new TransientDeliveryError(`smtp_${e.responseCode}`);
      }
      // No server reply: an address nodemailer refuses is final; connection problems are worth retrying.
      if (e.code === 'EENVELOPE') throw new PermanentDeliveryError('smtp_invalid_address');
      throw new TransientDeliveryError(e.code ?? 'smtp_error');
    }
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}
