import { useMemo, useState, type FormEvent } from 'react';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  List,
  MultiSelect,
  NativeSelect,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { DateInput, DatesProvider, TimeInput } from '@mantine/dates';
import 'dayjs/locale/fr';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEETING_KINDS, isPartnerCode, type MeetingKind, type PartnerCode } from '@berne/domain';
import { CreateSchedulingPollMutation } from '../graphql/meetings.operations';
import { isMeetingKind, kindLabelKey, TEXT_COLORS } from '../display';
import {
  POLL_TITLE_MAX,
  checkPollForm,
  pollProblemOf,
  problemField,
  problemMessage,
  problemSlot,
  type PollField,
  type PollProblem,
} from '../poll-problems';
import {
  allTimeZones,
  formatRangeInZone,
  isKnownTimeZone,
  slotToInstants,
  viewerTimeZone,
  type SlotDraft,
} from '../time';
import { usePartners, type PartnerInfo } from '../hooks/usePartners';
import { partnerName } from '../../partners/partner-display';
import { ErrorAlert } from '../../errors/components/ErrorAlert';
import { errorCodeOf, type UiErrorCode } from '../../errors/error-messages';
import { currentLanguage } from '../../../i18n/i18n';
import type { Language } from '../../../i18n/language';
import '../styles';

interface NewPollFormProps {
  /** The scheduler's own partner; a coordinator proposes meetings their partner hosts. */
  ownPartner: PartnerCode | null;
  isSecretariat: boolean;
}

interface Values {
  kind: MeetingKind;
  title: string;
  venue: string;
  city: string;
  hostPartner: PartnerCode | '';
  timeZone: string;
  /** The zone was chosen by hand: a new host no longer replaces it. */
  zoneTouched: boolean;
  partnerCodes: PartnerCode[];
  slots: (SlotDraft & { key: number })[];
}

let nextKey = 1;
const emptySlot = (): SlotDraft & { key: number } => ({
  key: nextKey++,
  date: null,
  start: '10:00',
  end: '12:00',
});

function zoneOf(partners: readonly PartnerInfo[], code: string): string | undefined {
  return partners.find((p) => p.code === code)?.timeZone;
}

/** The sentence of a problem: the translated mirror of the API's, or the API's own. */
function useProblemText() {
  const { t } = useTranslation();
  return (problem: PollProblem): string => {
    if (problem.code === 'api') return problem.message;
    const { key, values } = problemMessage(problem);
    return t(key, values);
  };
}

