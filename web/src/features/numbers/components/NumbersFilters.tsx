import { FilterAltOffOutlined as FilterAltOffOutlinedIcon, Search as SearchIcon } from '@mui/icons-material';
import { Box, FormControl, IconButton, InputAdornment, InputLabel, MenuItem, Select, TextField, Tooltip, type TextFieldProps } from '@mui/material';
import { DatePicker } from '@mui/x-date-pickers/DatePicker';
import dayjs, { type Dayjs } from 'dayjs';
import { memo, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useLanguage } from '@/hooks/use-language';
import type { NumberStatus, Provider } from '@/lib/api-types';
import { AssigneeFilter } from './AssigneeFilter';
import type { Assignee } from './assignees';
import { hasFilters, type NumberFilters as Filters } from './number-list-params';
import { ReminderFilter } from './ReminderFilter';
import { statusName } from '@/components/ui/StatusBadge';

export interface ProjectFilterSlotProps {
  value: number | null;
  onChange: (projectId: number | null) => void;
  label: string;
  placeholder: string;
}

export interface NumbersFiltersProps {
  value: Filters;
  onChange: (change: Partial<Filters>) => void;
  onReset: () => void;
  statuses: readonly NumberStatus[];
  providers: readonly Provider[];
  /** Whom numbers can be assigned to (the signed-in user has `isMe`): the «Ответственные» filter. */
  assignees: readonly Assignee[];
  /** The project chooser comes from the projects feature (see app/routes/numbers.tsx). */
  renderProjectFilter: (props: ProjectFilterSlotProps) => ReactNode;
}

const ANY = '';

function toDay(value: string): Dayjs | null {
  return value ? dayjs(value) : null;
}

/** Only a whole, valid date filters; a half-typed one is ignored until it is complete. */
function fromDay(day: Dayjs | null): string {
  return day && day.isValid() ? day.format('YYYY-MM-DD') : '';
}

/** Memoized: a page change re-renders the screen, and the filters (date pickers, autocomplete) are costly. */
export const NumbersFilters = memo(function NumbersFilters({
  value,
  onChange,
  onReset,
  statuses,
  providers,
  assignees,
  renderProjectFilter,
}: NumbersFiltersProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();

  // Typed filters reach the URL (and the server) 300 ms after the last keystroke.
  const [phone, setPhone] = useSettledFilter(value.phone, (applied) => onChange({ phone: applied }), phoneDigits);
  const [text, setText] = useSettledFilter(value.text, (applied) => onChange({ text: applied }), searchText);
  const phoneTooShort = tooShort(phone.replace(/\D/g, ''));
  const textTooShort = tooShort(text.trim());

  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.25, alignItems: 'flex-start', p: 2 }}>
      {renderProjectFilter({
        value: value.project,
        onChange: (project) => onChange({ project }),
        label: t('numbers.filters.project'),
        placeholder: t('numbers.filters.projectPlaceholder'),
      })}
      <FormControl sx={{ width: 140 }}>
        <InputLabel id="numbers-status-filter" shrink>
          {t('numbers.filters.status')}
        </InputLabel>
        <Select
          labelId="numbers-status-filter"
          label={t('numbers.filters.status')}
          notched
          displayEmpty
          value={value.status === null ? ANY : String(value.status)}
          onChange={(event) => onChange({ status: event.target.value === ANY ? null : Number(event.target.value) })}
        >
          <MenuItem value={ANY}>{t('common.all')}</MenuItem>
          {statuses.map((s) => (
            <MenuItem key={s.id} value={String(s.id)} sx={{ gap: 1 }}>
              <Box component="span" sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: s.color, display: 'inline-block', mr: 1 }} />
              {statusName(s, language)}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <FormControl sx={{ width: 130 }}>
        <InputLabel id="numbers-provider-filter" shrink>
          {t('numbers.filters.provider')}
        </InputLabel>
        <Select
          labelId="numbers-provider-filter"
          label={t('numbers.filters.provider')}
          notched
          displayEmpty
          value={value.provider === null ? ANY : String(value.provider)}
          onChange={(event) => onChange({ provider: event.target.value === ANY ? null : Number(event.target.value) })}
        >
          <MenuItem value={ANY}>{t('common.all')}</MenuItem>
          {providers.map((p) => (
            <MenuItem key={p.id} value={String(p.id)}>
              {p.code}
              <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontSize: 13 }}>
                {p.name}
              </Box>
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <AssigneeFilter value={value.assignee} onChange={(assignee) => onChange({ assignee })} assignees={assignees} />
      <ReminderFilter value={value.reminder} onChange={(reminder) => onChange({ reminder })} />
      <DatePicker
        label={t('numbers.filters.createdFrom')}
        value={toDay(value.from)}
        maxDate={toDay(value.to) ?? undefined}
        onChange={(day) => onChange({ from: fromDay(day) })}
        slotProps={{ textField: { size: 'small', sx: { width: 178 }, InputLabelProps: { shrink: true } }, field: { clearable: true } }}
      />
      <DatePicker
        label={t('numbers.filters.createdTo')}
        value={toDay(value.to)}
        minDate={toDay(value.from) ?? undefined}
        onChange={(day) => onChange({ to: fromDay(day) })}
        slotProps={{ textField: { size: 'small', sx: { width: 178 }, InputLabelProps: { shrink: true } }, field: { clearable: true } }}
      />
      <SearchField
        label={t('numbers.filters.phone')}
        placeholder={t('numbers.filters.phonePlaceholder')}
        value={phone}
        onChange={setPhone}
        problem={phoneTooShort ? t('numbers.filters.phoneTooShort') : undefined}
        inputProps={{ inputMode: 'tel', type: 'search' }}
        width={150}
      />
      <SearchField
        label={t('numbers.filters.text')}
        placeholder={t('numbers.filters.textPlaceholder')}
        value={text}
        onChange={setText}
        problem={textTooShort ? t('numbers.filters.textTooShort') : undefined}
        inputProps={{ type: 'search', maxLength: 100 }}
        width={230}
      />
      {hasFilters(value) ? (
        <Tooltip title={t('numbers.filters.reset')}>
          <IconButton onClick={onReset} aria-label={t('numbers.filters.reset')} sx={{ mt: 0.25 }}>
            <FilterAltOffOutlinedIcon />
          </IconButton>
        </Tooltip>
      ) : null}
    </Box>
  );
});

