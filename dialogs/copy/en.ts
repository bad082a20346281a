/**
 * Everything the bot says, in one place, so it can be reviewed and translated apart from the flow.
 * Plain words, reading age about 9; "ASB" is explained once in the welcome. Choice titles are at most 20
 * characters (Messenger's quick-reply limit).
 */
import type { Category, Strand } from '../../services/classification/codes';
import type { DirectoryEntry } from '../../services/signposting/directory';

export const EMERGENCY =
  'If you or someone else is in danger now, call 999. ' +
  'If you are deaf or find it hard to speak: textphone 18000, or use 999 BSL (British Sign Language) on the web or app. ' +
  'This chat is not watched all the time and cannot send help.';

/** The 999 answer and what follows it (dialogs/interruptions.ts): said at once, at any step, like a call-handler. */
export const DANGER = {
  /** Plain text: Web Chat shows the numbers as tap-to-call links (bot/channels/webchat.ts); Messenger's apps link them. */
  now: (selfHarm: boolean) =>
    'Call 999 now if you or someone else is in danger. ' +
    'If you are deaf or find it hard to speak: textphone 18000, or 999 BSL (British Sign Language) on the web or app.' +
    (selfHarm ? '\n\nYou can also talk to Samaritans, free, any time: 116 123.' : '') +
    '\n\nThis chat cannot send help. When you are safe, you can carry on with your report here.',
  cardTitle: 'Call 999 now',
  call999: 'Call 999',
  textphone: 'Textphone 18000',
  bsl: '999 BSL',
  bslUrl: 'https://www.999bsl.co.uk/',
  samaritans: 'Samaritans 116 123',
  /** Button titles (at most 20 characters on Messenger, so the longer one is for Web Chat). */
  carryOn: 'I am safe now, carry on',
  carryOnShort: 'I’m safe, carry on',
  stop: 'Stop',
  ask: 'Is someone in danger right now?',
  askYes: 'Yes, now',
  askNo: 'No',
  askAgain: 'Please choose Yes, now or No. If someone is in danger, call 999.',
  waiting: 'Please call 999 now if you can. When you are safe, choose “I am safe now, carry on”. Or choose Stop.',
  added: 'Thank you. I have added what you told me to your report. Because someone may be in danger, it will go to Kent Police too.',
  addedStory: 'Thank you. I have added that to what happened.',
  /** The same, when those words are the first the resident told of what happened (typed at the menu, say). */
  startedStory: 'I have kept that as what happened.',
  /** After "No" to the question, when the words spoke of self-harm or suicide. */
  selfHarmSupport:
    '\n\nIf you or someone you know is thinking about suicide or self-harm, ' +
    'you can talk to Samaritans, free, any time: 116 123. If someone is in danger, call 999.',
  stopped: 'OK, I have stopped. Nothing has been sent. If you are in danger, call 999 now.',
};

export const welcome = (partnership: string, privacyUrl: string) =>
  `Hello. This is the ${partnership} reporting service.\n\n` +
  'You can tell us about anti-social behaviour (ASB). That means things like noise, rowdy groups, drug dealing or fly-tipping. ' +
  'You can also tell us about a hate incident: when someone is targeted because of who they are.\n\n' +
  'This is not for emergencies. If someone is in danger now, call 999 (textphone 18000, or 999 BSL).\n\n' +
  `You do not have to tell us your name. How we use information: ${privacyUrl}`;

/** "Dartford Borough Council on 01322 343434 or Gravesham Borough Council on 01474 564422". */
const councilLines = (councils: Array<{ name: string; phone: string }>) => councils.map((c) => `${c.name} on ${c.phone}`).join(' or ');
/** Said on Messenger before a resident writes their account (docs/architecture.md 2.2). */
export const MESSENGER_PRIVACY = (councils: Array<{ name: string; phone: string }>, webChatUrl: string) =>
  'Before you tell us anything: Meta (Facebook) can see Messenger conversations. ' +
  'Your report itself stays anonymous: we do not keep your Facebook name or id. ' +
  `If you would rather not use Messenger, use the chat on our website (${webChatUrl}) or call ` +
  `${councilLines(councils)}.`;

