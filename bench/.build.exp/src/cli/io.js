import { format } from 'date-fns/format';
import { tz } from '@date-fns/tz';
import { InputError } from './errors.js';
import { IsoDate } from '../catalog/schema.js';
export const processIo = {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};
export function asOfDate(flag, now = new Date()) {
    if (flag === undefined)
        return format(now, 'yyyy-MM-dd', { in: tz('UTC') });
    if (!IsoDate.safeParse(flag).success)
        throw new InputError(`--as-of expects a date like 2026-11-22, got ${JSON.stringify(flag)}`);
    return flag;
}
export function printJson(io, value) {
    io.out(JSON.stringify(value, null, 2));
}
//# sourceMappingURL=io.js.map