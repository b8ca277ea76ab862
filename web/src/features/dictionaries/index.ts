// The dictionaries feature's public face for other features (the project form, the numbers screen,
// imports and exports).
export { useGeo } from './api/get-geo';
export { useGeoEntry } from './api/get-geo-entry';
export { useNumberStatuses } from './api/get-number-statuses';
export { useProviders } from './api/get-providers';
export { GeoPicker, type GeoPickerProps } from './components/GeoPicker';
