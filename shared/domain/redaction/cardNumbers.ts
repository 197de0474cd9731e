/**
 * Masks payment card numbers in free text before it is stored: 13–19 digits, optionally grouped by single spaces
 * or dashes, that pass the Luhn check. Only the last four digits stay. Digit runs that fail Luhn (order numbers,
 * most phone numbers) or are part of a longer number are left alone, so redaction does not eat ordinary data.
 */
const CANDIDATE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d]|-\d)/g;

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

export function maskCardNumbers(text: string): string {
  return text.replace(CANDIDATE, (match) => {
    const digits = match.replace(/[ -]/g, "");
    if (digits.length < 13 || digits.length > 19 || !luhnValid(digits)) return match;
    // a run of one repeated digit (0000 0000 0000 0) passes Luhn but is filler, not a card
    if (/^(\d)\1+$/.test(digits)) return match;
    return `•••• ${digits.slice(-4)}`;
  });
}
