// What a name covers, written plainly: the oracle for rankings kept to models a name answers to.
import { versionOf } from '../../src/catalog/resolve.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';

const parts = (t: string) =>
  t
    .toLowerCase()
    .split(/[^a-z0-9]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)
    .filter((w) => w !== '');

/** A model answers to a name when each of its words and numbers is in one of the model's names, the version first. */
export function answersTo(m: CatalogModel, typed: string): boolean {
  const version = versionOf(typed);
  return [m.id, m.name, ...m.aliases].some((name) => parts(typed).every((w) => parts(name).includes(w)) && version.every((n, i) => versionOf(name)[i] === n));
}
