import { volumeText } from '../ask/command-text.js';
import { parseText } from '../ask/index.js';
import { profileOf } from '../ask/answer.js';
import { resolveModel } from '../catalog/resolve.js';
import { mixOf, parseMix, parseShare, parseVolume } from '../cost/parse.js';
import { handle } from './handle.js';
export const CALCULATOR_FIELDS = ['volume', 'mix', 'cached'];
export function calculatorInput(ports, command) {
    const query = parseText(ports.catalog, command);
    const profile = profileOf(query);
    const models = query.models.map((name) => {
        const r = resolveModel(ports.catalog, name);
        return r.kind === 'found' ? r.model.id : name;
    });
    return {
        command,
        models: models.length > 0 ? models : ['the cheapest models for your filters'],
        volume: volumeText(profile.tokensPerMonth),
        mix: `${profile.mix.input}:${profile.mix.output}`,
        cached: String(profile.cachedShare),
        batch: profile.batch,
    };
}
export function readFields(input) {
    const volume = parseVolume(input.volume);
    const mix = parseMix(input.mix === '' ? '3:1' : input.mix);
    const cached = parseShare(input.cached === '' ? '0' : input.cached);
    const problems = [];
    if (!volume.ok)
        problems.push({ field: 'volume', message: volume.error });
    if (!mix.ok)
        problems.push({ field: 'mix', message: mix.error });
    if (!cached.ok)
        problems.push({ field: 'cached', message: cached.error });
    if (!volume.ok || !mix.ok || !cached.ok)
        return { ok: false, problems };
    return { ok: true, tokens: volume.value.tokensPerMonth, mix: mixOf(mix.value.input, mix.value.output), cachedShare: cached.value };
}
export async function calculate(ports, input, where) {
    const fields = readFields(input);
    if (!fields.ok)
        return fields;
    const { volumes: _typed, ...base } = parseText(ports.catalog, input.command);
    const asked = { ...base, problems: [], tokens: fields.tokens, mix: fields.mix, cachedShare: fields.cachedShare, batch: input.batch };
    if (base.models.length === 0) {
        const { answer } = await handle({ text: input.command, where, query: { ...asked, intent: 'cheapest', top: 5 } }, ports);
        return { ok: true, quotes: [], ranking: answer.kind === 'cheapest' ? answer : null };
    }
    const answers = await Promise.all(base.models.map((model) => handle({ text: input.command, where, query: { ...asked, intent: 'cost', models: [model] } }, ports)));
    return { ok: true, quotes: answers.flatMap(({ answer }) => (answer.kind === 'cost' ? [answer] : [])), ranking: null };
}
//# sourceMappingURL=calculator.js.map