// The auth feature's public face for other features.
export { useMe } from './api/get-me';
export { useCan, useCurrentUserId } from './hooks/use-can';
