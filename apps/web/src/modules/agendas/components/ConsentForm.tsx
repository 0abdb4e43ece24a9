import { useState, type FormEvent } from 'react';
import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { ConsentPosition, PartnerCode } from '@berne/domain';
import { RecordAgendaConsentMutation } from '../graphql/agendas.operations';
import { POSITION_CHOICES, isConsentPosition, positionLabelKey } from '../display';
import { POSITION_TEXT_MAX, checkConsent, positionNeedsText } from '../consent';
import { apiFieldProblem } from '../problems';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';

interface ConsentFormProps {
  itemId: string;
  itemTitle: string;
  partner: PartnerCode;
  /** The partner's name in the interface language. */
  partnerLabel: string;
  current: { position: ConsentPosition; text?: string | null } | null;
}

/**
 * The caller's delegation takes its position on an item: a radio group (agree, reservation,
 * objection, not yet) and, for a reservation or an objection, the text the others will read.
 */
export function ConsentForm({
  itemId,
  itemTitle,
  partner,
  partnerLabel,
  current,
}: ConsentFormProps) {
  const { t } = useTranslation();
  const [position, setPosition] = useState<ConsentPosition>(current?.position ?? 'NOT_YET');
  const [text, setText] = useState(current?.text ?? '');
  const [textError, setTextError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<ConsentPosition | null>(null);
  const [dirty, setDirty] = useState(false);
  // Another member of the delegation, or an edit that reset positions, changes what is recorded:
  // follow it unless the user is in the middle of changing it.
  const currentKey = `${current?.position ?? 'NOT_YET'}|${current?.text ?? ''}`;
  const [seenKey, setSeenKey] = useState(currentKey);
  if (seenKey !== currentKey) {
    setSeenKey(currentKey);
    if (!dirty) {
      setPosition(current?.position ?? 'NOT_YET');
      setText(current?.text ?? '');
    }
  }
  const [record, { loading }] = useMutation(RecordAgendaConsentMutation, {
    refetchQueries: ['Agenda'],
  });
  const formId = `consent-${itemId}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setSaved(null);
    const problem = checkConsent(position, text);
    setTextError(
      problem ? t(`agendas.consent.problems.${problem}`, { max: POSITION_TEXT_MAX }) : null,
    );
    if (problem) return;
    try {
      await record({
        variables: {
          input: {
            itemId,
            partnerCode: partner,
            position,
            text: positionNeedsText(position) ? text.trim() : null,
          },
        },
      });
      setSaved(position);
      setDirty(false);
    } catch (caught) {
      const named = apiFieldProblem(caught);
      if (named?.field === 'text') setTextError(named.message);
      else setError(caught);
    }
  }

  return (
    <form
      onSubmit={(event) => void onSubmit(event)}
      noValidate
      aria-label={t('agendas.consent.formLabel', { partner: partnerLabel, title: itemTitle })}
      data-testid="consent-form"
    >
      <Stack gap="xs">
        {error != null && <ApiErrorAlert error={error} />}
        <Radio.Group
          name={`${formId}-position`}
          label={t('agendas.consent.legend', { partner: partnerLabel })}
          value={position}
          onChange={(value) => {
            if (isConsentPosition(value)) setPosition(value);
            setSaved(null);
            setDirty(true);
          }}
        >
          <Group gap="md" mt={4}>
            {POSITION_CHOICES.map((choice) => (
              <Radio key={choice} value={choice} label={t(positionLabelKey(choice))} />
            ))}
          </Group>
        </Radio.Group>
        {positionNeedsText(position) && (
          <Textarea
            label={t(
              position === 'OBJECTION'
                ? 'agendas.consent.objectionText'
                : 'agendas.consent.reservationText',
              { partner: partnerLabel },
            )}
            description={t('agendas.consent.textHelp')}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setDirty(true);
            }}
            error={textError}
            required
            withAsterisk={false}
            autosize
            minRows={2}
            maxLength={POSITION_TEXT_MAX + 100}
          />
        )}
        <Group gap="sm">
          <Button type="submit" size="sm" loading={loading}>
            {t('agendas.consent.submit', { partner: partnerLabel })}
          </Button>
          <Text size="sm" role="status" aria-live="polite" data-testid="consent-saved">
            {saved ? t('agendas.consent.saved', { position: t(positionLabelKey(saved)) }) : ''}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
