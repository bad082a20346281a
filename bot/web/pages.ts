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

/** The chat page: Web Chat from /webchat/webchat.js, driven by /static/chat.js; no inline script. */
export function chatPage(partnership: string, exitUrl: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Report anti-social behaviour or a hate incident - ${escapeHtml(partnership)}</title>
<link rel="stylesheet" href="/static/chat.css">
</head>
<body data-exit-url="${escapeHtml(exitUrl)}">
<a class="skip-link" href="#webchat">Skip to the chat</a>
<header>
  <h1>Report anti-social behaviour or a hate incident</h1>
  <button id="quick-exit" type="button" aria-describedby="quick-exit-help">Quick exit</button>
</header>
<p id="quick-exit-help" class="danger-line"><strong>If you are in danger, call 999.</strong> Press Quick exit or the Esc key to leave this page at once.</p>
<main aria-label="Chat">
  <p id="status" role="status">Starting the chat…</p>
  <div id="webchat" role="region" aria-label="Chat with the community safety reporting service"></div>
</main>
<footer>
  <p>You can stay anonymous. <a href="/privacy">How we use information</a>.</p>
  <p>Run by the ${escapeHtml(partnership)}.</p>
</footer>
<script src="/webchat/webchat.js"></script>
<script src="/static/chat.js"></script>
</body>
</html>`;
}

/** The data deletion instructions page Meta requires of a Messenger app (linked from the Facebook app settings). */
export function dataDeletionPage(partnership: string): string {
  return page(
    'Deleting your data',
    `<h1>Deleting your data</h1>
<p>This is how to remove what you shared with the ${escapeHtml(partnership)} reporting service on Facebook Messenger.</p>
<h2>Your Messenger conversation</h2>
<p>Messages stay in your Messenger inbox until you delete them. Open the conversation, tap the name at the top, then
<strong>Delete conversation</strong> (or press and hold the conversation in your chat list and choose Delete).</p>
<h2>What the service keeps</h2>
<p>We do not keep your Facebook name or id. An unfinished conversation is deleted automatically after a day. A report
you sent is anonymous, so we cannot find it by your Facebook account: to ask for it to be deleted, contact your
council with your report's reference number (Dartford Borough Council 01322 343434, Gravesham Borough Council
01474 564422).</p>
<p class="danger">If you are in danger, call 999.</p>`,
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
<h2>On Facebook Messenger</h2>
<p>Meta can see Messenger conversations. Your report itself stays anonymous: we do not keep your Facebook id. You can
use this website's chat or call 101 instead. To remove the conversation from Messenger, open it, tap the name at the
top, then Delete conversation.</p>
<h2>If you are in danger</h2>
<p class="danger">Call 999. Textphone 18000. 999 BSL for British Sign Language.</p>`,
  );
}
