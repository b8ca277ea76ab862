// The reminders feature's public face: the notifications of reminders coming due (issue 14).
export { ReminderNotifications } from './components/ReminderNotifications';
