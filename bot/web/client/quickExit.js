/*
 * Quick exit on every page of the chat: GOV.UK's Exit this page component (govuk-frontend), with its button and
 * Shift pressed three times. Leaving here differs in one way from GOV.UK's: the page replaces itself in the history
 * (location.replace), so Back does not bring the chat back on a shared phone; and before it goes, whatever the page
 * asked to be cleared (the chat's conversation, its token, the transcript) is cleared.
 */
import { ExitThisPage } from 'govuk-frontend';

const beforeLeaving = [];

/** Something to clear when the resident leaves (the chat page ends its conversation here). */
export function onLeave(clear) {
  beforeLeaving.push(clear);
}

/** Empties what this origin stored in the browser (a phone may be shared). */
export function clearStorage() {
  try {
    window.sessionStorage.clear();
    window.localStorage.clear();
  } catch (_e) {
    /* storage may be disabled */
  }
}

class LeaveWithoutTrace extends ExitThisPage {
  exitPage() {
    for (const clear of beforeLeaving) {
      try {
        clear();
      } catch (_e) {
        /* leaving matters more */
      }
    }
    clearStorage();
    document.body.classList.add('govuk-exit-this-page-hide-content');
    // Inside a council page's frame: the council page leaves too (deployment/webchat/embed.js listens).
    if (window.parent !== window) window.parent.postMessage({ type: 'dg-quick-exit' }, '*');
    window.location.replace(this.$button.href);
  }
}

/** Starts the component on this page's Exit this page button; returns a function that leaves at once. */
export function startQuickExit() {
  // What govuk-frontend's components check before they start (GOV.UK sets it with an inline script; CSP forbids one).
  document.body.classList.add('js-enabled', 'govuk-frontend-supported');
  const root = document.querySelector('[data-module="govuk-exit-this-page"]');
  if (!root) return () => window.location.replace('about:blank');
  const exit = new LeaveWithoutTrace(root);
  return () => exit.exitPage();
}
