import { Box, MenuItem, TextField, Typography } from '@mui/material';
import { Controller, type Control, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { StatusDot, statusName } from '@/components/ui/StatusBadge';
import { useLanguage } from '@/hooks/use-language';
import type { NumberStatus } from '@/lib/api-types';
import { useFieldMessage } from '@/lib/form-errors';
import { CALL_OUTCOMES } from '../api/types';
import type { IntegrationForm } from './integration-form';

export interface OutcomesEditorProps {
  control: Control<IntegrationForm>;
  errors: FieldErrors<IntegrationForm>['outcomes'];
  statuses: readonly NumberStatus[];
}

/** For each outcome of a call, the status its number moves to, or none. */
export function OutcomesEditor({ control, errors, statuses }: OutcomesEditorProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const message = useFieldMessage();
  return (
    <Box component="section" aria-labelledby="outcomes-title" sx={{ display: 'grid', gap: 1.25 }}>
      <Box>
        <Typography variant="subtitle2" component="h3" id="outcomes-title">
          {t('softphone.dialog.outcomes')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('softphone.dialog.outcomesHint')}
        </Typography>
      </Box>
      <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        {CALL_OUTCOMES.map((outcome) => (
          <Controller
            key={outcome}
            control={control}
            name={`outcomes.${outcome}`}
            render={({ field }) => (
              <TextField
                select
                size="small"
                label={t(`softphone.outcomeTitle.${outcome}`)}
                value={statuses.some((s) => s.id === field.value) ? field.value : ''}
                onChange={(event) => field.onChange(event.target.value === '' ? '' : Number(event.target.value))}
                inputRef={field.ref}
                error={Boolean(errors?.[outcome])}
                helperText={message(errors?.[outcome])}
                SelectProps={{
                  displayEmpty: true,
                  renderValue: (value) => {
                    const status = statuses.find((s) => s.id === value);
                    return status ? (
                      <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
                        <StatusDot color={status.color} />
                        {statusName(status, language)}
                      </Box>
                    ) : (
                      <Box component="span" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
                        {t('softphone.dialog.keepStatus')}
                      </Box>
                    );
                  },
                }}
                InputLabelProps={{ shrink: true }}
              >
                <MenuItem value="">
                  <em>{t('softphone.dialog.keepStatus')}</em>
                </MenuItem>
                {statuses.map((s) => (
                  <MenuItem key={s.id} value={s.id} sx={{ gap: 1 }}>
                    <StatusDot color={s.color} />
                    {statusName(s, language)}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
        ))}
      </Box>
    </Box>
  );
}
