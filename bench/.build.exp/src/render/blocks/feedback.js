import { LIMITS } from './kit.js';
export const FEEDBACK_ACTION = 'answer_feedback';
const VALUE_MAX = 2000;
export function feedbackValue(vote, question) {
    const prefix = `${vote}:`;
    const chars = [...question];
    return prefix + (chars.length + prefix.length <= VALUE_MAX ? question : chars.slice(0, VALUE_MAX - prefix.length).join(''));
}
export function readFeedbackValue(value) {
    const match = /^(up|down):([\s\S]*)$/.exec(value ?? '');
    return match ? { vote: match[1], question: match[2] } : undefined;
}
export function feedbackBlock(question) {
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
export function withFeedback(message, question) {
    return { text: message.text, blocks: [...message.blocks.slice(0, LIMITS.blocksPerMessage - 1), feedbackBlock(question)] };
}
//# sourceMappingURL=feedback.js.map