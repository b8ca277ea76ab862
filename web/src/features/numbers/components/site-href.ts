/** A site as a link: "romashka.ru" → "http://romashka.ru". */
export function siteHref(site: string): string {
  return /^https?:\/\//i.test(site) ? site : `http://${site}`;
}
