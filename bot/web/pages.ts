/**
 * The pages residents see (docs/architecture.md 4.2), rendered once at start-up from the Nunjucks templates in
 * bot/web/templates/ with govuk-frontend's own macros. The chat page carries the bot's welcome and first menu as
 * HTML, from the same copy the bot sends (dialogs/copy/en.ts), so a phone shows them before any script arrives.
 */
import path from 'node:path';
import nunjucks from 'nunjucks';
import * as copy from '../../dialogs/copy/en';
import type { DeploymentConfig } from '../../services/config/deployment';
import { PHONE } from '../channels/webchat';
import type { WebAssets } from './assets';

export interface PageOptions {
  deployment: DeploymentConfig;
  assets: WebAssets;
  /** Where Exit this page sends the resident. */
  exitUrl: string;
  retentionDays: number;
  maxMessageChars: number;
}

export interface Pages {
  chat: string;
  privacy: string;
  dataDeletion: string;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One paragraph of the bot's plain copy as HTML: escaped, numbers as tap-to-call links, the privacy link a link. */
function paragraphHtml(text: string, privacyUrl: string): string {
  return escapeHtml(text)
    .replace(PHONE, (n) => `<a class="govuk-link" href="tel:${n.replace(/ /g, '')}">${n}</a>`)
    .replace(escapeHtml(privacyUrl), `<a class="govuk-link" href="${escapeHtml(privacyUrl)}">${escapeHtml(privacyUrl)}</a>`);
}

function retentionText(days: number): string {
  if (days % 365 === 0) return `${days / 365} year${days === 365 ? '' : 's'}`;
  const months = Math.round(days / 30.4);
  return months >= 2 ? `about ${months} months` : `${days} days`;
}

export function renderPages(options: PageOptions): Pages {
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([path.join(__dirname, 'templates'), path.dirname(require.resolve('govuk-frontend/package.json')) + '/dist']),
    { autoescape: true, throwOnUndefined: true },
  );
  const { partnership, privacy, boroughs, queues } = options.deployment;
  const common = {
    partnership: partnership.name,
    exitUrl: options.exitUrl,
    bodyClass: 'page-body',
    councils: boroughs.map((b) => b.council),
    assets: {
      css: options.assets.url('chat.css'),
      page: options.assets.url('page.js'),
      chat: options.assets.url('chat.js'),
      webchat: options.assets.url('webchat.js'),
    },
    notice: privacy,
    recipients: [...new Set(queues.map((q) => q.name))],
    retentionDays: options.retentionDays,
    retentionText: retentionText(options.retentionDays),
  };
  return {
    chat: env.render('chat.njk', {
      ...common,
      title: 'Report anti-social behaviour or a hate incident',
      maxChars: options.maxMessageChars,
      welcome: copy
        .welcome(partnership.name, partnership.privacyUrl)
        .split('\n\n')
        .map((p) => paragraphHtml(p, partnership.privacyUrl)),
      menu: { prompt: copy.MENU.prompt, choices: [copy.MENU.report, copy.MENU.support, copy.MENU.privacy] },
    }),
    privacy: env.render('privacy.njk', { ...common, title: 'How we use information' }),
    dataDeletion: env.render('data-deletion.njk', { ...common, title: 'Deleting your data' }),
  };
}
