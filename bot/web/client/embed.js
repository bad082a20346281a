/*
 * The council-site widget (deployment/webchat/embed.html shows the snippet). It shows a launcher button and loads
 * the chat page in an iframe only when the resident opens it, so a council page costs only this file until then
 * (hovering or focusing the button warms up the connection). It never listens to keys on the council's page: Esc
 * there belongs to the council's own menus and banners. Quick exit inside the chat asks this script to leave the
 * whole council page.
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var exitUrl = script.getAttribute('data-exit-url') || 'https://www.bbc.co.uk/weather';
  var mount = document.getElementById(script.getAttribute('data-container') || 'dg-report-chat');
  if (!mount) return;
  var height = script.getAttribute('data-height') || '640px';

  var launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.textContent = script.getAttribute('data-label') || 'Report something or get support';
  launcher.style.cssText =
    'font:inherit;font-weight:700;padding:10px 16px;color:#fff;background:#00703c;border:0;box-shadow:0 2px 0 #002d18;cursor:pointer';
  mount.appendChild(launcher);

  var warmed = false;
  function warm() {
    if (warmed) return;
    warmed = true;
    var hint = document.createElement('link');
    hint.rel = 'preconnect';
    hint.href = origin;
    document.head.appendChild(hint);
  }

  function open() {
    var frame = document.createElement('iframe');
    frame.src = origin + '/?embedded=1';
    frame.title = 'Report anti-social behaviour or a hate incident (chat)';
    frame.style.cssText = 'width:100%;height:' + height + ';border:1px solid #b1b4b6';
    mount.replaceChild(frame, launcher);
    frame.focus();
  }

  function leave() {
    try {
      window.sessionStorage.clear();
    } catch (_e) {
      /* ignore */
    }
    mount.innerHTML = '';
    window.location.replace(exitUrl);
  }

  launcher.addEventListener('pointerenter', warm);
  launcher.addEventListener('focus', warm);
  launcher.addEventListener('click', open);
  window.addEventListener('message', function (event) {
    if (event.origin === origin && event.data && event.data.type === 'dg-quick-exit') leave();
  });
})();
