/** What a key needs of a keyset order (`KeysetOrder` in pagination.ts). */
export interface KeyedOrder {
  sortType: 'timestamp' | 'text' | 'number';
  direction: 'ASC' | 'DESC';
}

const reverseHex = (key: string) =>
  key.replace(/[0-9a-f]/g, (digit) => (15 - parseInt(digit, 16)).toString(16));
const reverseDecimal = (key: string) => key.replace(/\d/g, (digit) => String(9 - Number(digit)));

/** A float8 as 16 hex digits whose text order is the numbers' order (IEEE 754, sign folded). */
function numberKey(text: string): string {
  const bytes = new DataView(new ArrayBuffer(8));
  bytes.setFloat64(0, Number(text));
  const hex = [bytes.getUint32(0), bytes.getUint32(4)]
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('');
  // Positive numbers: set the sign bit; negative ones: flip every bit, so larger sorts later.
  return bytes.getUint32(0) >>> 31 === 1
    ? reverseHex(hex)
    : (parseInt(hex[0]!, 16) | 8).toString(16) + hex.slice(1);
}

const timestampText =
  /^(\d{4,})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\.(\d{1,6}))?(?:([+-])(\d\d)(?::?(\d\d))?)?$/;

/**
 * A timestamp as PostgreSQL prints it: microseconds since 1970 in 20 digits behind a marker, so
 * `-infinity` sorts first, `infinity` last, and no microsecond is lost.
 */
function timestampKey(text: string): string {
  if (text === '-infinity') return '0';
  if (text === 'infinity') return '2';
  const parts = timestampText.exec(text);
  if (!parts) throw new Error(`Not a timestamp PostgreSQL printed: ${text}`);
  const [, year, month, day, hour, minute, second, fraction, sign, offsetH, offsetM] = parts;
  const offsetMinutes = sign
    ? (sign === '-' ? -1 : 1) * (Number(offsetH) * 60 + Number(offsetM ?? 0))
    : 0;
  const utcMs =
    Date.UTC(+year!, +month! - 1, +day!, +hour!, +minute!, +second!) - offsetMinutes * 60_000;
  const micros = BigInt(utcMs) * 1000n + BigInt((fraction ?? '').padEnd(6, '0'));
  return `1${(micros + 10n ** 19n).toString().padStart(20, '0')}`;
}

/**
 * Where a row stands in a keyset order, as a string: comparing two keys (by code unit, as
 * JavaScript compares strings) gives the order PostgreSQL sorts them in, ties broken by id. So
 * a client can place a row that changed among those it holds without knowing the order. Null
 * for text orders, whose collation a client cannot reproduce.
 */
export function sortKey(order: KeyedOrder, sortText: string, id: string): string | null {
  if (order.sortType === 'text') return null;
  const ascending =
    order.sortType === 'number'
      ? { value: numberKey(sortText), reverse: reverseHex }
      : { value: timestampKey(sortText), reverse: reverseDecimal };
  const uuid = id.toLowerCase();
  // The space sorts below every digit: a shorter value key comes first, whatever follows it.
  return order.direction === 'ASC'
    ? `${ascending.value} ${uuid}`
    : `${ascending.reverse(ascending.value)} ${reverseHex(uuid)}`;
}
