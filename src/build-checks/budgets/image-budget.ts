// "No image served larger than its display needs", as a rule a machine can check on built HTML:
//
// 1. Every <img> has width and height (the browser reserves its space: no layout shift).
// 2. SVG is exempt from the size rule (it scales); every other image's largest candidate, in
//    pixels, is at most DENSITY × the widest it can be displayed, in CSS pixels:
//    - with `w` descriptors in srcset, the widest display is the largest length `sizes` can give
//      (sizes is then required: without it browsers assume 100vw). A `vw` length is taken at the
//      widest viewport it can apply to: its own (max-width) condition, else the smallest
//      (min-width) of the entries before it (which catch every wider screen), else MAX_VIEWPORT.
//    - otherwise (src only, or `x` descriptors) the display width is the width attribute.
// DENSITY is 2: a 2× screen gets every pixel it can show; 3× phones get 2× images, which is the
// usual trade (the difference is not visible, the bytes are).
import { srcsetUrls } from '../links/find-broken-links.ts';
import type { ImageReference } from './page-assets.ts';

/** Pixels per CSS pixel an image may carry at most. */
export const DENSITY = 2;
/** The widest viewport, in CSS pixels, that a `vw` size with no upper bound is taken at. */
export const MAX_VIEWPORT = 1920;
/** CSS pixels per em/rem in a `sizes` value (media queries and sizes use the initial font size). */
const EM = 16;

/** One image that breaks the rule, and why. */
export interface ImageProblem {
	line: number;
	image: string;
	reason: string;
}

/** A srcset candidate: URL and descriptor. */
export interface SrcsetCandidate {
	url: string;
	/** `w` width in pixels, or undefined. */
	width?: number;
	/** `x` density, 1 when no descriptor. */
	density?: number;
}

/** Splits a srcset into candidates. */
export function parseSrcset(srcset: string): SrcsetCandidate[] {
	const urls = srcsetUrls(srcset);
	return srcset
		.split(',')
		.map((candidate) => candidate.trim())
		.filter(Boolean)
		.map((candidate, index) => {
			const descriptor = candidate.split(/\s+/)[1] ?? '';
			const url = urls[index] ?? '';
			if (/^\d+w$/.test(descriptor)) return { url, width: Number.parseInt(descriptor, 10) };
			if (/^\d*\.?\d+x$/.test(descriptor)) return { url, density: Number.parseFloat(descriptor) };
			return { url, density: 1 };
		});
}

function lengthToPixels(length: string, viewport: number): number | undefined {
	const match = /^(\d*\.?\d+)(px|em|rem|vw)$/.exec(length.trim());
	if (!match) return undefined;
	const value = Number.parseFloat(match[1] ?? '');
	if (match[2] === 'px') return value;
	if (match[2] === 'vw') return (value / 100) * viewport;
	return value * EM;
}

function conditionBound(condition: string, feature: 'max-width' | 'min-width'): number | undefined {
	const match = new RegExp(`\\(\\s*${feature}\\s*:\\s*([^)]+)\\)`).exec(condition);
	return match ? lengthToPixels(match[1] ?? '', 0) : undefined;
}

/**
 * The widest an image can be displayed, in CSS pixels, according to its `sizes`; undefined when
 * a length cannot be read (calc(), auto…), so the caller reports it.
 * @example maxSizesWidth('(min-width: 50em) 720px, 100vw') // 800 (100vw below 50em = 800px)
 */
export function maxSizesWidth(sizes: string, maxViewport = MAX_VIEWPORT): number | undefined {
	let widest = 0;
	let smallestMinWidth = Number.POSITIVE_INFINITY;
	for (const entry of sizes
		.split(',')
		.map((part) => part.trim())
		.filter(Boolean)) {
		const lastSpace = entry.lastIndexOf(' ');
		const condition = lastSpace === -1 ? '' : entry.slice(0, lastSpace);
		const length = lastSpace === -1 ? entry : entry.slice(lastSpace + 1);
		const ownMax = conditionBound(condition, 'max-width');
		const viewport = Math.min(ownMax ?? maxViewport, smallestMinWidth, maxViewport);
		const pixels = lengthToPixels(length, viewport);
		if (pixels === undefined) return undefined;
		widest = Math.max(widest, pixels);
		const ownMin = conditionBound(condition, 'min-width');
		if (ownMin !== undefined && !condition.includes('max-width'))
			smallestMinWidth = Math.min(smallestMinWidth, ownMin);
		if (!condition) break; // the default entry ends the list for the browser
	}
	return widest;
}

/**
 * Checks the images of one page. `pixelWidthOf` gives an image file's real width in pixels
 * (undefined when unknown, e.g. the file is missing, which the link checker reports).
 */
export function checkImages(
	images: readonly ImageReference[],
	pixelWidthOf: (url: string) => number | undefined,
): ImageProblem[] {
	const problems: ImageProblem[] = [];
	for (const image of images) {
		const name = image.src ?? image.srcset ?? '(no source)';
		const problem = (reason: string) => problems.push({ line: image.line, image: name, reason });
		const width = Number(image.width);
		if (image.tag === 'img' && (!(width > 0) || !(Number(image.height) > 0)))
			problem(
				'needs width and height attributes (in CSS pixels), so its space is kept while it loads',
			);
		const candidates = [
			...(image.srcset ? parseSrcset(image.srcset) : []),
			...(image.src ? [{ url: image.src, density: 1 }] : []),
		];
		const raster = candidates.filter(
			(candidate) =>
				!/\.svg(\?|#|$)/i.test(candidate.url) && !candidate.url.startsWith('data:image/svg'),
		);
		if (raster.length === 0) continue;

		const usesWidths = raster.some((candidate) => candidate.width !== undefined);
		let displayWidth: number | undefined;
		if (usesWidths) {
			if (!image.sizes) {
				problem(
					'has width descriptors in srcset but no sizes attribute (browsers would assume the full screen width)',
				);
				continue;
			}
			displayWidth = maxSizesWidth(image.sizes);
			if (displayWidth === undefined) {
				problem(
					`sizes “${image.sizes}” uses a length the check cannot read; use px, em, rem or vw`,
				);
				continue;
			}
		} else if (width > 0) {
			displayWidth = width;
		} else {
			continue; // reported above
		}
		const largest = Math.max(
			...raster.map((candidate) => pixelWidthOf(candidate.url) ?? candidate.width ?? 0),
		);
		const allowed = Math.floor(DENSITY * displayWidth);
		if (largest > allowed) {
			problem(
				`is ${largest}px wide but shown at most ${Math.round(displayWidth)} CSS px wide; serve at most ${allowed}px (${DENSITY}×)`,
			);
		}
	}
	return problems;
}
