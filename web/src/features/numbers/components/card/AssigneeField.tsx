import { Box, Button, MenuItem, TextField, Tooltip } from '@mui/material';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan, useMe } from '@/features/auth';
import { useProjectMembers } from '@/features/projects';

export interface AssigneeFieldProps {
  projectId: number;
  value: number | null;
  onChange: (userId: number | null) => void;
  /** Who the number is assigned to now (as saved). */
  current: { id: number; username: string } | null;
  error?: string;
  disabled?: boolean;
}

const NOBODY = '';

/**
 * Whose number it is: the project's members (its members see one another), oneself, or nobody;
 * "Мне" in one click. A number a colleague is assigned stays theirs unless the user may reassign.
 */
export function AssigneeField({ projectId, value, onChange, current, error, disabled }: AssigneeFieldProps) {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe().data?.user;
  const canListMembers = can('projects.read');
  const members = useProjectMembers(projectId, { enabled: canListMembers });
  const locked = current !== null && current.id !== me?.id && !can('phone_numbers.reassign');

  const options = useMemo(() => {
    const list = (members.data ?? []).filter((m) => m.status === 'active').map((m) => ({ id: m.user_id, username: m.username }));
    if (me && !list.some((u) => u.id === me.id)) list.unshift({ id: me.id, username: me.username });
    if (current && !list.some((u) => u.id === current.id)) list.push(current);
    return list;
  }, [members.data, me, current]);

  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
      <TextField
        select
        label={t('numbers.card.assignee')}
        value={value === null ? NOBODY : String(value)}
        onChange={(event) => onChange(event.target.value === NOBODY ? null : Number(event.target.value))}
        disabled={disabled || locked}
        error={Boolean(error)}
        helperText={error ?? (locked ? t('numbers.card.colleagueLocked') : canListMembers ? t('numbers.card.membersOnly') : undefined)}
        sx={{ flex: 1, minWidth: 0 }}
        InputLabelProps={{ shrink: true }}
        SelectProps={{ displayEmpty: true, MenuProps: { slotProps: { paper: { sx: { maxHeight: 320 } } } } }}
      >
        <MenuItem value={NOBODY}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            {t('numbers.card.unassigned')}
          </Box>
        </MenuItem>
        {options.map((u) => (
          <MenuItem key={u.id} value={String(u.id)}>
            {u.id === me?.id ? t('numbers.card.you', { name: u.username }) : u.username}
          </MenuItem>
        ))}
      </TextField>
      <Tooltip title={t('numbers.card.assignToMeHint')}>
        <span>
          <Button
            variant="outlined"
            onClick={() => me && onChange(me.id)}
            disabled={disabled || locked || !me || value === me.id}
            sx={{ height: 40, mt: 0 }}
          >
            {t('numbers.card.assignToMe')}
          </Button>
        </span>
      </Tooltip>
    </Box>
  );
}
