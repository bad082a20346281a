import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { PermanentDeliveryError, TransientDeliveryError } from '../../../services/delivery/transport';
import { EmailTransport } from '../../../services/delivery/transports/email';
import { ukPeriod } from '../../../services/delivery/transports/emailMessage';
import { inboxLinks, namesOf, type Connection, type QueueOf } from '../../../services/config/deployment';
import { parseSettings } from '../../../services/config/settings';
import { loadDirectory } from '../../../services/signposting/directory';
import { createTransports } from '../../../services/delivery/transports';
import { configWith, sampleReport } from '../../fixtures/delivery';
import { CONFIG_DIR, DIRECTORY_FILE, tempDir } from '../../fixtures/services';

const queue: QueueOf<'email'> = {
  id: 'gravesham-csu',
  name: 'Gravesham Community Safety Unit',
  partner: 'Gravesham Borough Council',
  transport: 'email',
  connection: 'council',
  to: ['csu@gravesham.example'],
  emailContent: 'report',
};
const inboxUrl = (reference: string) => `https://report.example.gov.uk/staff/reports/${reference}`;
/** The shipped template. */
const TEMPLATE = path.join(CONFIG_DIR, 'email', 'report');
/** Boroughs, queues and services by name, as in the shipped configuration and directory. */
const names = namesOf(
  {
    boroughs: [{ id: 'gravesham', name: 'Gravesham' }] as never,
    queues: [queue, { id: 'kent-police-hate-crime', name: 'Kent Police hate crime' }] as never,
  },
  loadDirectory(DIRECTORY_FILE),
);

