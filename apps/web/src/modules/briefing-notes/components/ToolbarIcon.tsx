/**
 * Line icons of the formatting toolbar, drawn here (the app has no icon set). Icons rather than
 * letters: a visible "H2" or "B" would have to be part of each button's accessible name in every
 * language (WCAG 2.5.3, label in name), while the names say what the buttons do.
 */
const ICONS = {
  bold: ['M7 5h6a3.5 3.5 0 0 1 0 7H7z', 'M13 12h1a3.5 3.5 0 0 1 0 7H7v-7'],
  italic: ['M11 5h6', 'M7 19h6', 'M14 5l-4 14'],
  heading2: ['M4 6v12', 'M11 6v12', 'M4 12h7', 'M15 11a2.5 2.5 0 1 1 5 .5c0 1-1 2-5 6.5h5'],
  heading3: ['M4 6v12', 'M11 6v12', 'M4 12h7', 'M15 9.5a2.5 2.5 0 1 1 2.5 3a2.5 2.5 0 1 1-2.5 3'],
  bulletList: ['M9 6h11', 'M9 12h11', 'M9 18h11', 'M5 6v.01', 'M5 12v.01', 'M5 18v.01'],
  orderedList: [
    'M11 6h9',
    'M11 12h9',
    'M11 18h9',
    'M4 4l2-1v6',
    'M4 15.5a1.5 1.5 0 1 1 3 0L4 20h3',
  ],
  blockquote: [
    'M10 11H6a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v6c0 2.7-1.3 4.3-4 5',
    'M19 11h-4a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1v6c0 2.7-1.3 4.3-4 5',
  ],
  link: ['M9 15l6-6', 'M11 6l.5-.5a5 5 0 0 1 7 7l-.5.5', 'M13 18l-.5.5a5 5 0 0 1-7-7l.5-.5'],
  table: ['M4 4h16v16H4z', 'M4 10h16', 'M10 4v16'],
  addRow: ['M4 3h16v9H4z', 'M4 7.5h16', 'M12 15v6', 'M9 18h6'],
  addColumn: ['M3 4h9v16H3z', 'M7.5 4v16', 'M15 12h6', 'M18 9v6'],
  deleteTable: ['M4 4h16v16H4z', 'M9 9l6 6', 'M15 9l-6 6'],
  undo: ['M9 14L4 9l5-5', 'M4 9h10.5a5.5 5.5 0 0 1 0 11H11'],
  redo: ['M15 14l5-5-5-5', 'M20 9H9.5a5.5 5.5 0 0 0 0 11H13'],
  comment: ['M4 5h16v11H10l-4 4v-4H4z', 'M8 9h8', 'M8 12h5'],
} as const;

export type ToolbarIconName = keyof typeof ICONS;

export function ToolbarIcon({ name }: { name: ToolbarIconName }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      width="18"
      height="18"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {ICONS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
