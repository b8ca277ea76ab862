import { Add as AddIcon, DeleteOutline as DeleteOutlineIcon } from '@mui/icons-material';
import { Autocomplete, Box, Button, IconButton, TextField, Tooltip, Typography } from '@mui/material';
import { Controller, useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { optionProps } from '@/components/ui/option-props';
import { useFieldMessage } from '@/lib/form-errors';
import type { IntegrationForm } from './integration-form';

export interface UserOption {
  id: number;
  username: string;
}

export interface ExtensionsEditorProps {
  control: Control<IntegrationForm>;
  register: UseFormRegister<IntegrationForm>;
  errors: FieldErrors<IntegrationForm>['extensions'];
  /** The active users to pick from. */
  users: readonly UserOption[];
  usersLoading: boolean;
}

/** The PBX's extensions, each with the user whose calls they are. */
export function ExtensionsEditor({ control, register, errors, users, usersLoading }: ExtensionsEditorProps) {
  const { t } = useTranslation();
  const message = useFieldMessage();
  const { fields, append, remove } = useFieldArray({ control, name: 'extensions' });
  return (
    <Box component="section" aria-labelledby="extensions-title" sx={{ display: 'grid', gap: 1.25 }}>
      <Box>
        <Typography variant="subtitle2" component="h3" id="extensions-title">
          {t('softphone.dialog.extensions')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {t('softphone.dialog.extensionsHint')}
        </Typography>
      </Box>
      {fields.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
          {t('softphone.dialog.noExtensions')}
        </Typography>
      ) : null}
      {fields.map((field, index) => {
        const rowErrors = errors?.[index];
        return (
          <Box key={field.id} sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start' }} data-testid="extension-row">
            <TextField
              {...register(`extensions.${index}.extension`)}
              label={t('softphone.dialog.extension')}
              size="small"
              sx={{ width: 170, flexShrink: 0 }}
              error={Boolean(rowErrors?.extension)}
              helperText={message(rowErrors?.extension)}
              inputProps={{ maxLength: 50, inputMode: 'numeric' }}
            />
            <Controller
              control={control}
              name={`extensions.${index}.user_id`}
              render={({ field: user }) => {
                const selected = user.value === null ? null : (users.find((u) => u.id === user.value) ?? { id: user.value, username: `#${user.value}` });
                return (
                  <Autocomplete<UserOption>
                    size="small"
                    sx={{ flexGrow: 1, minWidth: 0 }}
                    options={users}
                    value={selected}
                    loading={usersLoading}
                    loadingText={t('common.loading')}
                    noOptionsText={t('numbers.filters.noOptions')}
                    getOptionLabel={(o) => o.username}
                    isOptionEqualToValue={(a, b) => a.id === b.id}
                    onChange={(_event, option) => user.onChange(option ? option.id : null)}
                    renderOption={(props, option) => (
                      <li {...optionProps(props)} key={option.id}>
                        {option.username}
                      </li>
                    )}
                    renderInput={(params) => (
                      <TextField
                        {...params}
                        inputRef={user.ref}
                        label={t('softphone.dialog.user')}
                        error={Boolean(rowErrors?.user_id)}
                        helperText={message(rowErrors?.user_id)}
                      />
                    )}
                  />
                );
              }}
            />
            <Tooltip title={t('common.delete')}>
              <IconButton
                onClick={() => remove(index)}
                aria-label={t('softphone.dialog.removeExtension', { extension: field.extension || String(index + 1) })}
                sx={{ mt: 0.25 }}
              >
                <DeleteOutlineIcon fontSize="small" />
              </IconButton>
            </Tooltip>
          </Box>
        );
      })}
      <Box>
        <Button size="small" startIcon={<AddIcon />} onClick={() => append({ extension: '', user_id: null })}>
          {t('softphone.dialog.addExtension')}
        </Button>
      </Box>
    </Box>
  );
}
