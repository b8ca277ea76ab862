import { OpenInNew as OpenInNewIcon } from '@mui/icons-material';
import { Box, IconButton, InputAdornment, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { siteHref } from '../site-href';
import type { CardValues } from './card-draft';
import type { CardErrors } from './use-card-draft';

type Contact = 'company' | 'site' | 'email';

export interface ContactFieldsProps {
  values: Pick<CardValues, Contact>;
  errors: CardErrors;
  disabled?: boolean;
  onChange: (field: Contact, value: string) => void;
}

/** The company, its site (with a button that opens it) and an e-mail address. */
export function ContactFields({ values, errors, disabled, onChange }: ContactFieldsProps) {
  const { t } = useTranslation();
  const field = (name: Contact, label: string, extra: object = {}) => (
    <TextField
      label={label}
      value={values[name]}
      onChange={(event) => onChange(name, event.target.value)}
      error={Boolean(errors[name])}
      helperText={errors[name]}
      disabled={disabled}
      inputProps={{ maxLength: name === 'email' ? 255 : 500 }}
      fullWidth
      {...extra}
    />
  );
  return (
    <Box sx={{ display: 'grid', gap: 1.5, gridTemplateColumns: '1fr 1fr' }}>
      <Box sx={{ gridColumn: '1 / -1' }}>{field('company', t('numbers.fields.company'))}</Box>
      {field('site', t('numbers.fields.site'), {
        InputProps: {
          endAdornment: values.site.trim() ? (
            <InputAdornment position="end">
              <IconButton
                size="small"
                edge="end"
                component="a"
                href={siteHref(values.site.trim())}
                target="_blank"
                rel="noopener noreferrer"
                aria-label={t('numbers.card.openSite')}
                title={t('numbers.card.openSite')}
              >
                <OpenInNewIcon fontSize="small" />
              </IconButton>
            </InputAdornment>
          ) : undefined,
        },
      })}
      {field('email', t('numbers.fields.email'), { type: 'email' })}
    </Box>
  );
}