export const MENU = {
  prompt: 'What would you like to do?',
  retry: 'Please choose one: Report something, Get support, or How we use info. Or tell me what happened.',
  /** After "thanks" typed at the menu (often once a report is sent); the menu follows. */
  thanks: 'You’re welcome.',
  /** After a hello typed at the menu ("hello, is anyone there?"); the choices follow. */
  hello: 'Hello. This is an automated service: it can take a report, anonymously if you wish, or find you support.',
  report: 'Report something',
  support: 'Get support',
  privacy: 'How we use info',
};

export const privacy = (privacyUrl: string) =>
  'Your report goes only to the teams who deal with it: the council’s community safety team, Kent Police, or a support service. ' +
  'It is never sent to the person you report. ' +
  'You can stay anonymous. We do not keep your name, your account or your chat id unless you choose to give contact details. ' +
  `We keep reports for a limited time and then delete them. More: ${privacyUrl}`;

// The 999 line first: someone frightened may type "help" alone (forty-fifth session).
export const HELP =
  'If you or someone else is in danger now, call 999 (textphone 18000).\n\n' +
  'I will ask a few short questions. You can skip the ones marked optional.\n\n' +
  'You can type these at any time:\n' +
  '• back: go back one question\n' +
  '• start again: start a new report\n' +
  '• exit: close and clear this chat\n' +
  '• talk to someone: phone numbers';

export const TALK_TO_SOMEONE = (councils: Array<{ name: string; phone: string }>) =>
  'You can talk to someone:\n' +
  councils.map((c) => `• ${c.name}: ${c.phone} (office hours)`).join('\n') +
  '\n• Kent Police: 101, any time (textphone 18001 101)\n' +
  '• Victim Support: 08 08 16 89 111, any time, free\n' +
  '• Samaritans: 116 123, any time, free\n\n' +
  'In an emergency, call 999.';

/**
 * Questions about the service typed at the menu or instead of the story (dialogs/interruptions.ts): short (at most
 * `words`), asked as a question, and about a report already sent, what the service takes, the law or privacy. A longer
 * message is a story.
 */
