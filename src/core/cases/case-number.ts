/**
 * Case numbers (办件编号): region code + date (Asia/Shanghai) + daily sequence, e.g.
 * `360100-20260302-00017`; the sequence restarts each day per region. Query codes (查询码) are 6 digits.
 */

/** Formats a case number; the sequence is 1-based and padded to 5 digits. */
export function formatCaseNo(regionCode: string, date: string, sequence: number): string {
  return `${regionCode}-${date.replaceAll('-', '')}-${String(sequence).padStart(5, '0')}`;
}

/** A 6-digit query code from a random integer the caller supplies (the core draws no randomness). */
export function formatQueryCode(random: number): string {
  return String(Math.abs(Math.trunc(random)) % 1_000_000).padStart(6, '0');
}
