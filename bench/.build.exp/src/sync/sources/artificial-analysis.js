import { z } from 'zod';
import { SyncError } from '../types.js';
import { checkDocument, tally } from './read.js';
import { checkFigure, dateInName } from './evidence.js';
export const AA_BENCHMARK = 'aa-intelligence-index';
const INDICES = [
    ['intelligence_index', 'aa-intelligence-index'],
    ['coding_index', 'aa-coding-index'],
    ['agentic_index', 'aa-agentic-index'],
];
const Index = z.number().finite().nullable().optional();
const Document = z.looseObject({
    data: z.array(z.looseObject({
        id: z.string().min(1),
        benchmarks: z
            .looseObject({ artificial_analysis: z.looseObject({ intelligence_index: Index, coding_index: Index, agentic_index: Index }).nullable().optional() })
            .nullable()
            .optional(),
    })),
});
export const artificialAnalysis = {
    id: 'artificial-analysis',
    label: 'Artificial Analysis (via OpenRouter)',
    file: 'artificial-analysis.yml',
    evidence: 'Artificial Analysis indices (via OpenRouter)',
    license: 'Artificial Analysis terms: attribution required, redistribution restricted',
    defaultUrl: 'https://openrouter.ai/api/v1/models',
    format: 'json',
    read(document, context) {
        const data = checkDocument(Document, document, 'Artificial Analysis (via OpenRouter)', '{"data": [{"id": …, "benchmarks": {"artificial_analysis": …}}, …]}').data;
        if (data.length === 0)
            throw new SyncError('empty', 'Artificial Analysis (via OpenRouter): the model list is empty ("data": [])');
        const checked = dateInName(context.name) ?? context.fetchedOn;
        const entries = [];
        const skipped = {};
        for (const m of data) {
            if (m.id.includes(':')) {
                tally(skipped, 'variant ids');
                continue;
            }
            const aa = m.benchmarks?.artificial_analysis;
            if (!aa) {
                tally(skipped, 'no Artificial Analysis index');
                continue;
            }
            for (const [key, id] of INDICES) {
                const value = aa[key];
                if (value === null || value === undefined)
                    continue;
                checkFigure(value >= 0 && value <= 100, 'Artificial Analysis (via OpenRouter)', m.id, `${key} ${value}`);
                entries.push({
                    sourceId: m.id,
                    names: [m.id],
                    score: { id, score: value, source: { url: 'https://artificialanalysis.ai/', via: `OpenRouter /api/v1/models (${context.name})` }, checked },
                });
            }
        }
        return { entries, total: data.length, skipped };
    },
};
//# sourceMappingURL=artificial-analysis.js.map