export const SERVICE_QUESTIONS = {
  words: 20,
  /** A question: a clause that opens with one of these, or a question mark. */
  opens:
    /(?:^|[,.;:!]\s*)(?:how|what|why|who|when|where|which|do|does|did|is|are|was|can|could|will|would|has|have|should|am|any|anything|i want to know|i would like to know|id like to know|just wondering|wondering)\b/,
  /** A report already sent: its reference, or "my report" with news of it. */
  followUp: [
    /\bdg[\s-]?[a-z0-9]{5}[\s-]?[a-z0-9]{5}\b/,
    /\b(?:my|the|our) (?:report|complaint)\b.*\b(?:happen|happened|update|progress|news|status|heard|outcome|looked at|dealt with|done|anyone|anything)\b/,
    /\b(?:looked at|dealt with|read|seen|done anything about|done about) (?:my|the|our) (?:report|complaint)\b/,
    /\bi (?:reported|made a report|sent a report)\b.*\b(?:happen|happened|update|progress|news|status|heard|outcome|anyone|anything)\b/,
  ],
  /** A change to a report already sent. */
  change: [
    /\b(?:my|the|our) report\b.*\b(?:mistake|wrong|change|correct|edit|add|delete|withdraw|cancel|take back|remove)\b/,
    /\b(?:change|correct|edit|delete|withdraw|cancel|remove|add to) (?:my|the|our) report\b/,
  ],
  /** What the service takes. */
  scope: [
    /\bwhat (?:counts|is classed|is classified) as (?:anti ?social|asb|a hate)\b/,
    /\bwhat (?:is|does) (?:anti ?social behaviou?r|asb)(?: mean)?\b/,
    /\bwhat (?:can|do|should|could) (?:i|you|we|people) report\b/,
    /\bwhat (?:sort|sorts|kind|kinds|type|types) of (?:things|problems|stuff|incidents) (?:can|do|should)\b/,
  ],
  /**
   * What the law says, opening the message ("is it illegal to carry a pocket knife for fishing?", "is shouting at a
   * traffic warden a crime?"); not a story that ends by asking ("he parks on the pavement every day, is that allowed?").
   */
  law: [
    /^(?:is|are|was) (?:it|that|this|there) (?:\w+ ){0,2}(?:illegal|legal|a crime|an offence|an offense|a criminal offence|against the law|allowed)\b/,
    /^(?:is|are) (?:\w+ ){1,8}(?:illegal|legal|a crime|an offence|an offense|against the law|classed as|counted as|classified as)\b/,
    /^(?:does|do|would|will) (?:\w+ ){1,8}(?:count|counts) as (?:a|an) (?:crime|offence|offense|weapon|firearm)\b/,
    /^(?:can|could|may) (?:i|you|we|they|he|she|people|someone|anyone|kids|children) (?:legally|get arrested|be arrested|be fined|be prosecuted|be charged)\b/,
    /^what(?: is| are|s) the (?:law|laws|rules|penalty|fine|sentence|legal age)\b/,
    /^(?:is|are) there (?:a|any) (?:law|laws|rule|rules)\b/,
    /^(?:do|does) (?:i|you|we|he|she|they) need a (?:licence|license|permit)\b/,
  ],
  /**
   * How to be rid of a weapon ("I found my grandad's old army bayonet in a drawer, should I hand it in?", "where can I
   * hand in a knife?"): a weapon named and a way to be rid of it. (Danger is read first: a child's machete is asked about.)
   */
  handIn:
    /^(?=.*\b(?:knife|knives|blade|blades|machete|machetes|sword|swords|bayonet|bayonets|dagger|daggers|gun|guns|rifle|rifles|shotgun|shotguns|pistol|pistols|revolver|firearm|firearms|ammunition|ammo|bullets|cartridges|crossbow|weapon|weapons|grenade|grenades|shell|shells)\b).*\b(?:hand (?:it|them|this|that|these|those|one|a|an|in)\b|get rid of|dispose of|surrender|do with (?:it|them|this|that)\b|what (?:do|should|can) (?:i|we) do with)/,
  /**
   * An adult worried about a young person and knives or gangs, asking what to look for or say ("how can parents tell if
   * their child is carrying a knife? any signs to look for", "how do I talk to my daughter about knife crime?"; forty-fifth
   * session). (Danger is read first: "my son keeps a knife in his room, what should I do?" is asked about.)
   */
  youngPersonAtRisk:
    /^(?=.*\b(?:knife|knives|blade|blades|weapon|weapons|gang|gangs|county lines)\b)(?=.*\b(?:son|sons|daughter|daughters|child|children|kid|kids|teenager|teenagers|teen|teens|boy|boys|girl|girls|grandson|granddaughter|nephew|niece|pupil|pupils|young people|young person|parent|parents)\b).*\b(?:how (?:can|do|would|should|could) (?:i|we|you|parents|people) (?:tell|know|spot|talk|speak|stop|help|keep)|what (?:should|do|can|would|could) (?:i|we|parents) (?:say|tell)|signs? (?:to look for|to watch for|of)|any advice|advice (?:on|about|for))\b/,
  /** Who sees a report, what is kept and for how long. */
  privacy: [
    /\b(?:share|pass on|give|tell|show|send)\b.*\b(?:my (?:details|name|address|number|email)|who i am|it was me|it is me|its me)\b/,
    /\b(?:know|find out|see) (?:who i am|it was me|it is me|its me|my (?:name|details|address))\b/,
    /\b(?:stay|be|remain|kept|keep me|report|reporting|report it|is it|is this) anonymous(?:ly)?\b/,
    /\bhow long\b.*\bkeep\b/,
    /\bwho (?:sees|reads|can see|will see|gets|receives)\b/,
    /\b(?:this|the) (?:chat|conversation|bot)\b.*\b(?:monitored|recorded|saved|kept|stored|private|confidential|secure|read)\b/,
    /\b(?:is|are) (?:my|these|the) messages? (?:monitored|recorded|saved|kept|stored|private|confidential|read)\b/,
    /\b(?:gdpr|data protection|privacy)\b/,
  ],
};
/** What a service answer may name: the councils' numbers and the privacy page. */
interface ServiceContacts {
  councils: Array<{ name: string; phone: string }>;
  privacyUrl: string;
}
export const SERVICE_ANSWERS: Record<
  'followUp' | 'change' | 'scope' | 'handIn' | 'law' | 'youngPersonAtRisk' | 'privacy',
  (contacts: ServiceContacts) => string
