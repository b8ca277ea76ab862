// The conversion feature's public face for the routes: the summary of the projects and one
// project's page.
export { ConversionPage } from './components/ConversionPage';
export { ProjectConversionPage, type ProjectConversionPageProps } from './components/ProjectConversionPage';
