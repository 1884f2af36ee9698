export const INTENTS = [
    'compare',
    'cost',
    'cheapest',
    'lanes',
    'best',
    'attribute',
    'where',
    'upgrade',
    'model',
    'digest',
    'settings',
    'watch',
    'help',
    'cannot-see',
    'unknown',
];
export const HELP_TOPICS = ['blended', 'monthly', 'sources', 'freshness', 'list-prices', 'lanes', 'tokens', 'buying', 'caching', 'benchmarks', 'winners'];
export const DEFAULT_TOP = 5;
export function emptyQuery(text, intent = 'unknown') {
    return {
        intent,
        models: [],
        tokens: null,
        mix: null,
        cachedShare: null,
        batch: false,
        serviceTier: null,
        promptTokens: null,
        filters: {},
        attribute: null,
        lane: null,
        top: null,
        order: 'price',
        digest: null,
        settings: null,
        problems: [],
        text,
    };
}
//# sourceMappingURL=query.js.map