import { calculatorInput, readFields } from '../../app/calculator.js';
import { CALCULATOR } from '../../render/blocks/views.js';
const FIELD_BLOCK = { volume: CALCULATOR.volume, mix: CALCULATOR.mix, cached: CALCULATOR.cached };
export function readCalculator(ports, view) {
    const values = view.state.values;
    const text = (block) => values[block]?.[block]?.value ?? '';
    return {
        ...calculatorInput(ports, view.private_metadata),
        volume: text(CALCULATOR.volume),
        mix: text(CALCULATOR.mix),
        cached: text(CALCULATOR.cached),
        batch: (values[CALCULATOR.batch]?.[CALCULATOR.batch]?.selected_options ?? []).length > 0,
    };
}
export function calculatorSubmitted(ports) {
    return async ({ ack, view }) => {
        const result = readFields(readCalculator(ports, view));
        if (result.ok) {
            await ack();
            return;
        }
        const errors = {};
        for (const p of result.problems)
            errors[FIELD_BLOCK[p.field]] = p.message.slice(0, 150);
        await ack({ response_action: 'errors', errors });
    };
}
export function registerViews(app, ports) {
    app.view(CALCULATOR.callbackId, calculatorSubmitted(ports));
}
//# sourceMappingURL=views.js.map