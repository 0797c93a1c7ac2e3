// The only components MDX content may use. Pages pass them through <Content components={...} />,
// so content files need no imports (the CMS cannot write them).
import Callout from './Callout.astro';

export const mdxComponents = { Callout };
