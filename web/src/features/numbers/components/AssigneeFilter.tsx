import { PersonOutline as PersonOutlineIcon } from '@mui/icons-material';
import { Box, FormControl, InputLabel, MenuItem, Select, ToggleButton, Tooltip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Assignee } from './assignees';
import type { NumberFilters } from './number-list-params';

export interface AssigneeFilterProps {
  value: NumberFilters['assignee'];
  onChange: (assignee: NumberFilters['assignee']) => void;
  /** Whom numbers can be assigned to; the signed-in user is the one with `isMe`. */
  assignees: readonly Assignee[];
}

const ANY = '';
const NONE = 'none';

/** «Ответственные»: anyone's, mine (also one click), nobody's, or a colleague's numbers. */
export function AssigneeFilter({ value, onChange, assignees }: AssigneeFilterProps) {
  const { t } = useTranslation();
  const me = assignees.find((a) => a.isMe);
  const others = assignees.filter((a) => !a.isMe);
  const mine = me !== undefined && value === me.id;
  const known = value === null || value === NONE || assignees.some((a) => a.id === value);
  return (
    <Box sx={{ display: 'flex', gap: 0.75 }}>
      <FormControl sx={{ width: 170 }}>
        <InputLabel id="numbers-assignee-filter" shrink>
          {t('numbers.filters.assignee')}
        </InputLabel>
        <Select
          labelId="numbers-assignee-filter"
          label={t('numbers.filters.assignee')}
          notched
          displayEmpty
          value={value === null ? ANY : String(value)}
          onChange={(event) => {
            const v = event.target.value;
            onChange(v === ANY ? null : v === NONE ? NONE : Number(v));
          }}
        >
          <MenuItem value={ANY}>{t('numbers.filters.assigneeAny')}</MenuItem>
          {me ? <MenuItem value={String(me.id)}>{t('numbers.filters.assigneeMine')}</MenuItem> : null}
          <MenuItem value={NONE}>{t('numbers.filters.assigneeNone')}</MenuItem>
          {others.map((a, i) => (
            <MenuItem key={a.id} value={String(a.id)} sx={i === 0 ? { borderTop: 1, borderColor: 'divider' } : undefined}>
              {a.username}
            </MenuItem>
          ))}
          {known ? null : <MenuItem value={String(value)}>#{String(value)}</MenuItem>}
        </Select>
      </FormControl>
      {me ? (
        <Tooltip title={t('numbers.filters.mineHint')} describeChild>
          <ToggleButton
            value="mine"
            selected={mine}
            onChange={() => onChange(mine ? null : me.id)}
            size="small"
            color="primary"
            sx={{ height: 40, px: 1.25, gap: 0.5, textTransform: 'none' }}
          >
            <PersonOutlineIcon fontSize="small" />
            {t('numbers.filters.assigneeMine')}
          </ToggleButton>
        </Tooltip>
      ) : null}
    </Box>
  );
}
