/**
 * The URL path a built page is served at (Astro's `build.format: 'directory'`).
 * @example pagePath('about/index.html') // '/about/'
 * @example pagePath('404.html') // '/404.html'
 */
export function pagePath(file: string): string {
	if (file === 'index.html') return '/';
	return file.endsWith('/index.html') ? `/${file.slice(0, -'index.html'.length)}` : `/${file}`;
}
