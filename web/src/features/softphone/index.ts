// The softphone feature's public face (issue 12): the operator's call pop-up for the layout, and
// click-to-call for the number card. The telephony screen is composed in app/routes.
export { CallPopups } from './components/CallPopups';
export { ClickToCallButton, useClickToCall } from './components/ClickToCallButton';
