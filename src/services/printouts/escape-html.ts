// Every piece of user text that reaches a printout goes through here: petitioners write letters, not markup.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Escapes text for HTML element content and quoted attribute values. null/undefined become ''. */
export function escapeHtml(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"'`]/g, (ch) => ENTITIES[ch]!);
}

/** Escaped text with line breaks kept (a summary typed with Enter prints as separate lines). */
export function escapeMultiline(value: string | null | undefined): string {
  return escapeHtml(value).replace(/\r\n?|\n/g, '<br>');
}
