/** Files the page offers: tables as CSV (RFC 4180, UTF-8) and drawings as images. */
import { h } from './dom.ts';

const field = (value: string | number) => {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Rows as CSV text: a header row first. */
export const csvText = (rows: readonly (readonly (string | number)[])[]) =>
  rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');

/** Saves `blob` under `name`, as a link the reader clicked would. */
export function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A "Download CSV" button that saves what `rows` gives when pressed. */
export const csvButton = (name: string, rows: () => (string | number)[][]) =>
  h(
    'button',
    {
      type: 'button',
      class: 'download',
      onclick: () => save(new Blob([csvText(rows())], { type: 'text/csv;charset=utf-8' }), name),
    },
    'Download CSV',
  );
