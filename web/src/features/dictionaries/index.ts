// The dictionaries feature's public face for other features (the project form, the numbers screen).
export { useGeo } from './api/get-geo';
export { useNumberStatuses } from './api/get-number-statuses';
export { useProviders } from './api/get-providers';
