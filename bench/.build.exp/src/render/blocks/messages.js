import { ACTION } from './actions.js';
import { actions, button, clip, context, esc, header, section } from './kit.js';
import { assumptionsLine, sourcesContext } from './common.js';
import { cheapestOfferWords, directWords, helpTopicLines, notOnWords, routePrice } from '../words.js';
export function helpBlocks(a) {
    const topic = helpTopicLines(a);
    if (topic.length > 0)
        return {
            text: topic.join(' '),
            blocks: [
                section(topic.map(esc).join('\n\n')),
                context([`${a.models} models from ${a.providers.length} providers; prices checked ${a.checkedOldest} to ${a.checkedNewest}. \`/models help\` lists what to ask.`]),
            ],
        };
    const blocks = [
        header('Model Scout: which model, and what it will cost'),
        section(`I know *${a.models} models* from ${esc(a.providers.join(', '))}. Prices were checked between ${a.checkedOldest} and ${a.checkedNewest}; every answer shows its sources and assumptions.`),
        section(a.examples.map((e) => `\`${esc(e.command)}\`\n${esc(e.what)}`).join('\n')),
        context([`*Lanes:* ${a.lanes.map((l) => `\`${l.id}\``).join(' ')}`]),
    ];
    return { text: `Model Scout knows ${a.models} models. Try /compare gpt-4.1-mini gpt-5.3-codex or /models cheapest 50M.`, blocks };
}
export function notUnderstoodBlocks(a) {
    const lines = a.problems.length > 0 ? a.problems.map(esc) : [`I could not tell what to answer for “${esc(clip(a.text, 300))}”.`];
    if (a.understood.length > 0)
        lines.push(`I understood ${esc(a.understood.join('; '))}.`);
    const blocks = [section(lines.join('\n'))];
    if (a.suggestion) {
        blocks.push(section(`Did you mean \`${esc(a.suggestion)}\`?`));
        blocks.push(actions([button(`Run ${clip(a.suggestion, 60)}`, ACTION.run, a.suggestion, 'primary')]));
    }
    else {
        blocks.push(context(['Try `/models help` for what I can answer.']));
    }
    const lead = a.problems.length > 0 ? a.problems.join(' ') : 'I could not tell what to answer.';
    return { text: `${lead}${a.suggestion ? ` Did you mean ${a.suggestion}?` : a.problems.length > 0 ? '' : ' Try /models help.'}`, blocks };
}
export function unknownModelBlocks(a) {
    const lines = a.names.map((n) => n.kind === 'ambiguous'
        ? `${esc(n.note)}: ${n.suggestions.map((s) => `\`${esc(s)}\``).join(', ')}.`
        : `${esc(n.note)}.${n.suggestions.length > 0 ? ` Did you mean ${n.suggestions.map((s) => `\`${esc(s)}\``).join(', ')}?` : ' `/models help` shows how to find one.'}`);
    const blocks = [section(lines.join('\n'))];
    if (a.retries.length > 0)
        blocks.push(actions(a.retries.slice(0, 5).map((r, i) => button(r.label, `${ACTION.run}:retry:${i}`, r.command, i === 0 ? 'primary' : undefined))));
    const first = a.names[0];
    return { text: first ? `${first.note}.${first.suggestions.length > 0 ? ` Did you mean ${first.suggestions.join(', ')}?` : ''}` : 'Unknown model.', blocks };
}
export function inputProblemBlocks(a) {
    return { text: a.problems[0] ?? 'Bad input.', blocks: [section(a.problems.map(esc).join('\n')), ...(a.forms.length > 0 ? [context(a.forms.map(esc))] : [])] };
}
export function attributeBlocks(a, ctx) {
    void ctx;
    return { text: a.sentence, blocks: [section(esc(a.sentence)), ...(a.assumptions.text.length > 0 ? [context([assumptionsLine(a.assumptions)])] : []), sourcesContext(a.sources)] };
}
function whereLine(m, mrkdwn) {
    const text = (s) => (mrkdwn ? esc(s) : s);
    const routes = m.routes.map((r) => `${r.platform} (${mrkdwn ? `\`${esc(r.id)}\`` : r.id}${routePrice(r) ? `, ${text(routePrice(r) ?? '')}` : ''})`);
    const name = mrkdwn ? `*${esc(m.name)}*` : m.name;
    const after = text(cheapestOfferWords(m) + notOnWords(m.notOn));
    if (!m.direct)
        return `${name}: ${text(m.provider)} does not sell it directly; ${routes.length > 0 ? `hosts: ${routes.join('; ')}` : 'no host in the catalog'}.${after}`;
    return `${name}: ${text(directWords(m.provider, m.ownPrice))}${routes.length > 0 ? `; ${routes.join('; ')}` : '; no other route in the catalog'}.${after}`;
}
export function whereBlocks(a) {
    const text = clip(a.models.map((m) => whereLine(m, false)).join(' '), 1000);
    return {
        text,
        blocks: [section(a.models.map((m) => whereLine(m, true)).join('\n')), context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources)],
    };
}
export function unavailableBlocks(message) {
    return { text: message, blocks: [section(esc(message))] };
}
export function saidBlocks(s) {
    return { text: s.text, blocks: [section(esc(s.text)), ...(s.note ? [context([esc(s.note)])] : [])] };
}
//# sourceMappingURL=messages.js.map