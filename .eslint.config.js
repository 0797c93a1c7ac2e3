// ESLint (flat config) for the project's TypeScript and Astro files: `npm run lint`.
// A dotfile so the top level of the repository keeps its agreed shape; npm scripts pass --config.
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{
		ignores: [
			'dist/',
			'.astro/',
			'node_modules/',
			'public/admin/',
			'tests/.output/',
			'tests/fixtures/',
			'.scratch/',
		],
	},
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		rules: {
			// `_name` marks a parameter a signature needs but the body does not use.
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
);
