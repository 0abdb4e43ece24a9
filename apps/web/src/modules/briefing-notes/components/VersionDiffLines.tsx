import { Box, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { diffLineView } from '../versions';
import './note-panels.css';

interface VersionDiffLinesProps {
  lines: readonly { change: string; text: string }[];
}

/**
 * A line-by-line comparison. Added lines are green with "+", removed ones red, struck through,
 * with "−"; each changed line also starts with a word for screen readers — never colour alone.
 */
export function VersionDiffLines({ lines }: VersionDiffLinesProps) {
  const { t } = useTranslation();
  return (
    <Box
      component="ol"
      className="version-diff"
      aria-label={t('notes.versions.diff.listLabel')}
      data-testid="version-diff"
    >
      {lines.map((line, index) => {
        const view = diffLineView(line.change);
        return (
          <li
            // Lines have no identity of their own; the list is replaced, never reordered.
            key={index}
            className={`version-diff__line version-diff__line--${view.change}`}
            data-change={view.change}
          >
            <span className="version-diff__sign" aria-hidden="true">
              {view.sign}
            </span>
            {view.label && <VisuallyHidden>{`${t(view.label)} `}</VisuallyHidden>}
            <span className="version-diff__text">{line.text || '\u00a0'}</span>
          </li>
        );
      })}
    </Box>
  );
}
