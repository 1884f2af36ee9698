// The command registry: each command module registers its commands here.
import type { ParseArgsConfig } from 'node:util';
import type { Overlaid } from '../app/overlay.ts';
import type { Catalog } from '../catalog/validate.ts';
import type { Io } from './io.ts';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

export interface CommandContext {
  io: Io;
  args: string[];
  values: Values;
  json: boolean;
  asOf: string;
  /** The reviewed catalog (data/): what the sync compares with and `sync --write` proposes updates to. */
  catalog: () => Catalog;
  /** What answers read: the reviewed catalog with the store's accepted sync changes laid over it (read once). */
  answering: () => Promise<Overlaid>;
}

export interface Command {
  usage: string;
  summary: string;
  options: Options;
  run(ctx: CommandContext): number | Promise<number>;
}

export const commands = new Map<string, Command>();

export function registerCommand(name: string, command: Command): void {
  commands.set(name, command);
}
