// Reading parse5's tree of a built page: the node types and the two questions every check asks
// of an element (an attribute's value, its text).
import type { DefaultTreeAdapterTypes } from 'parse5';

export type HtmlNode = DefaultTreeAdapterTypes.Node;
export type HtmlElement = DefaultTreeAdapterTypes.Element;

/** The value of one attribute, or undefined when the element does not have it. */
export const attribute = (element: HtmlElement, name: string): string | undefined =>
	element.attrs.find((item) => item.name === name)?.value;

/** The element's own text (its text children, joined), e.g. an inline script's code. */
export const textOf = (element: HtmlElement): string =>
	element.childNodes
		.map((child) => (child.nodeName === '#text' && 'value' in child ? child.value : ''))
		.join('');
