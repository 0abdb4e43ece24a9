import { Anchor, Badge, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AgendaLinkKind } from '../../../generated/graphql';
import { TEXT_COLORS } from '../../meetings/display';

/** The order link kinds are listed in on an item. */
const LINK_KINDS: readonly AgendaLinkKind[] = ['BRIEFING_NOTE', 'BENCHMARK', 'CASE'];

interface ItemLink {
  kind: AgendaLinkKind;
  targetId: string;
  title: string;
  path: string;
}

/**
 * An item's links, one line per kind: briefing notes, benchmarks, individual cases. The API lists
 * only targets the viewer may open; case links (restricted) say so.
 */
export function ItemLinks({ links }: { links: readonly ItemLink[] }) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <Stack gap={2}>
      {LINK_KINDS.map((kind) => {
        const ofKind = links.filter((l) => l.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <Text size="sm" key={kind} data-testid="item-links" data-kind={kind}>
            {t(`agendas.item.linkKinds.${kind}`)}{' '}
            {ofKind.map((link, i) => (
              <span key={link.targetId}>
                {i > 0 && ', '}
                <Anchor component={Link} to={link.path}>
                  {link.title}
                </Anchor>
              </span>
            ))}
            {kind === 'CASE' && (
              <Badge
                ml="xs"
                variant="outline"
                color={TEXT_COLORS.bad}
                radius="sm"
                style={{ textTransform: 'none' }}
              >
                {t('cases.restrictedBadge')}
              </Badge>
            )}
          </Text>
        );
      })}
    </Stack>
  );
}
