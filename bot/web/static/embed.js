/*
 * The council-site widget (deployment/webchat/embed.html shows the snippet): puts the chat page in an iframe and
 * makes Quick exit leave the whole council page (the iframe asks; Esc on the council page works too).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var exitUrl = script.getAttribute('data-exit-url') || 'https://www.bbc.co.uk/weather';
  var mount = document.getElementById(script.getAttribute('data-container') || 'dg-report-chat');
  if (!mount) return;
  var frame = document.createElement('iframe');
  frame.src = origin + '/?embedded=1';
  frame.title = 'Report anti-social behaviour or a hate incident (chat)';
  frame.style.cssText = 'width:100%;height:' + (script.getAttribute('data-height') || '640px') + ';border:1px solid #b1b4b6';
  mount.appendChild(frame);
  function leave() {
    try {
      window.sessionStorage.clear();
    } catch (_e) {
      /* ignore */
    }
    mount.innerHTML = '';
    window.location.replace(exitUrl);
  }
  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.data && event.data.type === 'dg-quick-exit') leave();
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') leave();
  });
})();
