/**
 * Line icons for slot flags, answers and overdue work (the app has no icon set). Always shown
 * beside a text that says the same thing: the icon helps the eye, the text carries the meaning.
 */
const ICONS = {
  clock: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M12 7v5l3 2'],
  weekend: ['M4 6h16v14H4z', 'M4 10h16', 'M8 3v4', 'M16 3v4', 'M14 14h3v3h-3z'],
  holiday: ['M12 3l2.5 5.5 6 .6-4.5 4 1.3 5.9L12 16l-5.3 3 1.3-5.9-4.5-4 6-.6z'],
  yes: ['M5 12.5l4.5 4.5L19 7.5'],
  maybe: ['M5 12h3', 'M10.5 12h3', 'M16 12h3'],
  no: ['M6 6l12 12', 'M18 6L6 18'],
  none: ['M8 12h8'],
  alert: ['M12 3l9.5 17h-19z', 'M12 10v4', 'M12 17v.01'],
  check: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18', 'M8 12.5l3 3 5-6'],
} as const;

export type MeetingIconName = keyof typeof ICONS;

export function MeetingIcon({ name, size = 16 }: { name: MeetingIconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      style={{ flexShrink: 0, verticalAlign: 'text-bottom' }}
    >
      {ICONS[name].map((d) => (
        <path key={d} d={d} />
      ))}
    </svg>
  );
}