describe('email delivery (real SMTP server, message parsed back)', function () {
  this.timeout(20_000);
  let server: SMTPServer;
  let port: number;
  let received: Array<{ mail: ParsedMail; raw: string; from: string; to: string[]; user?: string; secure: boolean }>;
  let rejectRecipient: number | undefined;

  beforeEach(async () => {
    received = [];
    rejectRecipient = undefined;
    server = new SMTPServer({
      authOptional: true,
      allowInsecureAuth: false,
      logger: false,
      onAuth(auth, _session, cb) {
        if (auth.username === 'csp-bot' && auth.password === 'smtp-test-password') cb(null, { user: auth.username });
        else cb(new Error('bad credentials'));
      },
      onRcptTo(address, _session, cb) {
        if (rejectRecipient) {
          const err = new Error(rejectRecipient >= 500 ? 'no such mailbox' : 'try later') as Error & { responseCode: number };
          err.responseCode = rejectRecipient;
          return cb(err);
        }
        cb();
      },
      onData(stream, session, cb) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          received.push({
            mail: await simpleParser(raw),
            raw,
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            user: session.user as string | undefined,
            secure: session.secure,
          });
          cb();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    port = (server.server.address() as AddressInfo).port;
  });
  afterEach(async () => new Promise<void>((resolve) => server.close(() => resolve())));

  const connection = (extra: Partial<Extract<Connection, { type: 'smtp' }>> = {}): Extract<Connection, { type: 'smtp' }> => ({
    type: 'smtp',
    host: '127.0.0.1',
    port,
    secure: false,
    requireTLS: true,
    // The test server's certificate is self-signed.
    allowUnverifiedCertificate: true,
    userSetting: 'SMTP_USER',
    passwordSetting: 'SMTP_PASSWORD',
    from: 'reports@dg-csp.example',
    ...extra,
  });
  const secrets = { SMTP_USER: 'csp-bot', SMTP_PASSWORD: 'smtp-test-password' };

  it('sends text and HTML built from the report, with the report attached, over STARTTLS with auth', async () => {
    const transport = new EmailTransport(queue, connection(), secrets, TEMPLATE, inboxUrl, names);
    const report = sampleReport('DG-7K3Q9-XMP4C', {
      categories: ['intimidation', 'noise'],
      hate: true,
      strands: ['race', 'religion'],
      where: { text: 'Riverview Park', postcode: 'DA12 1AB', borough: 'gravesham' },
      queues: ['kent-police-hate-crime', 'gravesham-csu'],
      createdAt: '2026-07-04T19:05:00.000Z',
      signposted: ['crimestoppers', 'an-id-no-longer-listed'],
    });
    await transport.send({ report, queue, idempotencyKey: 'DG-7K3Q9-XMP4C:gravesham-csu', attempt: 1 });
    await transport.close();
    assert.equal(received.length, 1);
    const { mail, to, from, user, secure } = received[0]!;
    assert.equal(secure, true, 'upgraded to TLS');
    assert.equal(user, 'csp-bot', 'authenticated with the secret from settings');
    assert.deepEqual(to, ['csu@gravesham.example']);
    assert.equal(from, 'reports@dg-csp.example');
    assert.equal(mail.subject, '[DG-7K3Q9-XMP4C] intimidation; hate (race, religion), Gravesham: Riverview Park');
    assert.match(mail.text ?? '', /^Reference: DG-7K3Q9-XMP4C$/m);
    // Staff read names and UK time, not ids and instants (the attached JSON keeps those).
    assert.match(mail.text ?? '', /^Received: Sat 4 Jul 2026, 20:05$/m);
    assert.match(mail.text ?? '', /^Where: Riverview Park \(DA12 1AB\); borough: Gravesham$/m);
    assert.match(mail.text ?? '', /^Sent to: Kent Police hate crime, Gravesham Community Safety Unit$/m);
    // The services the resident was given, by name (an id the directory no longer lists, as is).
    assert.match(mail.text ?? '', /^Signposted: Crimestoppers, an-id-no-longer-listed$/m);
    assert.match(mail.text ?? '', /^What happened: Loud music every night$/m);
    assert.match(String(mail.html), /<th[^>]*>Hate incident<\/th><td[^>]*>yes \(race, religion\)<\/td>/);
    assert.equal(mail.headers.get('x-dg-idempotency-key'), 'DG-7K3Q9-XMP4C:gravesham-csu');
    assert.equal(mail.messageId, '<DG-7K3Q9-XMP4C.gravesham-csu@dg-community-safety-bot>');
    assert.equal(mail.attachments.length, 1);
    assert.equal(mail.attachments[0]!.filename, 'DG-7K3Q9-XMP4C.json');
    assert.deepEqual(JSON.parse(mail.attachments[0]!.content.toString('utf8')), report);
  });

  it("gives the period the resident's words were read as in UK time, as staff say it (the JSON keeps the instants)", async () => {
    const transport = new EmailTransport(queue, connection(), secrets, TEMPLATE, inboxUrl, names);
    const report = sampleReport('DG-7K3Q9-XMP4D', {
      when: { text: 'last saturday night', start: '2026-11-28T20:00:00.000Z', end: '2026-11-28T23:59:59.000Z', ongoing: false },
    });
    await transport.send({ report, queue, idempotencyKey: 'DG-7K3Q9-XMP4D:gravesham-csu', attempt: 1 });
    await transport.close();
    assert.match(received[0]!.mail.text ?? '', /^When: last saturday night \(Sat 28 Nov 2026, 20:00 to 23:59\)$/m);
    // British Summer Time, and a period over midnight.
    assert.equal(ukPeriod('2026-07-04T19:30:00.000Z', '2026-07-04T22:00:00.000Z'), 'Sat 4 Jul 2026, 20:30 to 23:00');
    assert.equal(ukPeriod('2026-11-28T22:00:00.000Z', '2026-11-29T02:00:00.000Z'), 'Sat 28 Nov 2026, 22:00 to Sun 29 Nov 2026, 02:00');
    assert.equal(ukPeriod('2026-11-28T22:00:00.000Z', undefined), 'from Sat 28 Nov 2026, 22:00');
  });

  it('names a borough outside the configuration as staff would say it, and an id it does not know as itself', () => {
    assert.equal(names.borough('gravesham'), 'Gravesham');
    assert.equal(names.borough('outside'), 'Outside the area');
    assert.equal(names.borough('unknown'), 'Not known');
    assert.equal(names.borough('constructor'), 'constructor', 'no inherited property read as a name');
    assert.equal(names.queue('gravesham-csu'), 'Gravesham Community Safety Unit');
    assert.equal(names.queue('retired-queue'), 'retired-queue');
  });

  it('escapes hostile input in the HTML and keeps it out of the headers', async () => {
    const transport = new EmailTransport(queue, connection(), secrets, TEMPLATE, inboxUrl, names);
    const report = sampleReport('DG-22222-22223', {
      narrative: '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"',
      where: { text: 'Park\r\nBcc: victim@evil.example\r\nX-Evil: yes', borough: 'gravesham' },
      peopleInvolved: '</td></tr></table><h1>fake</h1>',
    });
    await transport.send({ report, queue, idempotencyKey: 'DG-22222-22223:gravesham-csu', attempt: 1 });
    await transport.close();
    const { mail, raw, to } = received[0]!;
    const html = String(mail.html);
    assert.ok(!html.includes('<script>') && !html.includes('<img') && !html.includes('<h1>fake'), 'no live markup from the resident');
    assert.match(html, /&lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt;/);
    assert.match(html, /&lt;\/td&gt;&lt;\/tr&gt;&lt;\/table&gt;/);
    assert.deepEqual(to, ['csu@gravesham.example'], 'no extra recipient');
    assert.equal(mail.bcc, undefined);
    assert.equal(mail.headers.get('x-evil'), undefined);
    const headerBlock = raw.split(/\r?\n\r?\n/)[0]!;
    assert.ok(!/^Bcc:/im.test(headerBlock) && !/^X-Evil:/im.test(headerBlock), 'no injected header lines');
    assert.equal(mail.subject, '[DG-22222-22223] noise, Gravesham: Park Bcc: victim@evil.example X-Evil: y…', 'one line, cut at 40 characters');
    assert.match(mail.text ?? '', /<script>alert/, 'the plain text keeps the words as written');
  });

  it('treats a refused address (5xx) as final and a 4xx as worth retrying', async () => {
    const transport = new EmailTransport(queue, connection(), secrets, TEMPLATE, inboxUrl, names);
    rejectRecipient = 550;
    await assert.rejects(transport.send({ report: sampleReport('DG-22222-22224'), queue, idempotencyKey: 'k', attempt: 1 }), (err: Error) => {
      assert.ok(err instanceof PermanentDeliveryError, err.name);
      return true;
    });
    rejectRecipient = 451;
    await assert.rejects(transport.send({ report: sampleReport('DG-22222-22225'), queue, idempotencyKey: 'k2', attempt: 1 }), (err: Error) => {
      assert.ok(err instanceof TransientDeliveryError, err.name);
      assert.equal((err as TransientDeliveryError).errorClass, 'smtp_451');
      return true;
    });
    await transport.close();
  });

  it('an unreachable server is worth retrying', async () => {
    const transport = new EmailTransport(queue, connection({ port: 1 }), secrets, TEMPLATE, inboxUrl, names);
    await assert.rejects(transport.send({ report: sampleReport('DG-22222-22226'), queue, idempotencyKey: 'k', attempt: 1 }), TransientDeliveryError);
    await transport.close();
  });

  it("a council's own template, named by the queue, is what the partner receives", async () => {
    const config = configWith(
      { 'gravesham-csu': { transport: 'email', connection: 'council', to: ['csu@gravesham.example'], template: 'gravesham-short' } as never },
      { council: connection() },
    );
    try {
      const folder = path.join(config.dir, 'email', 'gravesham-short');
      cpSync(path.join(config.dir, 'email', 'report'), folder, { recursive: true });
      writeFileSync(path.join(folder, 'subject.njk'), 'Gravesham CSU: {{ report.reference }} ({{ f.category }})\n');
      writeFileSync(path.join(folder, 'text.njk'), 'Please see the attached report {{ report.reference }} for {{ queueName }}.\n');
      const deployment = config.load(secrets);
      const own = deployment.queues.find((q) => q.id === 'gravesham-csu') as QueueOf<'email'>;
      assert.equal(own.template, 'gravesham-short');
      const transport = new EmailTransport(own, connection(), secrets, path.join(deployment.emailTemplatesDir, own.template!), inboxUrl, names);
      await transport.send({ report: sampleReport('DG-7K3Q9-XMP4C'), queue: own, idempotencyKey: 'DG-7K3Q9-XMP4C:gravesham-csu', attempt: 1 });
      await transport.close();
      assert.equal(received[0]!.mail.subject, 'Gravesham CSU: DG-7K3Q9-XMP4C (noise)');
      assert.equal(received[0]!.mail.text?.trim(), 'Please see the attached report DG-7K3Q9-XMP4C for Gravesham Community Safety Unit.');
    } finally {
      config.remove();
    }
  });

  it('a notice email (the default for a queue) holds the reference, type, borough, flags and the inbox link, nothing the resident wrote, and no attachment', async () => {
    const config = configWith(
      { 'gravesham-csu': { transport: 'email', connection: 'council', to: ['csu@gravesham.example'] } as never },
      { council: connection() },
    );
    try {
      const deployment = config.load(secrets);
      const notice = deployment.queues.find((q) => q.id === 'gravesham-csu') as QueueOf<'email'>;
      assert.equal(notice.emailContent, 'notice', 'the default');
      const transports = createTransports({ ...deployment, inboxUrl });
      const report = sampleReport('DG-7K3Q9-XMP4C', {
        narrative: 'My neighbour Jo Bloggs at 14 Elm Road shouts at my children',
        where: { text: '14 Elm Road', postcode: 'DA11 0AA', borough: 'gravesham' },
        contact: { name: 'Sam Resident', phone: '07700 900123', safeToLeaveMessage: true },
        categories: ['intimidation'],
        hate: true,
        strands: ['race'],
        emergencyIndicated: true,
      });
      await transports.get('gravesham-csu')!.send({ report, queue: notice, idempotencyKey: 'DG-7K3Q9-XMP4C:gravesham-csu', attempt: 1 });
      for (const t of transports.values()) await t.close?.();
      const { mail } = received[0]!;
      const everything = [mail.subject, mail.text, String(mail.html), ...mail.headerLines.map((h) => h.line)].join('\n');
      assert.equal(mail.subject, 'DANGER INDICATED: [DG-7K3Q9-XMP4C] New report: intimidation; hate, Gravesham');
      assert.match(mail.text ?? '', /^Reference: DG-7K3Q9-XMP4C$/m);
      assert.match(mail.text ?? '', /^Borough: Gravesham$/m);
      assert.match(String(mail.html), /<th[^>]*>Borough<\/th><td[^>]*>Gravesham<\/td>/);
      assert.match(mail.text ?? '', /^Danger indicated: YES/m);
      assert.match(mail.text ?? '', /https:\/\/report\.example\.gov\.uk\/staff\/reports\/DG-7K3Q9-XMP4C/);
      assert.match(String(mail.html), /<a href="https:\/\/report\.example\.gov\.uk\/staff\/reports\/DG-7K3Q9-XMP4C">/);
      assert.equal(mail.attachments.length, 0);
      for (const secret of ['Jo Bloggs', 'Elm Road', 'DA11', 'Sam Resident', '07700', 'shouts', 'race']) {
        assert.ok(!everything.includes(secret), `the notice does not carry "${secret}"`);
      }
    } finally {
      config.remove();
    }
  });

  it('notice emails need the staff inbox, and in production the public address', () => {
    const queues = [{ id: 'x', name: 'X', partner: 'P', transport: 'email', connection: 'c', to: ['a@b.example'], emailContent: 'notice' }] as never;
    assert.throws(
      () => inboxLinks(parseSettings({ STAFF_ENABLED: 'false' }), { queues }),
      /queues x send notice emails .* set "emailContent": "report"/,
    );
    const production = {
      NODE_ENV: 'production',
      MicrosoftAppId: 'id',
      MicrosoftAppPassword: 'pw',
      WEBCHAT_ENABLED: 'false',
      STAFF_SECRET: 'x'.repeat(32),
    };
    assert.throws(
      () => inboxLinks(parseSettings(production), { queues }),
      /Setting PUBLIC_BASE_URL: is required in production when a queue sends notice emails/,
    );
    const link = inboxLinks(parseSettings({ ...production, PUBLIC_BASE_URL: 'https://report.example.gov.uk' }), { queues });
    assert.equal(link('DG-7K3Q9-XMP4C'), 'https://report.example.gov.uk/staff/reports/DG-7K3Q9-XMP4C');
  });

  it('a missing or broken template stops start-up with a message naming it', () => {
    const config = configWith(
      { 'gravesham-csu': { transport: 'email', connection: 'council', to: ['csu@gravesham.example'], template: 'nowhere' } as never },
      { council: connection() },
    );
    try {
      assert.throws(() => config.load(secrets), /entry queues\.\d+\.template: .*email\/nowhere has no subject\.njk, text\.njk, html\.njk/);
    } finally {
      config.remove();
    }
    const broken = tempDir();
    try {
      cpSync(TEMPLATE, broken.dir, { recursive: true });
      writeFileSync(path.join(broken.dir, 'html.njk'), '<p>{% if report.hate %}unclosed</p>');
      assert.throws(() => new EmailTransport(queue, connection(), secrets, broken.dir, inboxUrl, names), /Email template .*: .*html\.njk/);
    } finally {
      broken.remove();
    }
  });
});
