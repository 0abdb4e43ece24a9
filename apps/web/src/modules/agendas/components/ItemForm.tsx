import { useState, type FormEvent, type ReactNode } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  MultiSelect,
  NativeSelect,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  INFLUENCE_REGIONS,
  VULNERABLE_GROUPS,
  isPartnerCode,
  type PartnerCode,
} from '@berne/domain';
import { currentLanguage } from '../../../i18n/i18n';
import { usePartners } from '../../meetings/hooks/usePartners';
import { ApiErrorAlert } from '../../meetings/components/ApiErrorAlert';
import { partnerName } from '../../partners/partner-display';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { canSeeSection } from '../../../app/navigation';
import { CasePickerQuery } from '../../cases/graphql/cases.operations';
import { TEXT_COLORS } from '../../meetings/display';
import {
  AgendaBriefingNotesQuery,
  EditAgendaItemMutation,
  ProposeAgendaItemMutation,
} from '../graphql/agendas.operations';
import { groupLabelKey, isInfluenceRegion, isVulnerableGroup, regionLabelKey } from '../display';
import { allocation, allocationWith } from '../allocation';
import {
  ITEM_DESCRIPTION_MAX,
  ITEM_MINUTES_MAX,
  ITEM_TITLE_MAX,
  checkItemForm,
  itemProblemOf,
  type ItemField,
  type ItemProblem,
} from '../problems';
import {
  itemLinks,
  linksChanged,
  textChanged,
  withInfluence,
  type ItemDraft,
  type LinkChoice,
} from '../item-form';
import { useThemes } from '../hooks/useThemes';

/** The form field each draft value is shown in, for clearing its problem once changed. */
const FIELD_OF: Partial<Record<keyof ItemDraft, ItemField>> = {
  proposingPartner: 'proposingPartner',
  title: 'title',
  description: 'description',
  minutes: 'minutes',
  themeCodes: 'themeCodes',
  influenceRegion: 'influenceRegion',
  notes: 'links',
  cases: 'links',
};

/** Case searches start from this many characters (each search of the restricted list is audited). */
const CASE_SEARCH_MIN = 2;

interface ItemFormProps {
  meetingId: string;
  mode: 'propose' | 'edit';
  itemId?: string;
  initial: ItemDraft;
  /** For edits: the text partners took positions on. */
  original?: { title: string; description: string };
  /** The chair chooses the proposing partner among these; otherwise it is `initial.proposingPartner`. */
  partnerChoices: readonly PartnerCode[] | null;
  /** The agenda's minutes now, and (edits) what this item counts for today. */
  allocated: number;
  meetingMinutes: number;
  previousMinutes?: number;
  /** Earlier items on the chosen themes, shown before submitting. */
  raisedBefore?: (themeCodes: string[]) => ReactNode;
}

