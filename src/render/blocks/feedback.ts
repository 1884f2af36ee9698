// Thumbs up / down under an answer (a context_actions block with Slack's feedback buttons).
import type { types } from '@slack/bolt';
import type { Vote } from '../../app/assistant.ts';
import { LIMITS, type SlackMessage } from './kit.ts';

export const FEEDBACK_ACTION = 'answer_feedback';

/** Slack's limit on a feedback button's value; the question is cut to fit. */
const VALUE_MAX = 2000;

/** A feedback button's value: the vote and the question it answered ("down:cheapest for 50M tokens?"). */
export function feedbackValue(vote: Vote, question: string): string {
  const prefix = `${vote}:`;
  const chars = [...question];
  return prefix + (chars.length + prefix.length <= VALUE_MAX ? question : chars.slice(0, VALUE_MAX - prefix.length).join(''));
}

/** The vote and question a feedback button's value carries; undefined for a value this app did not write. */
export function readFeedbackValue(value: string | undefined): { vote: Vote; question: string } | undefined {
  const match = /^(up|down):([\s\S]*)$/.exec(value ?? '');
  return match ? { vote: match[1] as Vote, question: match[2] as string } : undefined;
}

export function feedbackBlock(question: string): types.ContextActionsBlock {
  return {
    type: 'context_actions',
    elements: [
      {
        type: 'feedback_buttons',
        action_id: FEEDBACK_ACTION,
        positive_button: { text: { type: 'plain_text', text: 'Good answer' }, accessibility_label: 'This answer was useful', value: feedbackValue('up', question) },
        negative_button: {
          text: { type: 'plain_text', text: 'Wrong or unhelpful' },
          accessibility_label: 'This answer was wrong or unhelpful',
          value: feedbackValue('down', question),
        },
      },
    ],
  };
}

/** The answer with feedback buttons as its last block (within the block limit). */
export function withFeedback(message: SlackMessage, question: string): SlackMessage {
  return { text: message.text, blocks: [...message.blocks.slice(0, LIMITS.blocksPerMessage - 1), feedbackBlock(question)] };
}
