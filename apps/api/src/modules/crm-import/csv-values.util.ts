import { FieldError } from '../deal/deal-fields.util.js';

const INTEGER = /^(\d{1,3}(,\d{3})+|\d+)$/;

/** A whole number within [min, max] (thousands commas allowed), null when empty. */
export function parseInteger(value: string | undefined, field: string, min: number, max: number): number | null {
  const trimmed = value?.trim() ?? '';
  if (!trimmed) return null;
  const number = INTEGER.test(trimmed) ? Number(trimmed.replace(/,/g, '')) : NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new FieldError(`${field} "${value}" is not a whole number from ${min} to ${max}`);
  }
  return number;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A lower-cased email, null when empty. */
export function parseEmail(value: string | undefined, field: string): string | null {
  const trimmed = value?.trim().toLowerCase() ?? '';
  if (!trimmed) return null;
  if (trimmed.length > 254 || !EMAIL.test(trimmed)) throw new FieldError(`${field} "${value}" is not an email address`);
  return trimmed;
}
