import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '@/hooks/use-language';
import { isLanguage, LANGUAGES } from '@/lib/i18n';

export interface LanguageSwitchProps {
  /** Light buttons for a dark background. */
  inverted?: boolean;
}

/** RU | EN; the choice is remembered. */
export function LanguageSwitch({ inverted = false }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={language}
      aria-label={t('language.label')}
      onChange={(_event, value: unknown) => {
        if (isLanguage(value)) setLanguage(value);
      }}
      sx={
        inverted
          ? {
              '& .MuiToggleButton-root': { color: 'grey.400', borderColor: 'grey.700' },
              '& .MuiToggleButton-root.Mui-selected': { color: 'common.white', bgcolor: 'rgba(255, 255, 255, 0.16)' },
            }
          : undefined
      }
    >
      {LANGUAGES.map((lng) => (
        <ToggleButton
          key={lng}
          value={lng}
          lang={lng}
          aria-label={t(`language.${lng}`)}
          title={t(`language.${lng}`)}
          sx={{ px: 1.25, py: 0.25, fontWeight: 600, fontSize: '0.75rem' }}
        >
          {lng.toUpperCase()}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
