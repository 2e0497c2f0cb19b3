// Generates custom-elements.json from the JSDoc of the element classes (the API contract that
// Storybook and editors read). `npm run analyze` writes it; CI fails when it is stale.
import { getTsProgram, typeParserPlugin } from '@wc-toolkit/type-parser';

/** The analyzer also lists `dispatchEvent(new X())` calls without a name; the JSDoc `@event`s say it all. */
function dropUnnamedEvents() {
  return {
    name: 'drop-unnamed-events',
    packageLinkPhase({ customElementsManifest }) {
      // In path order, whatever order the type checker read the files in.
      customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((e) => e.name);
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts', 'src/internal/news-element.ts'],
  exclude: [
    'src/**/*.styles.ts',
    'src/**/*.types.ts',
    'src/**/*.blocks.ts',
    'src/**/*.parts.ts',
    'src/**/*.frame.ts',
  ],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  // The type checker expands aliases (`Theme`, `Tone`) into their values (`parsedType`), which the
  // editor data offers as attribute values.
  overrideModuleCreation({ ts, globs }) {
    const program = getTsProgram(ts, globs, 'tsconfig.build.json');
    return program.getSourceFiles().filter((sf) => globs.some((glob) => sf.fileName.endsWith(glob)));
  },
  plugins: [dropUnnamedEvents(), typeParserPlugin()],
};
