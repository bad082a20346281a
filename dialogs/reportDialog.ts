import type { Activity, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  WaterfallDialog,
  type DialogTurnResult,
  type FoundChoice,
  type PromptValidatorContext,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { CATEGORIES, NOT_ASB_CATEGORIES, SAFE_MODE_CATEGORIES, type Category } from '../services/classification/codes';
import { removeSpans, spanText } from '../services/classification/analysis';
import type { ReportSubmission } from '../services/reports/reportService';
import { parseWhen } from '../services/when/parseWhen';
import { chooseSignposts } from '../services/signposting/directory';
import * as copy from './copy/en';
import { choice, choicePrompt, isGreeting, isSkip, isThanks, StoryPrompt, textPrompt, withButtons } from './choices';
import { CONTACT_DIALOG, ContactDialog } from './contactDialog';
import { clearSlots, fill, storyAfter, type ReportDraft, type Slot } from './draft';
import { HATE_DETAILS_DIALOG, HateDetailsDialog } from './hateDetailsDialog';
import { isAPlace, keepWhere, LOCATION_DIALOG, LocationDialog } from './locationDialog';
import { OptionalQuestion } from './optionalQuestion';
import { getDraft, type DialogServices } from './services';
import { SUPPORT_DIALOG, type SupportOptions } from './supportDialog';
import { summarise } from './summary';

export const REPORT_DIALOG = 'reportDialog';
const STEPS = 'reportSteps';
const TEXT = 'reportText';
const WHEN_TEXT = 'whenText';
const NARRATIVE_TEXT = 'narrativeText';
const CHOICE = 'reportChoice';

const CHILD =
  /\b(child|children|kid|kids|boy|girl|teen|teenager|\d{1,2}[- ]?(year|yr)s?[- ]?old|under ?age|school ?(boy|girl|kid)s?|my (son|daughter))\b/i;
/** Harm to a child (safeguarding), not every unkindness: racist shouting at children is a hate incident, not safe mode. */
const HARM =
  /\b(sexual\w*|groom\w*|exploit\w*|neglect\w*|being abused|abused by|abusing (him|her|them|my)|(hits?|hitting|beats?|beating|beaten|hurts?|hurting|harms?|harming) (him|her|them|my|the)|run(ning)? drugs|county lines?|drugs? to|touch(ed|ing)? (him|her|them))\b/i;

/** A story of one word, an emoji, "skip", a thank-you or a hello is not yet a story: asked for once more, kindly. */
function tellsSomething(text: string): boolean {
  const words = text.match(/\p{L}+/gu) ?? [];
  return words.length >= 2 && !isSkip(text) && !isThanks(text) && !isGreeting(text);
}

/** Parts a resident can change at the summary, and the slots each one empties. */
const CHANGEABLE: Record<keyof typeof copy.CHANGE_PARTS, Slot[]> = {
  narrative: ['narrative'],
  category: ['category'],
  hate: ['hate'],
  role: ['role'],
  when: ['when'],
  where: ['where'],
  people: ['people'],
  injured: ['injured'],
  impact: ['impact'],
  contact: ['anonymous'],
};

/**
 * The report, question by question (docs/architecture.md 5). Each ask-step asks only when its slot in the draft is empty, so
 * "back" and "change something" empty a slot and run this dialog again: only that question is asked, then the
 * summary. The questions in groups (hate, where, contact) are dialogs of their own.
 */
export class ReportDialog extends ComponentDialog {
  private readonly people: OptionalQuestion;
  private readonly impact: OptionalQuestion;

  constructor(private readonly services: DialogServices) {
    super(REPORT_DIALOG);
    this.people = new OptionalQuestion(services, 'people', TEXT, copy.PEOPLE.ask);
    this.impact = new OptionalQuestion(services, 'impact', TEXT, copy.IMPACT.ask);
    this.addDialog(textPrompt(TEXT))
      .addDialog(textPrompt(WHEN_TEXT, (p) => this.notAPlace(p)))
      .addDialog(new StoryPrompt(NARRATIVE_TEXT, async (p) => p.recognized.succeeded && (tellsSomething(p.recognized.value!) || p.attemptCount > 1)))
      .addDialog(choicePrompt(CHOICE))
      .addDialog(new HateDetailsDialog(services))
      .addDialog(new LocationDialog(services))
      .addDialog(new ContactDialog(services))
      .addDialog(
        new WaterfallDialog(STEPS, [
          this.askNarrative.bind(this),
          this.saveNarrative.bind(this),
          this.confirmCategory.bind(this),
          this.saveConfirmation.bind(this),
          this.chooseCategory.bind(this),
          this.saveCategory.bind(this),
          this.runHateDetails.bind(this),
          this.askRole.bind(this),
          this.saveRole.bind(this),
          this.askWhen.bind(this),
          this.saveWhen.bind(this),
          this.runLocation.bind(this),
          this.askPeople.bind(this),
          this.savePeople.bind(this),
          this.askInjured.bind(this),
          this.saveInjured.bind(this),
          this.askImpact.bind(this),
          this.saveImpact.bind(this),
          this.runContact.bind(this),
          this.checkPersonalDetails.bind(this),
          this.savePersonalDetailsChoice.bind(this),
          this.showSummary.bind(this),
          this.actOnSummary.bind(this),
          this.confirmDelete.bind(this),
          this.applyChangeOrFinish.bind(this),
        ]),
      );
    this.initialDialogId = STEPS;
  }

  private draft(step: WaterfallStepContext): Promise<ReportDraft> {
    return getDraft(this.services, step.context);
  }

  private async askNarrative(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((await this.draft(step)).narrative !== undefined) return step.next();
    return step.prompt(NARRATIVE_TEXT, { prompt: copy.NARRATIVE.prompt, retryPrompt: copy.NARRATIVE.more });
  }

  private async saveNarrative(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.draft(step);
    if (typeof step.result === 'string') fill(draft, 'narrative', { narrative: storyAfter(draft, step.result.trim()) });
    if (draft.narrative && !draft.classification) {
      const [classification, language] = await Promise.all([
        this.services.classifier.classify(draft.narrative),
        this.services.analyser.detectLanguage(draft.narrative),
      ]);
      // Danger in the story was answered by the guard (dialogs/interruptions.ts), which marks the report.
      draft.classification = classification;
      draft.childAtRisk = CHILD.test(draft.narrative) && HARM.test(draft.narrative);
      if (language && language.code !== 'en') {
        draft.language = language.code;
        const interpreted = this.services.directory.filter((e) => e.interpreters && e.enabled);
        await step.context.sendActivity(copy.LANGUAGE.offer(language.name, interpreted));
      }
    }
    return step.next();
  }

  /** The classifier's reading is offered back, never silently trusted. */
  private async confirmCategory(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.draft(step);
    if (draft.category) return step.next();
    const guess = draft.classification!.categories[0]!;
    if (guess === 'other') return step.next({ value: 'no' });
    const sure = draft.classification!.confidence >= 0.5;
    return step.prompt(CHOICE, {
      prompt: sure ? copy.CATEGORY.confirm(guess) : copy.CATEGORY.confirmUnsure(guess),
      choices: [choice('yes', copy.CATEGORY.yes, copy.SYNONYMS.category.yes), choice('no', copy.CATEGORY.no, copy.SYNONYMS.category.no)],
    });
  }

  private async saveConfirmation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.draft(step);
    const answer = (step.result as FoundChoice | undefined)?.value;
    if (answer === 'yes') {
      fill(draft, 'category', { category: draft.classification!.categories[0]!, categoryConfirmed: true });
      await this.enterSafeModeIfNeeded(step.context, draft);
    }
    return step.next();
  }

  private async chooseCategory(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.draft(step);
    if (draft.category) return step.next();
    // The classifier's other readings first, then the rest in the usual order.
    const order = [...new Set<Category>([...draft.classification!.categories, ...CATEGORIES])];
    return step.prompt(CHOICE, {
      prompt: copy.CATEGORY.choose,
      choices: order.map((c) => choice(c, copy.CATEGORY_LABELS[c].title)),
    });
  }

  private async saveCategory(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.draft(step);
    const chosen = (step.result as FoundChoice | undefined)?.value as Category | undefined;
    if (chosen) {
      fill(draft, 'category', { category: chosen, categoryConfirmed: chosen === draft.classification!.categories[0] });
      await this.enterSafeModeIfNeeded(step.context, draft);
    }
    return step.next();
  }

  /** Domestic abuse, exploitation or a child at risk: careful wording, optional questions dropped, quick exit repeated. */
  private async enterSafeModeIfNeeded(context: TurnContext, draft: ReportDraft): Promise<void> {
    const needed = SAFE_MODE_CATEGORIES.includes(draft.category!) || draft.childAtRisk;
    if (!needed || draft.safeMode) return;
    draft.safeMode = true;
    await context.sendActivity(copy.SAFE_MODE.careful);
    await this.safeModeReminder(context);
  }

  private async safeModeReminder(context: TurnContext): Promise<void> {
    const channel = context.activity.channelId;
    await context.sendActivity(channel === 'facebook' ? copy.SAFE_MODE.facebook : copy.SAFE_MODE.webchat);
  }

  private async runHateDetails(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(HATE_DETAILS_DIALOG);
  }

  private async askRole(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((await this.draft(step)).role) return step.next();
    return step.prompt(CHOICE, {
      prompt: copy.ROLE.ask,
      choices: [
        choice('victim', copy.ROLE.victim, copy.SYNONYMS.role.victim),
        choice('witness', copy.ROLE.witness, copy.SYNONYMS.role.witness),
        choice('third_party', copy.ROLE.thirdParty, copy.SYNONYMS.role.third_party),
        choice('not_said', copy.ROLE.notSaid, copy.SYNONYMS.role.not_said),
      ],
    });
  }

  private async saveRole(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const role = (step.result as FoundChoice | undefined)?.value;
    if (role) fill(await this.draft(step), 'role', { role: role as ReportDraft['role'] });
    return step.next();
  }

  private async askWhen(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((await this.draft(step)).when) return step.next();
    return step.prompt(WHEN_TEXT, { prompt: this.whenQuestion(), retryPrompt: this.whenQuestion() });
  }

  private whenQuestion(): Partial<Activity> {
    return withButtons(copy.WHEN.ask, [copy.WHEN.today, copy.WHEN.yesterday, copy.WHEN.ongoing, copy.WHEN.notSure]);
  }

  /**
   * A place given for the time ("outside the Co-op on Parrock Street") is kept as where it happened (not asked again
   * later), and the time is asked once more.
   */
  private async notAPlace(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value?.trim() ?? '';
    if (!text) return false;
    // Asked once more at most, and only while where is not known (the cheaper check before the reading of the words).
    if (prompt.attemptCount > 1 || (await getDraft(this.services, prompt.context)).whereText !== undefined) return true;
    if (!isAPlace(this.services, text)) return true;
    await keepWhere(this.services, prompt.context, text);
    // A prompt does not ask again in a turn that has already answered: the question goes with the message.
    await prompt.context.sendActivities([{ type: 'message', text: copy.WHEN.keptAsWhere }, this.whenQuestion()]);
    return false;
  }

  private async saveWhen(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (typeof step.result === 'string') {
      const text = step.result.trim();
      const when = copy.NOT_SURE_WORDS.includes(text.toLowerCase()) ? { text, ongoing: false } : parseWhen(text, this.services.now());
      fill(await this.draft(step), 'when', { when });
    }
    return step.next();
  }

  private async runLocation(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(LOCATION_DIALOG);
  }

  private askPeople(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.people.ask(step);
  }

  private savePeople(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.people.save(step);
  }

  private async askInjured(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if ((await this.draft(step)).injured) return step.next();
    return step.prompt(CHOICE, {
      prompt: copy.INJURED.ask,
      choices: [
        choice('yes', copy.INJURED.yes, copy.SYNONYMS.injured.yes),
        choice('no', copy.INJURED.no, copy.SYNONYMS.injured.no),
        choice('not_said', copy.INJURED.notSaid, copy.SYNONYMS.injured.not_said),
      ],
    });
  }

  private async saveInjured(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const injured = (step.result as FoundChoice | undefined)?.value as ReportDraft['injured'] | undefined;
    if (injured) {
      fill(await this.draft(step), 'injured', { injured });
      if (injured === 'yes') await step.context.sendActivity(copy.INJURED.yesFollowUp);
    }
    return step.next();
  }

  private askImpact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.impact.ask(step);
  }

  private saveImpact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return this.impact.save(step);
  }

  private async runContact(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.beginDialog(CONTACT_DIALOG);
  }

  /** Anonymous, but a phone number or email in their words: keep or remove exactly those (docs/architecture.md 8). */
  private async checkPersonalDetails(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.draft(step);
    if (draft.personalDetailsChecked || draft.anonymous === false) return step.next();
    const found = await this.findPersonalDetails(draft);
    // Kept for the next step: the spans to remove are those shown to the resident (no second analysis call).
    (step.values as { personalDetails?: typeof found }).personalDetails = found;
    if (found.length === 0) {
      draft.personalDetailsChecked = true;
      return step.next();
    }
    const shown = [...new Set(found.flatMap(({ text, spans }) => spans.map((span) => spanText(text, span))))];
    return step.prompt(CHOICE, {
      prompt: copy.PERSONAL_DETAILS.ask(shown),
      choices: [
        choice('remove', copy.PERSONAL_DETAILS.remove, copy.SYNONYMS.personalDetails.remove),
        choice('keep', copy.PERSONAL_DETAILS.keep, copy.SYNONYMS.personalDetails.keep),
      ],
    });
  }

  private async savePersonalDetailsChoice(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = (step.result as FoundChoice | undefined)?.value;
    if (!answer) return step.next();
    const draft = await this.draft(step);
    if (answer === 'remove') {
      const found = (step.values as { personalDetails?: Awaited<ReturnType<ReportDialog['findPersonalDetails']>> }).personalDetails ?? [];
      for (const { field, text, spans } of found) draft[field] = removeSpans(text, spans);
      await step.context.sendActivity(copy.PERSONAL_DETAILS.removed);
    }
    fill(draft, 'personalDetails', { personalDetailsChecked: true });
    return step.next();
  }

  private async findPersonalDetails(draft: ReportDraft) {
    const fields = (['narrative', 'people', 'impact'] as const).filter((f) => typeof draft[f] === 'string' && draft[f]);
    const found = await Promise.all(
      fields.map(async (field) => ({ field, text: draft[field]!, spans: await this.services.analyser.personalDetails(draft[field]!) })),
    );
    return found.filter((f) => f.spans.length > 0);
  }

  private async showSummary(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.draft(step);
    const borough = draft.borough ? this.services.locator.boroughName(draft.borough) : undefined;
    await step.context.sendActivity(`${copy.SUMMARY.intro}\n\n${summarise(draft, borough)}`);
    if (draft.safeMode) await this.safeModeReminder(step.context);
    return step.prompt(CHOICE, {
      prompt: copy.SUMMARY.ask,
      choices: [
        choice('send', copy.SUMMARY.send, copy.SYNONYMS.summary.send),
        choice('change', copy.SUMMARY.change, copy.SYNONYMS.summary.change),
        choice('cancel', copy.SUMMARY.cancel, copy.SYNONYMS.summary.cancel),
      ],
    });
  }

  private async actOnSummary(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const action = (step.result as FoundChoice).value;
    // "No" or "Don't send" is asked once more before anything is deleted.
    if (action === 'cancel') {
      return step.prompt(CHOICE, {
        prompt: copy.SUMMARY.confirmDelete,
        choices: [
          choice('delete', copy.SUMMARY.delete, copy.SYNONYMS.summary.delete),
          choice('change', copy.SUMMARY.change, copy.SYNONYMS.summary.change),
          choice('send', copy.SUMMARY.sendAfterAll, copy.SYNONYMS.summary.send),
        ],
      });
    }
    return this.changeOrSend(step, action);
  }

  /** After "Delete this report, or change something?"; any other answer passes straight on. */
  private async confirmDelete(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const action = (step.result as FoundChoice | undefined)?.value;
    if (action === 'delete') {
      await this.services.draft.delete(step.context);
      await step.context.sendActivity(copy.SUMMARY.cancelled);
      return step.endDialog();
    }
    if (action === 'change' || action === 'send') return this.changeOrSend(step, action);
    return step.next(step.result);
  }

  private async changeOrSend(step: WaterfallStepContext, action: string): Promise<DialogTurnResult> {
    if (action === 'change') {
      return step.prompt(CHOICE, {
        prompt: copy.SUMMARY.whichPart,
        choices: Object.entries(copy.CHANGE_PARTS).map(([value, title]) => choice(value, title)),
      });
    }
    return this.submit(step);
  }

  /** After "Change something": empty that part and run the questions again. After sending: done. */
  private async applyChangeOrFinish(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const part = (step.result as FoundChoice | undefined)?.value as keyof typeof CHANGEABLE | undefined;
    if (!part) return step.endDialog();
    clearSlots(await this.draft(step), ...CHANGEABLE[part]);
    return step.replaceDialog(STEPS);
  }

  private async submit(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const draft = await this.draft(step);
    const submission = this.toSubmission(draft);
    let sent;
    try {
      sent = await this.services.reports.submit(draft.id, submission);
    } catch (err) {
      // Nothing was acknowledged; the draft is kept and the summary asked again.
      this.services.log.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'report submission failed');
      await step.context.sendActivity(copy.SUBMIT_FAILED);
      return step.replaceDialog(STEPS);
    }
    // The ASB Case Review is for anti-social behaviour (not safe mode, which a child at risk also sets).
    const asb = !NOT_ASB_CATEGORIES.includes(draft.category!);
    await step.context.sendActivity(copy.SUBMITTED(sent.reference, sent.queueNames, submission.anonymous, submission.emergencyIndicated, asb));
    await this.services.draft.delete(step.context);
    return step.beginDialog(SUPPORT_DIALOG, { signposts: submission.signposted } satisfies SupportOptions);
  }

  /** The draft as a routed report (docs/architecture.md 4.4): no channel ids, contact only when the resident gave it. */
  toSubmission(draft: ReportDraft): ReportSubmission {
    const classification = draft.classification!;
    const primary = draft.category!;
    const borough = draft.borough ?? 'unknown';
    const hate = draft.hate ?? false;
    const strands = hate ? (draft.strands ?? []) : [];
    const signposted = chooseSignposts(this.services.directory, {
      category: primary,
      hate,
      strands,
      role: draft.role,
      borough: this.services.deployment.boroughs.some((b) => b.id === borough) ? borough : borough === 'outside' ? 'outside' : undefined,
      boroughSignposts: this.services.deployment.boroughs.find((b) => b.id === borough)?.signposts,
      childAtRisk: draft.childAtRisk,
      text: draft.narrative,
    }).map((e) => e.id);
    const anonymous = draft.anonymous !== false;
    return {
      channel: draft.channel,
      categories: [primary, ...classification.categories.filter((c) => c !== primary)],
      hate,
      strands,
      emergencyIndicated: draft.emergencyIndicated,
      reporterRole: draft.role ?? 'not_said',
      narrative: draft.narrative ?? '',
      ...(draft.language ? { language: draft.language } : {}),
      when: draft.when ?? { text: '', ongoing: false },
      where: { text: draft.whereText ?? '', ...(draft.postcode ? { postcode: draft.postcode } : {}), borough },
      ...(draft.people ? { peopleInvolved: draft.people } : {}),
      injured: draft.injured ?? 'not_said',
      ...(draft.impact ? { impact: draft.impact } : {}),
      anonymous,
      ...(anonymous
        ? {}
        : {
            contact: {
              ...(draft.contactName ? { name: draft.contactName } : {}),
              ...(draft.contactPhone ? { phone: draft.contactPhone } : {}),
              ...(draft.contactEmail ? { email: draft.contactEmail } : {}),
              safeToLeaveMessage: draft.safeToLeaveMessage ?? false,
              ...(draft.bestTime ? { bestTime: draft.bestTime } : {}),
            },
          }),
      signposted,
      classification: {
        source: classification.source,
        categories: classification.categories,
        hate: classification.hate,
        strands: classification.strands,
        confirmedByResident: draft.categoryConfirmed === true && hate === classification.hate,
      },
    };
  }
}
