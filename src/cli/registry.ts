// The command registry: each command module registers its commands here.
import type { ParseArgsConfig } from 'node:util';
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
  catalog: () => Catalog;
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