> = {
  followUp: ({ councils }) =>
    'I cannot look up a report in this chat, so I cannot tell you what has happened with it. ' +
    'If you gave contact details, the team dealing with it may contact you. ' +
    `To ask about it, call ${councilLines(councils)} (office hours) and quote your reference. ` +
    'If it has happened again, you can report it again here and put your reference in what you write.',
  scope: () =>
    'You can report anti-social behaviour here: noise, rowdy or threatening behaviour, harassment, drug dealing or use, ' +
    'nuisance vehicles, fly-tipping and litter, damage and graffiti. You can also report a hate incident (anything aimed ' +
    'at someone because of who they are), abuse at home, exploitation or extremism, and I will show you where to get support. ' +
    'If someone is in danger now, call 999.',
  change: ({ councils }) =>
    'A report cannot be changed here once it is sent. You can send a new report that says what to correct and gives your reference, ' +
    `or call ${councilLines(councils)} (office hours) and quote it.`,
  handIn: () =>
    'To hand in a knife or another weapon, call Kent Police on 101 (textphone 18001 101): they will tell you where and how to ' +
    'take it safely. A gun or ammunition: do not carry it anywhere, call 101 first. Something that could explode, like an old ' +
    'shell or grenade: do not touch or move it, keep away and call 999. ' +
    'If something has happened, tell me what happened and I will pass it on.',
  law: () =>
    'I cannot give advice about the law in this chat. Kent Police can answer questions like this on 101, any time ' +
    '(textphone 18001 101), or through the live chat on the Kent Police website. ' +
    'If something has happened, tell me what happened and I will pass it on. If someone is in danger now, call 999.',
  youngPersonAtRisk: () =>
    'If you are worried a young person carries a knife or is being drawn into a gang, you can talk it through with Kent ' +
    'Police on 101 (textphone 18001 101), or tell Crimestoppers on 0800 555 111 without giving your name. The NSPCC ' +
    'helpline (0808 800 5000) advises adults worried about a child. Young people can tell Fearless (fearless.org) ' +
    'anonymously, or call Childline on 0800 1111. ' +
    'If something has happened, tell me what happened and I will pass it on. If someone is in danger now, call 999.',
  privacy: ({ privacyUrl }) => privacy(privacyUrl),
};

export const START_AGAIN = 'OK, let’s start again. Nothing from before was sent.';
/** What the chat page shows in place of the transcript after "exit" (the messages are removed from the screen). */
export const EXITED_PAGE = 'The chat is closed and what you wrote has been cleared from this screen and from our records.';

export const EXITED =
  'I have closed this chat and cleared what you wrote in it. Anything you had not sent has not been kept. ' + 'Say hello if you want to start again.';
export const NOTHING_TO_GO_BACK_TO = 'There is nothing to go back to yet.';
export const GOING_BACK = 'OK, going back one question.';
export const TOO_LONG = (max: number) =>
  `That message is too long for me (the limit is ${max.toLocaleString('en-GB')} characters). Could you say it more briefly?`;
/** A report in progress saved by an older version of the bot that cannot be carried on. */
export const DRAFT_RESTARTED =
  'Sorry, we have updated this service and could not carry on with the report you started. Nothing was sent. Please start again: it only takes a few minutes.';

/** A typed answer at a choice that is none of the choices (`misses`: how many answers in a row were not). */
export const NOT_A_CHOICE = (titles: string[], misses = 1) =>
  `Sorry, I could not match that to one of the choices. Please choose one: ${titles.join(', ')}. ` +
  'You can add to what happened before you send, with Change something.' +
  (misses >= 2 ? ' If none of these fits, type "talk to someone" for people you can call, or "help".' : '');

export const NOT_TEXT = 'Sorry, I can only read typed messages. Please type your answer.';

export const SKIP = 'Skip';
export const YES = 'Yes';
export const NO = 'No';

export const NARRATIVE = {
  prompt: 'Tell me what happened, in your own words. You can write as much or as little as you like.',
  retry: 'Please tell me what happened in a few words.',
  /** A story of one word, an emoji or "skip": asked for once more. */
  more: 'Thank you. Could you tell me a little more about what happened? A few words are enough, like “loud music every night next door”.',
};

