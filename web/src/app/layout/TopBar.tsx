import { Logout as LogoutIcon } from '@mui/icons-material';
import { Avatar, Box, Button, Chip, Divider, Toolbar, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';

export interface TopBarProps {
  username: string;
  role: string;
  onSignOut: () => void;
  signingOut: boolean;
}

export function TopBar({ username, role, onSignOut, signingOut }: TopBarProps) {
  const { t, i18n } = useTranslation();
  const roleKey = `roles.${role}`;
  const roleLabel = i18n.exists(roleKey) ? t(roleKey as 'roles.manager') : role;
  return (
    <Toolbar
      component="header"
      sx={{ bgcolor: 'background.paper', borderBottom: 1, borderColor: 'divider', gap: 2, minHeight: { xs: 56 } }}
    >
      <Box sx={{ flexGrow: 1 }} />
      <LanguageSwitch />
      <Divider orientation="vertical" flexItem sx={{ my: 1.5 }} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }} aria-label={t('topBar.account')}>
        <Avatar sx={{ width: 32, height: 32, fontSize: 15, bgcolor: 'primary.main' }}>
          {username.slice(0, 1).toUpperCase()}
        </Avatar>
        <Box sx={{ lineHeight: 1.2 }}>
          <Typography sx={{ fontWeight: 600, fontSize: 14 }} data-testid="current-user">
            {username}
          </Typography>
          <Chip label={roleLabel} size="small" variant="outlined" sx={{ height: 18, fontSize: 11 }} data-testid="current-role" />
        </Box>
      </Box>
      <Button color="inherit" startIcon={<LogoutIcon />} onClick={onSignOut} disabled={signingOut} sx={{ color: 'text.secondary' }}>
        {t('topBar.signOut')}
      </Button>
    </Toolbar>
  );
}