/** Proposes an agenda item (or edits one): what, for which themes and groups, how long, linked notes. */
export function ItemForm({
  meetingId,
  mode,
  itemId,
  initial,
  original,
  partnerChoices,
  allocated,
  meetingMinutes,
  previousMinutes = 0,
  raisedBefore,
}: ItemFormProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.resolvedLanguage);
  const navigate = useNavigate();
  const { byCode } = usePartners();
  const { themes } = useThemes(language);
  const [draft, setDraft] = useState<ItemDraft>(initial);
  const [problems, setProblems] = useState<ItemProblem[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [noteSearch, setNoteSearch] = useState('');
  const [search] = useDebouncedValue(noteSearch.trim(), 250);
  const notes = useQuery(AgendaBriefingNotesQuery, {
    variables: { search: search || null },
    fetchPolicy: 'cache-and-network',
  });
  // Individual cases are restricted: only viewers cleared for them are offered case links.
  const me = useCurrentUser();
  const mayLinkCases = canSeeSection(me, 'cases');
  const [caseSearch, setCaseSearch] = useState('');
  const [caseWords] = useDebouncedValue(caseSearch.trim(), 300);
  const cases = useQuery(CasePickerQuery, {
    variables: { search: caseWords },
    skip: !mayLinkCases || caseWords.length < CASE_SEARCH_MIN,
    fetchPolicy: 'network-only',
  });
  const [propose, proposeState] = useMutation(ProposeAgendaItemMutation, {
    refetchQueries: ['Agenda'],
  });
  const [edit, editState] = useMutation(EditAgendaItemMutation, { refetchQueries: ['Agenda'] });

  const name = (code: string) => {
    const partner = byCode(code);
    return partner ? partnerName(partner, language) : code;
  };
  function set<K extends keyof ItemDraft>(key: K, value: ItemDraft[K]) {
    setDraft((previous) => ({ ...previous, [key]: value }));
    // A corrected field no longer shows its problem (the summary keeps the others).
    const field = FIELD_OF[key];
    if (field) setProblems((previous) => previous.filter((p) => p.field !== field));
  }

  const problemText = (problem: ItemProblem) =>
    problem.code === 'api'
      ? problem.message
      : t(`agendas.form.problems.${problem.code}`, {
          max:
            problem.code === 'titleTooLong'
              ? ITEM_TITLE_MAX
              : problem.code === 'descriptionTooLong'
                ? ITEM_DESCRIPTION_MAX
                : ITEM_MINUTES_MAX,
        });
  const fieldError = (field: ItemField) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? problemText(problem) : undefined;
  };

  const minutes = typeof draft.minutes === 'number' ? draft.minutes : 0;
  const after = allocationWith(allocation(allocated, meetingMinutes), minutes, previousMinutes);
  const resetsPositions = mode === 'edit' && original ? textChanged(original, draft) : false;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const found = checkItemForm({ ...draft, choosesPartner: partnerChoices !== null });
    setProblems(found);
    if (found.length > 0) return;
    const fields = {
      title: draft.title.trim(),
      description: draft.description.trim(),
      themeCodes: draft.themeCodes,
      vulnerableGroups: draft.vulnerableGroups,
      influenceRegion: draft.influence ? draft.influenceRegion : null,
      minutes,
      guestVisible: draft.guestVisible,
      links: itemLinks(draft),
    };
    try {
      if (mode === 'edit' && itemId) {
        // Links the editor cannot open are not listed to them: leave the links alone unless changed.
        const { links, ...rest } = fields;
        await edit({
          variables: {
            input: { id: itemId, ...rest, ...(linksChanged(initial, draft) ? { links } : {}) },
          },
        });
      } else {
        await propose({
          variables: {
            input: {
              meetingId,
              ...fields,
              ...(partnerChoices && draft.proposingPartner
                ? { proposingPartner: draft.proposingPartner }
                : {}),
            },
          },
        });
      }
      await navigate(`/meetings/${meetingId}/agenda`, {
        state: { done: mode === 'edit' ? 'edited' : 'proposed', title: fields.title },
      });
    } catch (caught) {
      const named = itemProblemOf(caught);
      if (named) setProblems([named]);
      else setError(caught);
    }
  }

  const noteOptions = [
    ...draft.notes,
    ...(notes.data?.briefingNotes ?? []).filter((n) => !draft.notes.some((d) => d.id === n.id)),
  ].map((n) => ({ value: n.id, label: n.title }));
  const caseOptions = [
    ...draft.cases,
    ...(caseWords.length >= CASE_SEARCH_MIN ? (cases.data?.cases ?? []) : [])
      .filter((c) => !draft.cases.some((d) => d.id === c.id))
      .map((c) => ({ id: c.id, title: `${c.reference} · ${c.name}` })),
  ].map((c) => ({ value: c.id, label: c.title }));
  const choicesOf = (ids: string[], options: { value: string; label: string }[]): LinkChoice[] =>
    ids.flatMap((id) => {
      const option = options.find((o) => o.value === id);
      return option ? [{ id, title: option.label }] : [];
    });
  const formLabel = mode === 'edit' ? t('agendas.form.editTitle') : t('agendas.form.proposeTitle');

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={formLabel}>
      <Stack gap="md" maw={880}>
        {error != null && <ApiErrorAlert error={error} />}
        {problems.length > 0 && (
          <Alert
            color="red"
            variant="light"
            title={t('agendas.form.problemsTitle')}
            role="alert"
            data-testid="item-problems"
          >
            <List size="sm">
              {problems.map((problem, i) => (
                <List.Item key={i}>{problemText(problem)}</List.Item>
              ))}
            </List>
          </Alert>
        )}

        {partnerChoices ? (
          <NativeSelect
            label={t('agendas.form.proposingPartner')}
            description={t('agendas.form.proposingPartnerHelp')}
            data={[
              ...(draft.proposingPartner
                ? []
                : [{ value: '', label: t('agendas.form.choosePartner') }]),
              ...partnerChoices.map((code) => ({ value: code, label: name(code) })),
            ]}
            value={draft.proposingPartner ?? ''}
            onChange={(event) => {
              const code = event.currentTarget.value;
              set('proposingPartner', isPartnerCode(code) ? code : null);
            }}
            error={fieldError('proposingPartner')}
          />
        ) : (
          draft.proposingPartner && (
            <Text size="sm">
              {t('agendas.form.proposedFor', { partner: name(draft.proposingPartner) })}
            </Text>
          )
        )}

        <TextInput
          label={t('agendas.form.title')}
          value={draft.title}
          onChange={(event) => set('title', event.currentTarget.value)}
          error={fieldError('title')}
          required
          withAsterisk={false}
          maxLength={ITEM_TITLE_MAX + 50}
          autoComplete="off"
        />
        <Textarea
          label={t('agendas.form.description')}
          description={t('agendas.form.descriptionHelp')}
          value={draft.description}
          onChange={(event) => set('description', event.currentTarget.value)}
          error={fieldError('description')}
          autosize
          minRows={3}
        />
        {resetsPositions && (
          <Alert color="orange" variant="light" role="status" data-testid="resets-positions">
            {t('agendas.form.resetsPositions')}
          </Alert>
        )}

        <MultiSelect
          label={t('agendas.form.themes')}
          description={t('agendas.form.themesHelp')}
          data={themes.map((theme) => ({
            value: theme.code,
            label: language === 'fr' ? theme.nameFr : theme.name,
          }))}
          value={draft.themeCodes}
          onChange={(codes) => set('themeCodes', codes)}
          searchable
          hidePickedOptions
          error={fieldError('themeCodes')}
          nothingFoundMessage={t('agendas.form.noTheme')}
          comboboxProps={{ withinPortal: true }}
        />
        {raisedBefore && draft.themeCodes.length > 0 && raisedBefore(draft.themeCodes)}

        <Checkbox.Group
          label={t('agendas.form.groups')}
          description={t('agendas.form.groupsHelp')}
          value={draft.vulnerableGroups}
          onChange={(values) => set('vulnerableGroups', values.filter(isVulnerableGroup))}
        >
          <Group gap="md" mt={6}>
            {VULNERABLE_GROUPS.map((group) => (
              <Checkbox key={group} value={group} label={t(groupLabelKey(group))} />
            ))}
          </Group>
        </Checkbox.Group>

        <Stack gap="xs">
          <Switch
            label={t('agendas.form.influence')}
            description={t('agendas.form.influenceHelp')}
            checked={draft.influence}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              setDraft((previous) => withInfluence(previous, on));
            }}
          />
          {draft.influence && (
            <NativeSelect
              label={t('agendas.form.region')}
              data={[
                { value: '', label: t('agendas.form.chooseRegion') },
                ...INFLUENCE_REGIONS.map((region) => ({
                  value: region,
                  label: t(regionLabelKey(region)),
                })),
              ]}
              value={draft.influenceRegion ?? ''}
              onChange={(event) => {
                const region = event.currentTarget.value;
                set('influenceRegion', isInfluenceRegion(region) ? region : null);
              }}
              error={fieldError('influenceRegion')}
              maw={360}
            />
          )}
        </Stack>

        <Group align="flex-start" gap="lg">
          <NumberInput
            label={t('agendas.form.minutes')}
            value={draft.minutes}
            onChange={(value) => set('minutes', value)}
            min={0}
            max={ITEM_MINUTES_MAX}
            step={5}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="none"
            error={fieldError('minutes')}
            w={160}
          />
          <Text
            size="sm"
            mt={28}
            c={after.status === 'over' ? TEXT_COLORS.bad : undefined}
            fw={after.status === 'over' ? 600 : undefined}
            data-testid="allocation-after"
          >
            {after.status === 'over'
              ? t('agendas.form.allocationOver', {
                  allocated: after.allocated,
                  total: after.meetingMinutes,
                  over: after.over,
                })
              : t('agendas.form.allocationAfter', {
                  allocated: after.allocated,
                  total: after.meetingMinutes,
                })}
          </Text>
        </Group>

        <Switch
          label={t('agendas.form.guestVisible')}
          description={t('agendas.form.guestVisibleHelp')}
          checked={draft.guestVisible}
          onChange={(event) => set('guestVisible', event.currentTarget.checked)}
        />

        <MultiSelect
          label={t('agendas.form.notes')}
          description={t('agendas.form.notesHelp')}
          data={noteOptions}
          value={draft.notes.map((n) => n.id)}
          onChange={(ids) => set('notes', choicesOf(ids, noteOptions))}
          searchable
          searchValue={noteSearch}
          onSearchChange={setNoteSearch}
          filter={({ options }) => options}
          hidePickedOptions
          error={fieldError('links')}
          nothingFoundMessage={t('agendas.form.noNote')}
          comboboxProps={{ withinPortal: true }}
        />

        {mayLinkCases && (
          <MultiSelect
            label={t('agendas.form.cases')}
            description={t('agendas.form.casesHelp', { min: CASE_SEARCH_MIN })}
            data={caseOptions}
            value={draft.cases.map((c) => c.id)}
            onChange={(ids) => set('cases', choicesOf(ids, caseOptions))}
            searchable
            searchValue={caseSearch}
            onSearchChange={setCaseSearch}
            filter={({ options }) => options}
            hidePickedOptions
            nothingFoundMessage={
              caseWords.length >= CASE_SEARCH_MIN && !cases.loading
                ? t('agendas.form.noCase')
                : undefined
            }
            comboboxProps={{ withinPortal: true }}
            data-testid="case-links"
          />
        )}

        <Group>
          <Button type="submit" loading={proposeState.loading || editState.loading}>
            {mode === 'edit' ? t('agendas.form.save') : t('agendas.form.submit')}
          </Button>
          <Button component={Link} to={`/meetings/${meetingId}/agenda`} variant="default">
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
