/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted; CRLF line ends. */
export function toCsv(rows: string[][]): string {
  const field = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return `${rows.map((r) => r.map(field).join(',')).join('\r\n')}\r\n`;
}