export const CATEGORY_LABELS: Record<Category, { title: string; describe: string }> = {
  noise: { title: 'Noise', describe: 'noise, like loud music, parties or shouting' },
  rowdy: { title: 'Rowdy behaviour', describe: 'rowdy behaviour in a public place' },
  intimidation: { title: 'Harassment, threats', describe: 'harassment or threats aimed at you or someone' },
  drugs: { title: 'Drugs', describe: 'drug dealing or drug use' },
  vehicles: { title: 'Vehicles', describe: 'nuisance vehicles or dangerous driving' },
  environmental: { title: 'Fly-tipping, litter', describe: 'fly-tipping, litter, graffiti or dog fouling' },
  damage: { title: 'Damage', describe: 'damage to a home, car or property' },
  violence: { title: 'Violence', describe: 'violence or an assault' },
  domestic_abuse: { title: 'Abuse at home', describe: 'abuse by a partner, ex-partner or family member' },
  exploitation: { title: 'Exploitation, gangs', describe: 'exploitation or gangs, like county lines' },
  extremism: { title: 'Extremism', describe: 'extremism or terrorism' },
  other: { title: 'Something else', describe: 'something else' },
};

export const CATEGORY = {
  confirm: (c: Category) => `Thank you. It sounds like this is about ${CATEGORY_LABELS[c].describe}. Is that right?`,
  confirmUnsure: (c: Category) => `Thank you. I think this might be about ${CATEGORY_LABELS[c].describe}, but I am not sure. Is that right?`,
  yes: 'Yes, that’s right',
  no: 'No, something else',
  choose: 'Which is closest? Pick one.',
};

export const SAFE_MODE = {
  webchat: 'You can leave this page quickly at any time with the Quick exit button or the Esc key.',
  facebook:
    'Messages here stay in your Messenger inbox. When you are done, you can delete this conversation: ' +
    'open it, tap the name at the top, then Delete conversation.',
  careful: 'Thank you for telling us. You are not to blame. I will only ask what is needed.',
};

export const STRAND_LABELS: Record<Strand, string> = {
  race: 'Race or nationality',
  religion: 'Religion or belief',
  sexual_orientation: 'Sexual orientation',
  disability: 'Disability',
  transgender: 'Being transgender',
  other: 'Something else',
};

export const HATE = {
  ask:
    'Do you, or anyone else, think this happened because of who someone is? ' +
    'For example their race, religion, sexual orientation, disability or being transgender. ' +
    'What you think is enough: you do not need proof.',
  askLikely: 'It sounds like this may have happened because of who someone is. Do you think that is right? What you think is enough.',
  yes: 'Yes',
  no: 'No',
  unsure: 'Not sure',
  strands: 'What do you think it was about? Choose one, then add more if you want.',
  suggest: (labels: string[]) => `From what you said, it may be about: ${labels.join(', ')}. Is that right?`,
  suggestYes: 'Yes, that’s right',
  suggestChange: 'Change or add',
  strandsMore: (chosen: string[]) => `So far: ${chosen.join(', ')}. Add another, or choose That’s all.`,
  done: 'That’s all',
};

export const ROLE = {
  ask: 'Did this happen to you, or did you see it?',
  victim: 'It happened to me',
  witness: 'I saw it',
  thirdParty: 'Someone told me',
  notSaid: 'Prefer not to say',
};

export const WHEN = {
  ask: 'When did it happen? For example: last night, Saturday about 11pm, or it keeps happening.',
  today: 'Today',
  yesterday: 'Yesterday',
  ongoing: 'It keeps happening',
  notSure: 'Not sure',
  keptAsWhere: 'Thank you, I have kept that as where it happened.',
};

export const WHERE = {
  ask: 'Where did it happen? A postcode, street or place name is fine, like DA11 0DQ or Gravesend town centre.',
  invalidPostcode: (attempt: string) =>
    `"${attempt}" does not look like a full postcode. A postcode looks like DA1 1DR. Please try again, or type the street or place name instead.`,
  soundsLikeWhen: 'That sounds like when it happened, which I have already.',
  whichBorough: 'Thank you. Is that in Dartford or Gravesham?',
  whichBoroughUnknown: 'Thank you. Which area is that in?',
  dartford: 'Dartford',
  gravesham: 'Gravesham',
  elsewhere: 'Somewhere else',
  notSure: 'Not sure',
  outside: (neighbour?: { name: string; police: string }) =>
    'That looks like it is outside Dartford and Gravesham. ' +
    (neighbour
      ? `The area is covered by ${neighbour.name}, and the police there are ${neighbour.police}. `
      : 'The local council for that place can help with anti-social behaviour, and the police on 101 with crime. ') +
    'You can still send this report: our team will pass it on if they can.',
};

