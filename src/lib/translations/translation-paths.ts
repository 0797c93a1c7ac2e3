// The translated pages to build: one per published translation whose language is published,
// at /<language code>/<English page>/. Two translations of one page into one language would
// claim the same address, so that fails the build, naming both.
import type { TranslatablePage } from '../../schemas/translations.ts';

interface Language {
	id: string;
	data: { code: string };
}

interface Translation {
	id: string;
	data: { language: { id: string }; englishPage: TranslatablePage };
}

/**
 * `getStaticPaths` for the translated pages: params `language` (the code) and `page`, and as
 * props the translation, its language and the language's help-in-your-language translation.
 */
export function translationPaths<T extends Translation, L extends Language>(
	translations: readonly T[],
	languages: readonly L[],
) {
	const seen = new Map<string, string>();
	return translations.flatMap((translation) => {
		const language = languages.find((entry) => entry.id === translation.data.language.id);
		if (!language) return [];
		const key = `${language.data.code}/${translation.data.englishPage}`;
		const other = seen.get(key);
		if (other) {
			throw new Error(
				`Two translations of “${translation.data.englishPage}” into ${language.data.code}: content/translations/${other}.md and ${translation.id}.md. Delete or change one.`,
			);
		}
		seen.set(key, translation.id);
		const helpPage = translations.find(
			(entry) =>
				entry.data.language.id === language.id &&
				entry.data.englishPage === 'help-in-your-language',
		);
		return [
			{
				params: { language: language.data.code, page: translation.data.englishPage },
				props: { translation, language, helpPage },
			},
		];
	});
}
