/*
 * The chat page (bot/web/templates/chat.njk). The welcome and the first menu are already on the page as HTML
 * (rendered by the server from the bot's own words), so a resident can read and choose at once. This small script
 * makes those buttons work, starts the Direct Line conversation while the Web Chat bundle (webchat.js, loaded in
 * parallel) is still arriving, then hands over to Web Chat: a choice made before it was ready is sent as soon as the
 * bot has asked. It also runs Quick exit, the in-page privacy notice, and the message length counter.
 */
import { clearStorage, onLeave, startQuickExit } from './quickExit.js';

const page = document.body.dataset;
const maxChars = Number(page.maxChars) || 4000;
const leave = startQuickExit();
let directLine = null;

/** Ends the Direct Line conversation (its token goes with it) and removes the transcript; returns the empty region. */
function endChat() {
  if (directLine) directLine.end();
  directLine = null;
  const old = document.getElementById('webchat');
  const fresh = old.cloneNode(false);
  old.parentNode.replaceChild(fresh, old);
  return fresh;
}
onLeave(endChat);

// Inside the chat (never on a council's page) Esc leaves too, as on Kent Police's site.
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') leave();
});

function say(text) {
  document.getElementById('status').textContent = text;
}

/* The first words: their buttons work before Web Chat has loaded. */
const first = document.getElementById('first-words');
let chosen = null;
let sendChosen = null;
for (const button of first.querySelectorAll('button[data-say]')) {
  button.addEventListener('click', () => {
    chosen = button.dataset.say;
    for (const b of first.querySelectorAll('button[data-say]')) b.setAttribute('aria-pressed', String(b === button));
    say('Starting the chat…');
    if (sendChosen) sendChosen();
  });
}
first.dataset.ready = 'true';

/* The privacy notice opens on this page (the conversation stays), with a way back. */
const notice = document.getElementById('privacy-notice');
const chatArea = document.getElementById('chat-area');
function showNotice(open) {
  notice.hidden = !open;
  chatArea.hidden = open;
  if (open) notice.querySelector('h2').focus();
  else (document.querySelector('#webchat textarea, #webchat input') || document.getElementById('first-words')).focus();
}
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (link && new URL(link.href, window.location.href).pathname === '/privacy' && link.origin === window.location.origin) {
    event.preventDefault();
    showNotice(true);
  }
});
for (const back of notice.querySelectorAll('[data-back]')) back.addEventListener('click', () => showNotice(false));

/* The conversation: the token, then the conversation itself, while webchat.js downloads. */
function startConversation() {
  return fetch('/api/directline/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    .then((res) => {
      if (!res.ok)
        throw new Error(
          res.status === 429
            ? 'Too many people are starting a chat from here. Please wait a minute and reload the page.'
            : 'The chat is not available just now.',
        );
      return res.json();
    })
    .then((cfg) => {
      const domain = new URL(cfg.domain, window.location.href).href;
      const session = { ...cfg, domain };
      return fetch(`${domain}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${cfg.token}` } })
        .then((res) => (res.ok ? res.json() : {}))
        .then((started) => ({ ...session, token: started.token || cfg.token, conversationId: started.conversationId }))
        .catch(() => session); // Web Chat starts it itself
    });
}

function webChatLoaded() {
  return new Promise((resolve, reject) => {
    if (window.WebChat) return resolve(window.WebChat);
    const script = document.getElementById('webchat-bundle');
    script.addEventListener('load', () => resolve(window.WebChat));
    script.addEventListener('error', () => reject(new Error('The chat could not load.')));
  });
}

/**
 * After "exit" the bot sends the event dg/clear-transcript: the conversation ends, the transcript leaves the
 * screen (a phone may be shared) and the page offers a new chat.
 */
function clearTranscript(message) {
  clearStorage();
  const fresh = endChat();
  say(message);
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'govuk-button';
  again.textContent = 'Start a new chat';
  again.addEventListener('click', () => window.location.reload());
  fresh.appendChild(again);
  again.focus();
}

/** The send box stops at the bot's limit and says how much is left near it (as GOV.UK's character count does). */
function limitSendBox() {
  const box = document.querySelector('#webchat textarea, #webchat input[type="text"]');
  if (!box || box.dataset.limited) return;
  box.dataset.limited = 'true';
  box.maxLength = maxChars;
  const count = document.getElementById('message-count');
  box.setAttribute('aria-describedby', 'message-count');
  const update = () => {
    const left = maxChars - box.value.length;
    count.textContent =
      left <= maxChars * 0.2
        ? `You have ${left.toLocaleString('en-GB')} character${left === 1 ? '' : 's'} left`
        : `Up to ${maxChars.toLocaleString('en-GB')} characters`;
  };
  box.addEventListener('input', update);
  update();
}

function render(WebChat, session) {
  directLine = WebChat.createDirectLine({
    token: session.token,
    conversationId: session.conversationId,
    domain: session.domain,
    webSocket: session.webSocket !== false,
    pollingInterval: session.pollingInterval || 1000,
  });
  let handedOver = false;
  const store = WebChat.createStore({}, ({ dispatch }) => {
    sendChosen = () => {
      if (!handedOver || !chosen) return;
      const text = chosen;
      chosen = null;
      dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text } });
    };
    return (next) => (action) => {
      const activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload.activity;
      const result = next(action);
      if (activity && activity.from && activity.from.role === 'bot') {
        if (activity.type === 'event' && activity.name === 'dg/clear-transcript') {
          setTimeout(() => clearTranscript(activity.value || ''), 0);
        } else if (activity.type === 'message' && !handedOver && activity.suggestedActions) {
          // Web Chat now shows the bot's own welcome and menu: the page's copy of them goes.
          handedOver = true;
          setTimeout(() => {
            first.remove();
            document.getElementById('webchat').hidden = false;
            say('');
            sendChosen();
          }, 0);
        }
      }
      return result;
    };
  });
  WebChat.renderWebChat(
    {
      directLine,
      store,
      locale: 'en-GB',
      styleOptions: {
        primaryFont: 'Arial, Helvetica, sans-serif',
        fontSizeSmall: '85%',
        bubbleBackground: '#f3f2f1',
        bubbleTextColor: '#0b0c0c',
        bubbleFromUserBackground: '#1d70b8',
        bubbleFromUserTextColor: '#ffffff',
        bubbleBorderRadius: 4,
        bubbleFromUserBorderRadius: 4,
        bubbleMaxWidth: 600,
        suggestedActionLayout: 'flow',
        suggestedActionBackgroundColor: '#ffffff',
        suggestedActionBorderColor: '#1d70b8',
        suggestedActionTextColor: '#1d70b8',
        suggestedActionBorderRadius: 4,
        sendBoxBackground: '#ffffff',
        sendBoxTextColor: '#0b0c0c',
        sendBoxButtonColor: '#1d70b8',
        sendBoxTextWrap: true,
        timestampColor: '#505a5f',
        hideUploadButton: true,
        botAvatarInitials: 'CS',
        userAvatarInitials: 'You',
        maxMessageLength: maxChars,
      },
    },
    document.getElementById('webchat'),
  );
  new MutationObserver(limitSendBox).observe(document.getElementById('webchat'), { childList: true, subtree: true });
  limitSendBox();
}

Promise.all([webChatLoaded(), startConversation()])
  .then(([WebChat, session]) => render(WebChat, session))
  .catch((err) => {
    for (const b of first.querySelectorAll('button[data-say]')) b.disabled = true;
    say(`${err.message} If someone is in danger now, call 999.`);
  });