/** A scheduler proposes slots (typed in the venue's time zone) for partners to answer. */
export function NewPollForm({ ownPartner, isSecretariat }: NewPollFormProps) {
  const { t, i18n } = useTranslation();
  const language: Language = currentLanguage(i18n.resolvedLanguage);
  const navigate = useNavigate();
  const { partners } = usePartners();
  const problemText = useProblemText();
  const members = partners.filter((p) => p.code !== 'SECRETARIAT');
  const initialHost: PartnerCode | '' = !isSecretariat && ownPartner ? ownPartner : '';

  const [values, setValues] = useState<Values>(() => ({
    kind: 'BERNE_PROCESS',
    title: '',
    venue: '',
    city: '',
    hostPartner: initialHost,
    timeZone: zoneOf(partners, initialHost || 'SECRETARIAT') ?? 'Europe/Zurich',
    zoneTouched: false,
    partnerCodes: initialHost ? [initialHost] : [],
    slots: [emptySlot()],
  }));
  const [problems, setProblems] = useState<PollProblem[]>([]);
  const [errorCode, setErrorCode] = useState<UiErrorCode | null>(null);
  const [createPoll, { loading }] = useMutation(CreateSchedulingPollMutation, {
    refetchQueries: ['SchedulingPolls'],
  });

  const zones = useMemo(() => allTimeZones(partners.map((p) => p.timeZone)), [partners]);
  const ownZone = viewerTimeZone();

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((previous) => ({ ...previous, [key]: value }));
  }

  function setHost(code: string) {
    const host = isPartnerCode(code) ? code : '';
    setValues((previous) => ({
      ...previous,
      hostPartner: host,
      timeZone: previous.zoneTouched
        ? previous.timeZone
        : (zoneOf(partners, host || 'SECRETARIAT') ?? previous.timeZone),
      partnerCodes:
        host && host !== 'SECRETARIAT' && !previous.partnerCodes.includes(host)
          ? [...previous.partnerCodes, host]
          : previous.partnerCodes,
    }));
  }

  function setSlot(index: number, patch: Partial<SlotDraft>) {
    setValues((previous) => ({
      ...previous,
      slots: previous.slots.map((slot, i) => (i === index ? { ...slot, ...patch } : slot)),
    }));
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrorCode(null);
    const found = checkPollForm(values);
    setProblems(found);
    if (found.length > 0) return;
    const slots = values.slots.map((slot) => slotToInstants(slot, values.timeZone)!);
    try {
      const { data } = await createPoll({
        variables: {
          input: {
            kind: values.kind,
            title: values.title.trim(),
            venue: values.venue.trim() || null,
            city: values.city.trim(),
            timeZone: values.timeZone.trim(),
            hostPartner: values.hostPartner || null,
            partnerCodes: values.partnerCodes,
            slots,
          },
        },
      });
      const id = data?.createSchedulingPoll.id;
      if (id) await navigate(`/meetings/polls/${id}`);
    } catch (error) {
      const named = pollProblemOf(error);
      if (named) setProblems([named]);
      else setErrorCode(errorCodeOf(error));
    }
  }

  // Sentences that do not name their slot get its number in the summary above the form.
  const summaryText = (problem: PollProblem) => {
    const sentence = problemText(problem);
    const slot = problemSlot(problem);
    return slot !== null &&
      (problem.code === 'endBeforeStart' || problem.code === 'tooLong' || problem.code === 'api')
      ? t('polls.problems.inSlot', { n: slot, sentence })
      : sentence;
  };

  const fieldError = (field: PollField) => {
    const problem = problems.find((p) => problemField(p) === field && problemSlot(p) === null);
    return problem ? problemText(problem) : undefined;
  };
  const slotError = (slot: number) => {
    const problem = problems.find((p) => problemSlot(p) === slot);
    return problem ? problemText(problem) : undefined;
  };

  const hostOptions = [
    ...(isSecretariat ? [{ value: '', label: t('polls.new.secretariatHosts') }] : []),
    ...members
      .filter((p) => isSecretariat || p.code === ownPartner)
      .map((p) => ({ value: p.code, label: partnerName(p, language) })),
  ];

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={t('polls.new.title')}>
        <Stack gap="md" maw={880}>
          {errorCode && <ErrorAlert code={errorCode} />}
          {problems.length > 0 && (
            <Alert
              color="red"
              variant="light"
              title={t('polls.new.problemsTitle')}
              role="alert"
              data-testid="poll-problems"
            >
              <List size="sm">
                {problems.map((problem, i) => (
                  <List.Item key={i}>{summaryText(problem)}</List.Item>
                ))}
              </List>
            </Alert>
          )}

          <Group grow align="flex-start">
            <NativeSelect
              label={t('polls.fields.kind')}
              data={MEETING_KINDS.map((kind) => ({ value: kind, label: t(kindLabelKey(kind)) }))}
              value={values.kind}
              onChange={(event) => {
                const kind = event.currentTarget.value;
                if (isMeetingKind(kind)) set('kind', kind);
              }}
            />
            <TextInput
              label={t('polls.fields.title')}
              value={values.title}
              onChange={(event) => set('title', event.currentTarget.value)}
              error={fieldError('title')}
              maxLength={POLL_TITLE_MAX + 50}
              required
              withAsterisk={false}
              autoComplete="off"
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('polls.fields.venue')}
              description={t('polls.new.venueHelp')}
              value={values.venue}
              onChange={(event) => set('venue', event.currentTarget.value)}
              autoComplete="off"
            />
            <TextInput
              label={t('polls.fields.city')}
              value={values.city}
              onChange={(event) => set('city', event.currentTarget.value)}
              error={fieldError('city')}
              required
              withAsterisk={false}
              autoComplete="off"
            />
          </Group>
          <Group grow align="flex-start">
            <NativeSelect
              label={t('polls.fields.host')}
              data={hostOptions}
              value={values.hostPartner}
              onChange={(event) => setHost(event.currentTarget.value)}
              description={isSecretariat ? undefined : t('polls.new.hostOwnOnly')}
            />
            <Select
              label={t('polls.fields.timeZone')}
              description={t('polls.new.timeZoneHelp')}
              data={zones}
              value={isKnownTimeZone(values.timeZone) ? values.timeZone : null}
              onChange={(zone) => {
                if (zone)
                  setValues((previous) => ({ ...previous, timeZone: zone, zoneTouched: true }));
              }}
              searchable
              limit={60}
              nothingFoundMessage={t('polls.new.noZone')}
              error={fieldError('timeZone')}
              allowDeselect={false}
              data-testid="poll-zone"
            />
          </Group>
          <MultiSelect
            label={t('polls.fields.partners')}
            data={members.map((p) => ({ value: p.code, label: partnerName(p, language) }))}
            value={values.partnerCodes}
            onChange={(codes) => set('partnerCodes', codes.filter(isPartnerCode))}
            searchable
            hidePickedOptions
            error={fieldError('partnerCodes')}
            nothingFoundMessage={t('polls.new.noPartner')}
          />

          <Fieldset legend={t('polls.new.slotsLegend', { zone: values.timeZone })}>
            <Stack gap="sm">
              <Text size="sm">{t('polls.new.slotsHelp', { zone: values.timeZone })}</Text>
              {fieldError('slots') && (
                <Text size="sm" c="var(--mantine-color-error)">
                  {fieldError('slots')}
                </Text>
              )}
              {values.slots.map((slot, index) => {
                const n = index + 1;
                const instants = slotToInstants(slot, values.timeZone);
                const error = slotError(n);
                return (
                  <Stack key={slot.key} gap={4} data-testid={`slot-${n}`}>
                    <Group align="flex-end" gap="sm" wrap="wrap">
                      <DateInput
                        label={t('polls.new.slotDate', { n })}
                        placeholder="YYYY-MM-DD"
                        valueFormat="YYYY-MM-DD"
                        value={slot.date}
                        onChange={(date) => setSlot(index, { date })}
                        error={Boolean(error)}
                        w={170}
                        popoverProps={{ withinPortal: true }}
                        nextLabel={t('polls.new.nextMonth')}
                        previousLabel={t('polls.new.previousMonth')}
                      />
                      <TimeInput
                        label={t('polls.new.slotStart', { n })}
                        value={slot.start}
                        onChange={(event) => setSlot(index, { start: event.currentTarget.value })}
                        error={Boolean(error)}
                        w={120}
                      />
                      <TimeInput
                        label={t('polls.new.slotEnd', { n })}
                        value={slot.end}
                        onChange={(event) => setSlot(index, { end: event.currentTarget.value })}
                        error={Boolean(error)}
                        w={120}
                      />
                      {values.slots.length > 1 && (
                        <ActionIcon
                          variant="subtle"
                          color={TEXT_COLORS.bad}
                          size="lg"
                          mb={2}
                          aria-label={t('polls.new.removeSlot', { n })}
                          onClick={() =>
                            setValues((previous) => ({
                              ...previous,
                              slots: previous.slots.filter((_, i) => i !== index),
                            }))
                          }
                        >
                          <span aria-hidden>✕</span>
                        </ActionIcon>
                      )}
                    </Group>
                    {error && (
                      <Text
                        size="sm"
                        c="var(--mantine-color-error)"
                        data-testid={`slot-${n}-error`}
                      >
                        {error}
                      </Text>
                    )}
                    {instants && !error && (
                      <Text size="xs" c="dimmed">
                        {t('polls.new.slotPreview', {
                          zone: ownZone,
                          time: formatRangeInZone(
                            instants.startsAt,
                            instants.endsAt,
                            ownZone,
                            language,
                          ),
                        })}
                      </Text>
                    )}
                  </Stack>
                );
              })}
              <Group>
                <Button
                  variant="default"
                  onClick={() =>
                    setValues((previous) => ({
                      ...previous,
                      slots: [...previous.slots, emptySlot()],
                    }))
                  }
                >
                  {t('polls.new.addSlot')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>

          <Group>
            <Button type="submit" loading={loading}>
              {t('polls.new.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </DatesProvider>
  );
}
