/**
 * The caret of another person in the note: a bar in their partner's colour labelled with their
 * name (white text: partner colours are chosen dark enough for it). Hidden from assistive tech,
 * which learns who is present from the presence list instead of from words inside the text.
 */
export function renderCaret(user: Record<string, unknown>): HTMLElement {
  const color = typeof user['color'] === 'string' ? user['color'] : '#495057';
  const name = typeof user['name'] === 'string' ? user['name'] : '';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = color;
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.textContent = name;
  caret.append(label);
  return caret;
}