export const PEOPLE = {
  ask: 'Optional: can you describe anyone involved, or any vehicles (like a number plate)? Or choose Skip.',
};

export const INJURED = {
  ask: 'Was anyone hurt?',
  yes: 'Yes',
  no: 'No',
  notSaid: 'Prefer not to say',
  yesFollowUp: 'I am sorry to hear that. If someone needs medical help now, call 999. For help that is not urgent, call NHS 111.',
};

export const IMPACT = {
  ask: 'Optional: how is this affecting you or others? Or choose Skip.',
};

export const CONTACT = {
  ask: 'Do you want to stay anonymous? Staying anonymous means we cannot tell you what happens next.',
  anonymous: 'Stay anonymous',
  giveDetails: 'Give contact details',
  name: 'Optional: what name should they use? Or choose Skip.',
  detail: 'What phone number or email address can they use?',
  detailRetry: 'That does not look like a UK phone number or an email address. Please try again, or type back to stay anonymous.',
  safe: 'Is it safe to leave you a message or voicemail?',
  bestTime: 'Optional: when is a good time to contact you? Or choose Skip.',
};

export const PERSONAL_DETAILS = {
  ask: (found: string[]) =>
    `You chose to stay anonymous, but what you wrote includes ${found.length === 1 ? 'this' : 'these'}: ${found.join(', ')}. ` +
    `Shall I remove ${found.length === 1 ? 'it' : 'them'} before sending?`,
  remove: 'Remove',
  keep: 'Keep',
  removed: 'Done. I have removed them.',
};

export const LANGUAGE = {
  offer: (language: string, services: DirectoryEntry[]) =>
    `It looks like you may prefer to use ${language}. I can only write in English, but you can write in your own words. ` +
    'These services can talk to you with an interpreter:\n' +
    services.map(formatSignpost).join('\n') +
    // The danger reading knows English only: 999 is said here too, and 999 call-handlers can bring in an interpreter.
    '\n\nIf someone is in danger now, call 999 and say the name of your language: they will get an interpreter.',
};

export const SUMMARY = {
  intro: 'Here is your report. Please check it.',
  ask: 'Shall I send it?',
  send: 'Send it',
  change: 'Change something',
  cancel: 'Don’t send',
  whichPart: 'What would you like to change?',
  confirmDelete: 'Delete this report, or change something?',
  delete: 'Delete it',
  sendAfterAll: 'Send it',
  cancelled: 'OK, I have not sent it, and I have cleared it.',
  /** The lines of the report read back before sending (dialogs/summary.ts). */
  lines: {
    narrative: 'What happened',
    category: 'Type of problem',
    hate: 'Because of who someone is',
    role: 'Your part in it',
    when: 'When',
    where: 'Where',
    people: 'People or vehicles',
    injured: 'Anyone hurt',
    impact: 'How it affects you',
    contact: 'Contact',
  },
  notGiven: 'not given',
  outsideArea: 'outside our area',
  anonymous: 'You are anonymous',
  safeToLeaveMessage: (safe: boolean) => `safe to leave a message: ${safe ? 'yes' : 'no'}`,
  bestTime: (time: string) => `best time: ${time}`,
};

export const CHANGE_PARTS = {
  narrative: 'What happened',
  category: 'Type of problem',
  hate: 'Who it was about',
  role: 'Your part in it',
  when: 'When',
  where: 'Where',
  people: 'People, vehicles',
  injured: 'Anyone hurt',
  impact: 'How it affects you',
  contact: 'Contact details',
} as const;

