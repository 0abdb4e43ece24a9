import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroll box that keyboard users can reach (focusable, named), which
 * Mantine's Table.ScrollContainer is not when the table holds nothing focusable.
 */
export function ScrollRegion({
  label,
  minWidth,
  children,
}: {
  label: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      style={{ overflowX: 'auto', maxWidth: '100%', position: 'relative' }}
    >
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
