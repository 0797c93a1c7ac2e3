// Reading built pages in tests of the dist tier: the trees come from the built-site reader
// (helpers/built-site.ts), these walk them. Text is whitespace-collapsed, as a browser shows it.
import type { DefaultTreeAdapterTypes } from 'parse5';

export type HtmlNode = DefaultTreeAdapterTypes.Node;
export type HtmlElement = DefaultTreeAdapterTypes.Element;

/** An attribute's value, or undefined. */
export const attribute = (element: HtmlElement, name: string) =>
	element.attrs.find((item) => item.name === name)?.value;

/** Every element under a node, in document order, `<template>` contents included. */
export function elementsIn(node: HtmlNode, found: HtmlElement[] = []): HtmlElement[] {
	if ('tagName' in node) found.push(node);
	if ('content' in node) elementsIn(node.content, found);
	if ('childNodes' in node) for (const child of node.childNodes) elementsIn(child, found);
	return found;
}

/** The text under a node, as written (entities decoded). */
export const rawTextOf = (node: HtmlNode): string =>
	node.nodeName === '#text' && 'value' in node
		? node.value
		: 'childNodes' in node
			? node.childNodes.map(rawTextOf).join('')
			: '';

/** The text under a node with runs of whitespace (no-break spaces included) as one space, trimmed. */
export const textOf = (node: HtmlNode) => rawTextOf(node).replace(/\s+/g, ' ').trim();

const UNREAD = new Set(['script', 'style', 'template', 'noscript']);

/** The text a reader can see: like `textOf`, without scripts, styles, templates or `hidden` subtrees. */
export function readableTextOf(node: HtmlNode): string {
	const parts: string[] = [];
	const visit = (current: HtmlNode) => {
		if (current.nodeName === '#text' && 'value' in current) parts.push(current.value);
		if (
			'tagName' in current &&
			(UNREAD.has(current.tagName) || attribute(current, 'hidden') !== undefined)
		)
			return;
		if ('childNodes' in current) for (const child of current.childNodes) visit(child);
	};
	visit(node);
	return parts.join('').replace(/\s+/g, ' ').trim();
}
