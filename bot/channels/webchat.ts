import { Channels, type Activity, type TurnContext } from 'botbuilder';

/**
 * Web Chat renders a message's text as Markdown, where single line breaks run together ("• What happened: …
 * • Type of problem: …" became one paragraph). What the dialogs write is plain text (Messenger shows it as it is);
 * on Web Chat it is turned into Markdown here, in one place: lines starting "• " become a real list, other line
 * breaks stay breaks, phone numbers become tap-to-call links, and everything else (a resident's own words read
 * back in the summary among it) is escaped so that it shows as typed. A message that names its own `textFormat` is
 * left as written.
 */

/** The numbers the bot gives, as written in dialogs/copy/en.ts and the support directory. */
export const PHONE = /(?<![\w-])(999(?! ?BSL)|101|111|18000|18001 101|116 123|0\d{2,4}(?: ?\d){6,8}|08 08 16 89 111)(?![\w-])/g;
const URL_IN_TEXT = /https?:\/\/\S+/g;
const SPECIAL = /[\\`*_[\]<>#~|]/g;

function escapeWords(text: string): string {
  let out = '';
  let last = 0;
  for (const url of text.matchAll(URL_IN_TEXT)) {
    out += text.slice(last, url.index).replace(SPECIAL, '\\$&') + url[0];
    last = url.index + url[0].length;
  }
  return (out + text.slice(last).replace(SPECIAL, '\\$&')).replace(PHONE, (n) => `[${n}](tel:${n.replace(/ /g, '')})`);
}

export function toMarkdown(text: string): string {
  return text
    .split('\n\n')
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => {
          const item = /^• /.test(line);
          // "1. " or "- " at the start of a line would become a list the bot did not write.
          const words = escapeWords(item ? line.slice(2) : line)
            .replace(/^(\d+)\. /, '$1\\. ')
            .replace(/^([-+]) /, '\\$1 ');
          return item ? `- ${words}` : words;
        })
        // A line break inside a paragraph stays one (two spaces before it); a list starts on the next line and ends
        // with a blank one, so the text after it is not taken into its last item.
        .reduce((acc, line, i, lines) => {
          if (i === 0) return line;
          const [before, now] = [lines[i - 1]!.startsWith('- '), line.startsWith('- ')];
          return `${acc}${now ? '\n' : before ? '\n\n' : '  \n'}${line}`;
        }, ''),
    )
    .join('\n\n');
}

/** On Web Chat, each plain message the bot sends becomes Markdown (see above). */
export function useMarkdownOnWebChat(context: TurnContext): void {
  if (context.activity.channelId !== Channels.Webchat) return;
  context.onSendActivities(async (_ctx, activities: Array<Partial<Activity>>, next) => {
    for (const activity of activities) {
      if (activity.type !== 'message' || typeof activity.text !== 'string' || activity.textFormat) continue;
      activity.text = toMarkdown(activity.text);
      activity.textFormat = 'markdown';
    }
    return next();
  });
}
