import assert from 'node:assert/strict';
import { toMarkdown } from '../../bot/channels/webchat';
import * as copy from '../../dialogs/copy/en';

// The Markdown renderer Web Chat itself uses, with its options (breaks off: single line breaks run together).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options: object) => { render(text: string): string };
const webChat = new MarkdownIt({ breaks: false, html: true, linkify: true, typographer: true, xhtmlOut: true });
const render = (text: string) => webChat.render(toMarkdown(text));

describe('Web Chat messages as Markdown (bot/channels/webchat.ts)', () => {
  it('lines starting "• " are a real list, after a paragraph too; other line breaks stay breaks', () => {
    const html = render('Here is your report:\n• What happened: loud music\n• When: last night\n\nShall I send it?');
    assert.match(
      html,
      /<p>Here is your report:<\/p>\s*<ul>\s*<li>What happened: loud music<\/li>\s*<li>When: last night<\/li>\s*<\/ul>\s*<p>Shall I send it\?<\/p>/,
    );
    assert.match(render('First line\nsecond line'), /First line<br \/>\s*second line/);
    assert.equal((render(copy.HELP).match(/<li>/g) ?? []).length, 4, 'the help lists its four commands');
  });

  it('phone numbers are tap-to-call links; 999 BSL (an app) is not a call', () => {
    const html = render(copy.TALK_TO_SOMEONE([{ name: 'Dartford Borough Council', phone: '01322 343434' }]));
    for (const tel of ['tel:01322343434', 'tel:101', 'tel:18001101', 'tel:08081689111', 'tel:116123', 'tel:999'])
      assert.ok(html.includes(`href="${tel}"`), tel);
    const danger = render(copy.DANGER.now(false));
    assert.match(danger, /<a href="tel:999">999<\/a> now/);
    assert.match(danger, /<a href="tel:18000">18000<\/a>/);
    assert.doesNotMatch(danger, /tel:999">999<\/a> BSL/);
  });

  it("a resident's words read back show as typed: no emphasis, HTML, links or lists made from them", () => {
    const html = render('• What happened: he shouted *loud* at <b>me</b> [here](javascript:alert(1)) _every_ night\n1. not a list\n- nor this');
    assert.ok(html.includes('*loud*') && html.includes('&lt;b&gt;me&lt;/b&gt;') && html.includes('_every_'), html);
    assert.ok(!html.includes('<em>') && !html.includes('<b>') && !html.includes('href="javascript'), html);
    assert.match(html, /<p>1\. not a list<br \/>\s*- nor this<\/p>/);
    assert.ok(!html.includes('<ol'), 'no numbered list');
    assert.equal((html.match(/<li>/g) ?? []).length, 1, 'only the bot’s own item is a list item');
  });

  it('addresses keep their characters and stay links', () => {
    const html = render('More: https://report.example/privacy_notice?a=1');
    assert.match(html, /<a href="https:\/\/report\.example\/privacy_notice\?a=1">/);
  });
});
