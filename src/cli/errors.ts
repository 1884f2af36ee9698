/** Bad usage of the command line (unknown command or flag): exit 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Input the command understood but cannot accept (unknown model, bad volume): exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}
