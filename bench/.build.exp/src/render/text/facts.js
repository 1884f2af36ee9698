import { cannotSeeWhy, factSentence, factSource } from '../facts.js';
export function factText(a) {
    const sources = a.facts.map(factSource).filter((s) => s !== undefined);
    return [...a.facts.map((f) => factSentence(a, f)), ...(sources.length > 0 ? ['', 'Sources:', ...sources.map((s) => `  ${s}`)] : [])].join('\n');
}
export function cannotSeeText(a) {
    return [cannotSeeWhy(a), '', 'What I can do instead:', ...a.instead.map((i) => `  ${i.command}  — ${i.what}`)].join('\n');
}
//# sourceMappingURL=facts.js.map