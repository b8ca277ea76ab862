// The users feature's public face for other features (project members, assigning numbers).
export { useUsers } from './api/get-users';
export { useRoleLabel } from './components/role-label';