/** `asb`: the report is about anti-social behaviour, so the ASB Case Review (Community Trigger) applies to it. */
export const SUBMITTED = (reference: string, queues: string[], anonymous: boolean, emergency = false, asb = true) =>
  `Thank you. Your report has been sent. Your reference number is ${reference}.\n\n` +
  (emergency ? 'This chat cannot send help: if anyone is in danger now, call 999.\n\n' : '') +
  `It has gone to: ${queues.join('; ')}.\n\n` +
  (anonymous
    ? 'Because you stayed anonymous, nobody will contact you. If it happens again, you can report it again and quote your reference.'
    : 'Someone may contact you in the way you chose. Please quote your reference if you call.') +
  (asb
    ? '\n\nIf you report the same problem three times in six months and feel nothing has been done, you can ask for an ASB Case Review (the Community Trigger).'
    : '');

/** When a turn fails on our side (bot/index.ts); the emergency line follows it. */
export const TURN_ERROR = 'Sorry, something went wrong on our side. Please try again in a moment.';

/** After a numbered list of choices on Messenger, where there are too many for quick replies. */
export const NUMBERED_CHOICES_HINT = 'Reply with a number or the words.';

export const SUBMIT_FAILED =
  'Sorry, something went wrong and your report has not been sent yet. Please type Send it to try again in a moment, or call 101.';

export const SUPPORT = {
  ask: 'What would you like support with?',
  topics: {
    hate: 'A hate incident',
    asb: 'Neighbours, ASB',
    domestic_abuse: 'Abuse at home',
    crime: 'A crime',
    exploitation: 'Exploitation, gangs',
    extremism: 'Extremism',
    child: 'A child at risk',
    talk: 'Someone to talk to',
  },
  intro: 'These services can help:',
  after: 'Is there anything else? You can report something else or get support.',
};

export function formatSignpost(e: DirectoryEntry): string {
  const how = [e.phone && `call ${e.phone}`, e.textphone && `textphone ${e.textphone}`, e.web && e.web].filter(Boolean).join(', ');
  return `• ${e.name}: ${e.what} ${how ? `(${how}). ` : ''}${e.hours}.`;
}

/**
 * Other words residents use for each choice, besides its button title (which always counts). English, lower case;
 * a translation replaces these with its own.
 */
export const SYNONYMS = {
  contact: {
    anonymous: ['anonymous', 'yes', 'stay anonymous', 'no contact', 'skip', 'prefer not to say', 'no details'],
    contact: ['contact', 'contact me', 'details', 'no'],
  },
  safeToLeaveMessage: {
    yes: ['y', 'yeah', 'safe'],
    no: ['n', 'nope', 'not safe'],
  },
  hate: {
    yes: ['y', 'yeah', 'yep', 'i think so'],
    no: ['n', 'nope', 'dont think so'],
    unsure: ['dont know', 'maybe', 'unsure', 'not sure'],
    change: ['change', 'no', 'add', 'something else', 'add more'],
  },
  menu: {
    report: ['report', 'tell you', 'make a report'],
    support: ['support', 'help line', 'advice'],
    privacy: ['privacy', 'information', 'data'],
  },
  category: {
    yes: ['yes', 'y', 'yep', 'right', 'correct'],
    no: ['no', 'n', 'nope', 'wrong'],
  },
  role: {
    victim: ['me', 'to me', 'victim', 'happened to me', 'it was me'],
    witness: ['saw it', 'witness', 'i saw', 'seen it'],
    third_party: ['someone else', 'told', 'for someone', 'on behalf'],
    not_said: ['skip', 'rather not say', 'not say'],
  },
  injured: {
    yes: ['y', 'yeah', 'hurt', 'injured'],
    no: ['n', 'nope', 'nobody', 'no one'],
    not_said: ['skip', 'not sure', 'dont know'],
  },
  personalDetails: {
    remove: ['remove it', 'remove them', 'yes', 'delete'],
    keep: ['keep it', 'keep them', 'no', 'leave it'],
  },
  strands: {
    race: ['race', 'racist', 'racism', 'colour', 'nationality', 'ethnicity', 'where i am from'],
    religion: ['religion', 'faith', 'belief', 'muslim', 'jewish', 'christian', 'sikh', 'hindu'],
    sexual_orientation: ['sexuality', 'gay', 'lesbian', 'bisexual', 'homophobic', 'homophobia'],
    disability: ['disability', 'disabled', 'autism', 'wheelchair'],
    transgender: ['transgender', 'trans', 'transphobic', 'transphobia'],
    other: ['other', 'something else', 'age', 'sex', 'gender', 'goth', 'alternative'],
    done: ['done', 'thats all', 'that is all', 'finished', 'no more', 'nothing else'],
  },
  where: {
    outside: ['elsewhere', 'neither', 'outside', 'none'],
    unknown: ['dont know', 'unsure', 'no idea'],
  },
  danger: {
    carryOn: ['carry on', 'i am safe', 'im safe', 'safe', 'safe now', 'continue', 'go on', 'i am safe now', 'im safe now', 'ok'],
    stop: ['stop', 'end', 'stop it'],
    yes: ['yes', 'y', 'yeah', 'yes now', 'right now', 'danger'],
    no: ['no', 'n', 'nope', 'not now', 'no one', 'nobody'],
  },
  summary: {
    send: ['send', 'yes', 'submit', 'ok'],
    change: ['change', 'edit', 'fix'],
    cancel: ['dont send', 'do not send', 'no', 'delete'],
    delete: ['delete', 'yes delete', 'delete report', 'bin it'],
  },
};

