// The calculator modal's submission: bad inputs come back as errors on their own fields; good ones close it.
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewOutput } from '@slack/bolt';
import type { Listeners } from '../routes.ts';
import { calculatorInput, readFields, type CalculatorField, type CalculatorInput } from '../../app/calculator.ts';
import type { Ports } from '../../app/ports.ts';
import { CALCULATOR } from '../../render/blocks/views.ts';

const FIELD_BLOCK: Record<CalculatorField, string> = { volume: CALCULATOR.volume, mix: CALCULATOR.mix, cached: CALCULATOR.cached };

/** The calculator's inputs from a view's state (the command rides in private_metadata). */
export function readCalculator(ports: Ports, view: ViewOutput): CalculatorInput {
  const values = view.state.values;
  const text = (block: string) => values[block]?.[block]?.value ?? '';
  return {
    ...calculatorInput(ports, view.private_metadata),
    volume: text(CALCULATOR.volume),
    mix: text(CALCULATOR.mix),
    cached: text(CALCULATOR.cached),
    batch: (values[CALCULATOR.batch]?.[CALCULATOR.batch]?.selected_options ?? []).length > 0,
  };
}

export function calculatorSubmitted(ports: Ports) {
  return async ({ ack, view }: SlackViewMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    // The modal already shows the prices; submitting only checks the fields.
    const result = readFields(readCalculator(ports, view));
    if (result.ok) {
      await ack();
      return;
    }
    const errors: Record<string, string> = {};
    for (const p of result.problems) errors[FIELD_BLOCK[p.field]] = p.message.slice(0, 150);
    await ack({ response_action: 'errors', errors });
  };
}

export function registerViews(app: Listeners, ports: Ports): void {
  app.view(CALCULATOR.callbackId, calculatorSubmitted(ports));
}
