// Page objects: what a person does on each screen, by role and label.

export { AppShell } from './app-shell';
export { NumbersPage } from './numbers-page';
export { ProjectDialog } from './project-dialog';
export { DeletedProjectsPage, ProjectsPage } from './projects-page';
export { SftpPage } from './sftp-page';
export { SignInPage } from './sign-in-page';