/**
 * Whole messages that are commands at any step (dialogs/interruptions.ts), after lower-casing, dropping apostrophes
 * and punctuation and a leading "please", "can i", "i want to", "i would like to" or "id like to".
 */
export const COMMAND_WORDS = {
  help: ['help', '?', 'what can i say', 'what can i do', 'what can i type', 'commands', 'options'],
  start_again: ['start again', 'start over', 'restart', 'cancel', 'new report', 'menu', 'main menu', 'reset'],
  exit: ['exit', 'quit', 'leave', 'close', 'end chat', 'stop'],
  back: ['back', 'go back', 'previous', 'undo', 'last question'],
  talk_to_someone: [
    'talk to someone',
    'speak to someone',
    'talk to a person',
    'talk to a human',
    'speak to a person',
    'speak to a human',
    'human',
    'real person',
    'phone number',
    'phone numbers',
    'call someone',
  ],
};
export const COMMAND_LEAD_INS = ['please', 'can i', 'i want to', 'i would like to', 'id like to'];
/** Phrases inside a short message (at most 12 words) that ask for a person to talk to. */
export const TALK_PHRASES = [
  'someone to talk to',
  'somebody to talk to',
  'someone to speak to',
  'talk to someone',
  'talk to somebody',
  'speak to someone',
  'speak to somebody',
  'talk to a person',
  'speak to a person',
  'talk to a human',
  'speak to a human',
  'a real person',
  'need to talk',
  'talk to anyone',
  'anyone to talk to',
];

/**
 * A message that only says thank you ("thanks", "thank you so much for your help", "ok cheers x", "thank you for this
 * service, you were very helpful last time"), in lower case with its punctuation and emoji taken out: at the menu it is
 * not the start of a report, and at "Tell me what happened" it is not the story.
 */
export const THANKS =
  /^(?:(?:ok|okay|great|brilliant|lovely|perfect|cool|that s (?:great|brilliant|lovely|helpful|kind))\s+)*(?:i\s+)?(?:just\s+)?(?:want(?:ed)?\s+to\s+say\s+)?(?:thank you|thankyou|thanks|thank u|thanx|thx|ty|cheers|ta|many thanks)(?:\s+(?:so much|very much|a lot|loads|again|for (?:your|the|all your) help|for helping(?: me)?|for listening|for your time|for (?:this|the|your) (?:service|chat)|you (?:were|ve been|have been|are) (?:so |very |really )?(?:helpful|great|brilliant|lovely|kind)|last time|mate|love|x+))*(?:\s+(?:bye|goodbye))?$/;

/** A message that only says hello or asks whether anyone is there ("hi there", "hello is anyone there"): not a story. */
export const GREETING =
  /^(?!$)(?:(?:hi|hello|hiya|hey|good (?:morning|afternoon|evening))(?: there| all| again)?\s*)?(?:(?:is )?(?:anyone|anybody|someone) (?:there|here|reading this))?$/;

/** Answers to an optional question that mean "skip it" (lower case, a full stop or ! allowed after). */
export const SKIP_WORDS = ['skip', 'no thanks', 'none', 'nothing', 'n/a', 'prefer not to say', 'no'];
/** Answers to "When?" that mean the resident does not know. */
export const NOT_SURE_WORDS = ['not sure', 'dont know', 'don’t know', "don't know", 'unsure', 'no idea'];
