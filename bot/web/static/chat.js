/* The chat page: Web Chat (served by this bot, no CDN) on a token from /api/directline/token, and Quick exit. */
(function () {
  'use strict';
  var page = document.body.dataset;

  function quickExit() {
    try {
      window.sessionStorage.clear();
    } catch (_e) {
      /* storage may be disabled */
    }
    var chat = document.getElementById('webchat');
    if (chat) chat.innerHTML = '';
    // Tell an embedding council page to leave too (deployment/webchat/embed.js listens for this).
    if (window.parent !== window) window.parent.postMessage({ type: 'dg-quick-exit' }, '*');
    // replace(): the chat page leaves the history, so Back does not bring it back.
    window.location.replace(page.exitUrl);
  }

  document.getElementById('quick-exit').addEventListener('click', quickExit);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') quickExit();
  });

  function say(text) {
    document.getElementById('status').textContent = text;
  }

  /**
   * After "exit" the bot sends the event dg/clear-transcript: the conversation ends, the transcript leaves the
   * screen (a phone may be shared) and the page offers a new chat.
   */
  function clearTranscript(directLine, message) {
    try {
      window.sessionStorage.clear();
    } catch (_e) {
      /* storage may be disabled */
    }
    directLine.end();
    var old = document.getElementById('webchat');
    var fresh = old.cloneNode(false);
    old.parentNode.replaceChild(fresh, old);
    say(message);
    var again = document.createElement('button');
    again.type = 'button';
    again.textContent = 'Start a new chat';
    again.addEventListener('click', function () {
      window.location.reload();
    });
    fresh.appendChild(again);
    again.focus();
  }

  fetch('/api/directline/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    .then(function (res) {
      if (!res.ok)
        throw new Error(
          res.status === 429
            ? 'Too many people are starting a chat from here. Please wait a minute and reload the page.'
            : 'The chat is not available just now.',
        );
      return res.json();
    })
    .then(function (cfg) {
      var domain = new URL(cfg.domain, window.location.href).href;
      var directLine = window.WebChat.createDirectLine({
        token: cfg.token,
        domain: domain,
        webSocket: cfg.webSocket !== false,
        pollingInterval: cfg.pollingInterval || 1000,
      });
      var store = window.WebChat.createStore({}, function () {
        return function (next) {
          return function (action) {
            var activity = action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload.activity;
            if (activity && activity.type === 'event' && activity.name === 'dg/clear-transcript') {
              setTimeout(function () {
                clearTranscript(directLine, activity.value || '');
              }, 0);
            }
            return next(action);
          };
        };
      });
      window.WebChat.renderWebChat(
        {
          directLine: directLine,
          store: store,
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
            suggestedActionLayout: 'flow',
            suggestedActionBackgroundColor: '#ffffff',
            suggestedActionBorderColor: '#1d70b8',
            suggestedActionTextColor: '#1d70b8',
            suggestedActionBorderRadius: 4,
            sendBoxBackground: '#ffffff',
            sendBoxTextColor: '#0b0c0c',
            sendBoxButtonColor: '#1d70b8',
            timestampColor: '#505a5f',
            hideUploadButton: true,
            botAvatarInitials: 'CS',
            userAvatarInitials: 'You',
          },
        },
        document.getElementById('webchat'),
      );
      say('');
    })
    .catch(function (err) {
      say(err.message + ' If someone is in danger now, call 999.');
    });
})();
