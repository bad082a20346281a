/** Small server-rendered pages. The chat page itself (Web Chat) comes with the website widget issue. */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, Arial, sans-serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #0b0c0c; }
  .danger { border-left: 6px solid #d4351c; padding: .5rem 1rem; background: #fdf2f0; }
  code { background: #f3f2f1; padding: 0 .25rem; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export function startPage(partnership: string): string {
  return page(
    `${partnership}: report anti-social behaviour or a hate incident`,
    `<h1>${escapeHtml(partnership)}</h1>
<p class="danger"><strong>If someone is in danger now, call 999.</strong> Textphone 18000, or 999 BSL.</p>
<p>The reporting bot is running. Connect to it at <code>/api/messages</code> with the Bot Framework Emulator,
or post activities over HTTP (see README).</p>
<p><a href="/privacy">How we use information</a></p>`,
  );
}

export function privacyPage(partnership: string): string {
  return page(
    'How we use information',
    `<h1>How we use information</h1>
<p>This service is run by the ${escapeHtml(partnership)}.</p>
<h2>What we keep</h2>
<p>We keep what you tell us in your report: what happened, when, where, and your answers to our questions.
We do not keep your name, phone number or email unless you choose to give them. We do not keep your chat account,
your Facebook id or your internet address with your report.</p>
<h2>Who sees it</h2>
<p>Only the teams that deal with your report: your council's community safety team, environmental enforcement,
Kent Police, or a support service such as domestic abuse services or the Prevent team.</p>
<h2>How long we keep it</h2>
<p>An unfinished chat is deleted after a day. Reports are deleted after a set time.</p>
<h2>If you are in danger</h2>
<p class="danger">Call 999. Textphone 18000. 999 BSL for British Sign Language.</p>`,
  );
}
