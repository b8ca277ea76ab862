// The projects feature's public face for other features.
export { useProjectMembers } from './api/members';
export { ProjectPicker, type ProjectPickerProps } from './components/ProjectPicker';
