import { PersonRemoveOutlined as PersonRemoveIcon } from '@mui/icons-material';
import { Autocomplete, Box, Button, IconButton, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { optionProps } from '@/components/ui/option-props';
import { useRoleLabel, useUsers } from '@/features/users';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useLanguage } from '@/hooks/use-language';
import type { User } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';
import { useAddProjectMember, useProjectMembers, useRemoveProjectMember } from '../../api/members';

/** Who works the project: managers see only the projects they are members of. Changes apply at once. */
export function MembersPanel({ projectId }: { projectId: number }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const roleLabel = useRoleLabel();
  const members = useProjectMembers(projectId);
  const add = useAddProjectMember(projectId);
  const remove = useRemoveProjectMember(projectId);
  const [chosen, setChosen] = useState<User | null>(null);
  const [input, setInput] = useState('');
  const [open, setOpen] = useState(false);
  const search = useDebouncedValue(input.trim(), 300);
  const users = useUsers({ search: search || undefined, status: 'active', limit: 20 }, { enabled: open });
  const memberIds = useMemo(() => new Set((members.data ?? []).map((m) => m.user_id)), [members.data]);
  const options = (users.data?.data ?? []).filter((u) => !memberIds.has(u.id));

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="body2" color="text.secondary">
        {t('projects.members.hint')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 1 }}>
        <Autocomplete<User>
          sx={{ flexGrow: 1 }}
          open={open}
          onOpen={() => setOpen(true)}
          onClose={() => setOpen(false)}
          options={options}
          value={chosen}
          onChange={(_e, user) => setChosen(user)}
          onInputChange={(_e, text) => setInput(text)}
          filterOptions={(x) => x}
          loading={users.isFetching}
          loadingText={t('common.loading')}
          noOptionsText={t('numbers.filters.noOptions')}
          getOptionLabel={(u) => u.username}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          renderOption={(props, u) => (
            <li {...optionProps(props)} key={u.id}>
              {u.username}
              <Box component="span" sx={{ color: 'text.secondary', ml: 1, fontSize: 13 }}>
                {roleLabel(u.role)}
                {u.email ? ` · ${u.email}` : ''}
              </Box>
            </li>
          )}
          renderInput={(params) => <TextField {...params} label={t('projects.members.user')} />}
        />
        <Button
          variant="outlined"
          disabled={!chosen || add.isPending}
          onClick={() => {
            if (chosen) add.mutate(chosen.id, { onSuccess: () => setChosen(null) });
          }}
        >
          {t('projects.members.add')}
        </Button>
      </Box>
      {add.error ? <ErrorAlert error={add.error} /> : null}
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
      {members.isError ? <ErrorAlert error={members.error} onRetry={() => void members.refetch()} /> : null}
      <Table size="small" aria-label={t('projects.members.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{t('users.username')}</TableCell>
            <TableCell>{t('users.email')}</TableCell>
            <TableCell>{t('projects.members.added')}</TableCell>
            <TableCell sx={{ width: 48 }} />
          </TableRow>
        </TableHead>
        <TableBody>
          {(members.data ?? []).length === 0 ? (
            <TableRow>
              <TableCell colSpan={4} sx={{ py: 3, textAlign: 'center', color: 'text.secondary' }}>
                {members.isPending ? t('common.loading') : t('projects.members.empty')}
              </TableCell>
            </TableRow>
          ) : null}
          {(members.data ?? []).map((m) => (
            <TableRow key={m.user_id} data-testid={`member-row-${m.user_id}`} sx={{ opacity: m.status === 'active' ? 1 : 0.6 }}>
              <TableCell sx={{ fontWeight: 500 }}>{m.username}</TableCell>
              <TableCell>{m.email ?? t('common.none')}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(m.added_at, language)}</TableCell>
              <TableCell>
                <Tooltip title={t('projects.members.remove')}>
                  <IconButton
                    size="small"
                    aria-label={`${t('projects.members.remove')}: ${m.username}`}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate(m.user_id)}
                  >
                    <PersonRemoveIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
