import { Box, Button, CircularProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/errors/ErrorAlert';
import { ProjectPicker } from '@/features/projects';
import { isApiError } from '@/lib/api-client';
import type { PhoneNumber } from '@/lib/api-types';
import { translateServerMessage } from '@/lib/server-messages';
import { useCreateNumber } from '../api/create-number';

export interface UnknownNumberProps {
  phoneNumber: string;
  /** phone_numbers.create: «Создать в проекте» is offered. */
  canCreate: boolean;
  onCreated: (number: PhoneNumber) => void;
}

/** «Нет в базе», and the number made a record of one of the user's projects. */
export function UnknownNumber({ phoneNumber, canCreate, onCreated }: UnknownNumberProps) {
  const { t } = useTranslation();
  const create = useCreateNumber();
  const [projectId, setProjectId] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const fieldIssue = isApiError(create.error) ? (create.error.details.find((d) => d.field === 'project_id' || d.field === 'phone_number')?.issue ?? null) : null;

  const handleCreate = () => {
    if (projectId === null) {
      setMissing(true);
      return;
    }
    create.mutate({ project_id: projectId, phone_number: phoneNumber }, { onSuccess: onCreated });
  };

  return (
    <Box sx={{ display: 'grid', gap: 1.25 }} data-testid="call-unknown">
      <Typography variant="subtitle2" component="p" sx={{ fontWeight: 700 }}>
        {t('softphone.popup.notInBase')}
      </Typography>
      {canCreate ? (
        <Box component="section" aria-labelledby="call-create-title" sx={{ display: 'grid', gap: 1 }}>
          <Typography id="call-create-title" variant="body2" color="text.secondary">
            {t('softphone.popup.createIn')}
          </Typography>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <ProjectPicker
              value={projectId}
              onChange={(id) => {
                setProjectId(id);
                setMissing(false);
                create.reset();
              }}
              label={t('softphone.popup.project')}
              width="100%"
              required
              error={missing || fieldIssue !== null}
              helperText={missing ? t('validation.required') : fieldIssue ? translateServerMessage(fieldIssue, t) : undefined}
            />
            <Button
              variant="contained"
              onClick={handleCreate}
              disabled={create.isPending}
              startIcon={create.isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
              sx={{ flexShrink: 0, mt: 0.25 }}
            >
              {t('softphone.popup.create')}
            </Button>
          </Box>
          {create.isError && fieldIssue === null ? <ErrorAlert error={create.error} /> : null}
        </Box>
      ) : null}
    </Box>
  );
}
