// The content editor as the business unit uses it, for Playwright: the built admin (dist/, served
// with the local build's headers) against the local content server (decap-server behind its
// guard, src/tools/cms-server/) over a throwaway copy of the project, so saves never touch the
// checkout. decap-server runs in its file-system mode: it writes files and commits nothing.
import { freePort } from '../../src/lib/ports/free-port.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { localConfig } from '../../src/lib/cms/local-config.ts';
import { allowLocalCmsInAdminCsp } from '../../src/build-checks/headers/local-admin-csp.ts';
import { startCmsServer, type CmsServer } from '../../src/tools/cms-server/start-cms-server.ts';
import { serveWithHeaders, type StaticServer } from '../../src/tools/serve-with-headers.ts';
import { REPO_ROOT, createTempProject, removeTempProject } from '../../src/tools/temp-project.ts';

/** The admin bundle is 5 MB; on two busy cores its first load can take a while. */
export const ADMIN_TIMEOUT = 60_000;

/** A running editor: its copy of the project, its servers, and how to drive and stop it. */
export interface CmsEditor {
	/** The throwaway copy of the project that saves go into. */
	project: string;
	site: StaticServer;
	cms: CmsServer;
	/** What the content server printed (refusals, decap-server's own lines), for failure messages. */
	log: string[];
	/** Opens the admin with the copy's local config and logs in (one click with the local backend). */
	open(page: Page, hash?: string): Promise<void>;
	/** Stops both servers and removes the copy. */
	stop(): Promise<void>;
}

/** Copies the project, serves the checkout's dist/ and starts the content server over the copy. */
export async function startCmsEditor(prefix: string): Promise<CmsEditor> {
	// content, src, public, cms, package.json, astro.config.mjs, tsconfig.json and linked node_modules.
	const project = createTempProject({ prefix });
	const dist = join(REPO_ROOT, 'dist');
	const cmsPort = await freePort();
	const headersText = allowLocalCmsInAdminCsp(
		readFileSync(join(dist, '_headers'), 'utf8'),
		`http://127.0.0.1:${cmsPort}`,
	);
	const site = await serveWithHeaders(dist, 0, { headersText });
	const log: string[] = [];
	const cms = await startCmsServer({
		root: project,
		port: cmsPort,
		sitePort: Number(new URL(site.origin).port),
		log: (line) => log.push(line),
	});
	// The served /admin/config.yml is the production one (no local backend): serve the copy's, as a local build does.
	const config = localConfig(readFileSync(join(project, 'cms/config.yml'), 'utf8'), cms.port);
	return {
		project,
		site,
		cms,
		log,
		async open(page, hash = '') {
			await page.route('**/admin/config.yml', (route) =>
				route.fulfill({ status: 200, contentType: 'text/yaml', body: config }),
			);
			await page.goto(`${site.origin}/admin/${hash}`);
			await page.getByRole('button', { name: 'Login' }).click({ timeout: ADMIN_TIMEOUT });
		},
		async stop() {
			await cms.close();
			await site.close();
			removeTempProject(project);
		},
	};
}

/**
 * Moves an admin page that `open` has already loaded to another view (`#/collections/…`) without
 * reloading the 5 MB bundle. From an entry it goes by way of the collection's list, which has no
 * form, and waits until the entry's form has gone: going straight from entry to entry, React can
 * keep the previous form's inputs, and a test would read the previous entry's values.
 */
export async function showInAdmin(page: Page, hash: string): Promise<void> {
	const go = (target: string) =>
		page.evaluate((address) => {
			window.location.hash = address;
		}, target);
	const previousField = await page.$('input[id*="-field-"]');
	const list = /^#\/collections\/[^/]+/.exec(hash)?.[0];
	if (previousField && list) {
		await go(list);
		await page.waitForFunction((field) => !field.isConnected, previousField);
	}
	await go(hash);
}

/** Publish → Publish now, then waits until the toolbar shows the entry as saved ("Published"). */
export async function publishNow(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Publish', exact: true }).click();
	await page.getByRole('menuitem', { name: 'Publish now' }).click();
	await expect(page.getByRole('button', { name: 'Published', exact: true })).toBeVisible({
		timeout: 30_000,
	});
}
