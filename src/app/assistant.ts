// The app's own pane (Slack's AI app surface): the prompts it offers, the title a thread gets from its
// question, and feedback on answers (thumbs up or down, stored with the question so the team can see what
// the bot gets wrong).
import type { Ports } from './ports.ts';

/** Offered when a person opens the pane; manifest.yml's assistant_view lists the same. */
export const SUGGESTED_PROMPTS = [
  { title: 'Cheapest at my volume', message: 'cheapest for 50M tokens?' },
  { title: 'Compare two models', message: 'compare Claude Sonnet 5 and GPT-5.4' },
  { title: "This week's price changes", message: 'what changed in prices this week?' },
] as const;

export const PROMPTS_TITLE = 'Ask which model to use, or what it will cost:';

/** A thread's title: its question on one line, at most 60 characters. */
export function threadTitle(question: string): string {
  const line = question.replace(/\s+/g, ' ').trim();
  if (line === '') return 'A question for Model Scout';
  const chars = [...line];
  return chars.length <= 60 ? line : `${chars.slice(0, 59).join('')}…`;
}

export type Vote = 'up' | 'down';

export interface FeedbackClick {
  teamId: string;
  channelId: string;
  messageTs: string;
  userId: string;
  vote: Vote;
  question: string;
}

/** Stores a feedback click; says why when it cannot (no store, or a click that names no answer). */
export async function recordFeedback(ports: Ports, click: FeedbackClick): Promise<'recorded' | 'no-store' | 'invalid'> {
  if (!click.teamId || !click.channelId || !click.messageTs || !click.userId) return 'invalid';
  await ports.ready;
  if (!ports.store) return 'no-store';
  await ports.store.recordFeedback({
    teamId: click.teamId,
    channelId: click.channelId,
    messageTs: click.messageTs,
    userId: click.userId,
    vote: click.vote,
    question: click.question,
    recordedAt: ports.now(),
  });
  return 'recorded';
}
