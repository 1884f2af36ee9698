export const SUGGESTED_PROMPTS = [
    { title: 'Cheapest at my volume', message: 'cheapest for 50M tokens?' },
    { title: 'Compare two models', message: 'compare Claude Sonnet 5 and GPT-5.4' },
    { title: "This week's price changes", message: 'what changed in prices this week?' },
];
export const PROMPTS_TITLE = 'Ask which model to use, or what it will cost:';
export function threadTitle(question) {
    const line = question.replace(/\s+/g, ' ').trim();
    if (line === '')
        return 'A question for Model Scout';
    const chars = [...line];
    return chars.length <= 60 ? line : `${chars.slice(0, 59).join('')}…`;
}
export async function recordFeedback(ports, click) {
    if (!click.teamId || !click.channelId || !click.messageTs || !click.userId)
        return 'invalid';
    await ports.ready;
    if (!ports.store)
        return 'no-store';
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
//# sourceMappingURL=assistant.js.map