// What a typed filter applies: the phone's digits (3 to 15), or text (3 to 100 characters); '' below 3.
function phoneDigits(raw: string): string {
  const digits = raw.replace(/\D/g, '').slice(0, 15);
  return digits.length >= 3 ? digits : '';
}

function searchText(raw: string): string {
  const chars = [...raw.trim()].slice(0, 100);
  return chars.length >= 3 ? chars.join('') : '';
}

function tooShort(typed: string): boolean {
  const n = [...typed].length;
  return n > 0 && n < 3;
}

/**
 * A text field's own state, applied (settled by `settle`) 300 ms after the last keystroke; it
 * follows the applied value when that changes from outside (a reset, the URL).
 */
function useSettledFilter(applied: string, apply: (value: string) => void, settle: (raw: string) => string) {
  const [typed, setTyped] = useState(applied);
  const debounced = useDebouncedValue(typed, 300);
  useEffect(() => {
    setTyped((current) => (settle(current) === applied ? current : applied));
    // `settle` is a module function.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [applied]);
  useEffect(() => {
    const next = settle(debounced);
    if (next !== applied) apply(next);
    // Only a settled input changes the filter; `applied` and `apply` are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  return [typed, setTyped] as const;
}

interface SearchFieldProps {
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the field, in red. */
  problem: string | undefined;
  inputProps: TextFieldProps['inputProps'];
  width: number;
}

/** A typed filter with the search icon. */
function SearchField({ label, placeholder, value, onChange, problem, inputProps, width }: SearchFieldProps) {
  return (
    <TextField
      label={label}
      placeholder={placeholder}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={problem !== undefined}
      helperText={problem}
      InputLabelProps={{ shrink: true }}
      InputProps={{
        startAdornment: (
          <InputAdornment position="start">
            <SearchIcon fontSize="small" />
          </InputAdornment>
        ),
      }}
      inputProps={inputProps}
      sx={{ width }}
    />
  );
}
