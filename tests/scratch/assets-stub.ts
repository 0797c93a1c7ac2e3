import { createComponent, render, addAttribute } from 'astro/compiler-runtime';
export const Image = createComponent((_r: any, props: any) => render`<img${addAttribute(typeof props.src === 'string' ? props.src : props.src?.src, 'src')}${addAttribute(props.alt, 'alt')}>`);
