import type { Plugin } from 'vite';

/**
 * React DOM is most of what an extension page loads before it renders. In its own chunk it is
 * compiled beside the app's code (V8 compiles each script off the main thread) instead of
 * serially in one large script, and it stays byte-identical between releases that change only
 * our code. Only the pages' module build is split; content scripts and the background stay one file.
 */
export function reactChunk(): Plugin {
  return {
    name: 'tandem:react-chunk',
    outputOptions(options) {
      if (options.format !== undefined && options.format !== 'es' && options.format !== 'esm') return null;
      if (options.codeSplitting === false || options.inlineDynamicImports) return null;
      return {
        ...options,
        codeSplitting: { groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ }] },
      };
    },
  };
}
