// The calculator modal's submission: bad inputs come back as field errors; good ones close it.
import type { ViewOutput } from '@slack/bolt';
import { CALCULATOR, type CalculatorInput } from '../../render/blocks/views.ts';
import { calculate, calculatorInput, type Bot } from '../bot.ts';
import type { Listeners } from './router.ts';

/** The calculator's inputs from a view's state (the command rides in private_metadata). */
export function readCalculator(bot: Bot, view: ViewOutput): CalculatorInput {
  const values = view.state.values;
  const text = (block: string) => values[block]?.[block]?.value ?? '';
  const base = calculatorInput(bot, view.private_metadata);
  return {
    ...base,
    volume: text(CALCULATOR.volume),
    mix: text(CALCULATOR.mix),
    cached: text(CALCULATOR.cached),
    batch: (values[CALCULATOR.batch]?.[CALCULATOR.batch]?.selected_options ?? []).length > 0,
  };
}

export function registerViews(app: Listeners, bot: Bot): void {
  app.view(CALCULATOR.callbackId, async ({ ack, view }) => {
    const input = readCalculator(bot, view);
    const result = calculate(bot, input);
    if (!result.ok) {
      const errors: Record<string, string> = {};
      for (const p of result.problems) {
        const block = /mix/i.test(p) ? CALCULATOR.mix : /share|cached/i.test(p) ? CALCULATOR.cached : CALCULATOR.volume;
        errors[block] = errors[block] ? `${errors[block]} ${p}` : p.slice(0, 150);
      }
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
  });
}
