// The SFTP feeds' public face (issue 13): the «SFTP» screen for the routes (hosts, schedules,
// the runs log). Nothing else of it is used by other features.
export { SftpPage } from './components/SftpPage';
