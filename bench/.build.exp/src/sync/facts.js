import { catalogId } from './types.js';
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const tokens = (v) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);
const date = (v) => {
    const s = str(v);
    return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
};
const monthOrDate = (v) => {
    const s = str(v);
    return s && /^\d{4}-\d{2}(-\d{2})?$/.test(s) ? s : undefined;
};
const MODALITY = { text: 'text', image: 'image', audio: 'audio', video: 'video', pdf: 'pdf', file: 'pdf' };
function modalities(list) {
    if (!Array.isArray(list))
        return undefined;
    const out = [...new Set(list.flatMap((m) => (typeof m === 'string' && MODALITY[m] ? [MODALITY[m]] : [])))];
    return out.length > 0 ? out : undefined;
}
function defined(facts) {
    const out = Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
    if (out.capabilities) {
        const caps = Object.fromEntries(Object.entries(out.capabilities).filter(([, v]) => v !== undefined));
        if (Object.keys(caps).length === 0)
            delete out.capabilities;
        else
            out.capabilities = caps;
    }
    return out;
}
const outputLimit = (out, context) => (out !== undefined && (context === undefined || out <= context) ? out : undefined);
export function modelsdevFacts(m) {
    if (!isObj(m))
        return {};
    const limit = isObj(m.limit) ? m.limit : {};
    const mods = isObj(m.modalities) ? m.modalities : {};
    const input = modalities(mods.input);
    const context = tokens(limit.context);
    return defined({
        name: str(m.name),
        contextWindow: context,
        maxOutput: outputLimit(tokens(limit.output), context),
        input,
        output: modalities(mods.output),
        released: date(m.release_date),
        knowledgeCutoff: monthOrDate(m.knowledge),
        openWeights: typeof m.open_weights === 'boolean' ? m.open_weights : undefined,
        capabilities: {
            vision: input ? input.includes('image') : undefined,
            reasoning: typeof m.reasoning === 'boolean' ? m.reasoning : undefined,
            'function-calling': typeof m.tool_call === 'boolean' ? m.tool_call : undefined,
            'tool-use': typeof m.tool_call === 'boolean' ? m.tool_call : undefined,
            'structured-outputs': m.structured_output === true ? true : undefined,
        },
    });
}
export function openrouterFacts(e) {
    if (!isObj(e))
        return {};
    const arch = isObj(e.architecture) ? e.architecture : {};
    const top = isObj(e.top_provider) ? e.top_provider : {};
    const params = Array.isArray(e.supported_parameters) ? e.supported_parameters : [];
    const input = modalities(arch.input_modalities);
    const context = tokens(e.context_length);
    const created = typeof e.created === 'number' && Number.isFinite(e.created) ? new Date(e.created * 1000).toISOString().slice(0, 10) : undefined;
    const id = str(e.id);
    return defined({
        name: str(e.name)?.replace(/^[^:]{1,40}:\s+/, ''),
        contextWindow: context,
        maxOutput: outputLimit(tokens(top.max_completion_tokens), context),
        input,
        output: modalities(arch.output_modalities),
        released: created,
        knowledgeCutoff: monthOrDate(e.knowledge_cutoff),
        openWeights: str(e.hugging_face_id) ? true : undefined,
        capabilities: {
            vision: input ? input.includes('image') : undefined,
            reasoning: params.includes('reasoning') || params.includes('include_reasoning') ? true : undefined,
            'function-calling': params.includes('tools') ? true : undefined,
            'tool-use': params.includes('tools') ? true : undefined,
            'structured-outputs': params.includes('structured_outputs') ? true : undefined,
        },
        url: id ? `https://openrouter.ai/${id.replace(/:[a-z]+$/, '')}` : undefined,
    });
}
export function litellmFacts(entry) {
    if (!isObj(entry))
        return {};
    const context = tokens(entry.max_input_tokens) ?? tokens(entry.max_tokens);
    const flag = (key) => (typeof entry[key] === 'boolean' ? entry[key] : undefined);
    const input = [
        'text',
        ...(entry.supports_vision === true ? ['image'] : []),
        ...(entry.supports_pdf_input === true ? ['pdf'] : []),
        ...(entry.supports_audio_input === true ? ['audio'] : []),
    ];
    return defined({
        contextWindow: context,
        maxOutput: outputLimit(tokens(entry.max_output_tokens), context),
        input,
        output: ['text'],
        capabilities: {
            vision: flag('supports_vision'),
            reasoning: flag('supports_reasoning'),
            'function-calling': flag('supports_function_calling'),
            'tool-use': flag('supports_function_calling'),
            'structured-outputs': flag('supports_response_schema'),
            'prompt-caching': flag('supports_prompt_caching'),
        },
        url: str(entry.source),
    });
}
export function newModelId(name) {
    return catalogId(name).replace(/^[^a-z0-9]+/, '');
}
//# sourceMappingURL=facts.js.map