// astro:assets for ./render.ts: <Image> as a plain <img> with the given src and alt (image
// processing is the build's job; escaping and markup are what these renders are for).
import { addAttribute, createComponent, render } from 'astro/compiler-runtime';

export const Image = createComponent(
	(_result: unknown, props: { src: string | { src: string }; alt?: string }) => {
		const src = typeof props.src === 'string' ? props.src : props.src.src;
		return render`<img${addAttribute(src, 'src')}${addAttribute(props.alt, 'alt')}>`;
	},
);
